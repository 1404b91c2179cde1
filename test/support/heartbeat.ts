import type { Page } from 'playwright-core'

// A main-thread stall probe (issue 15): a 50 ms heartbeat in the page; a long task shows as a
// long wait between two beats.

/** A heartbeat every 50 ms from the first script on; `__maxGap` is the longest wait between beats. */
export async function installHeartbeat(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __maxGap: number; __beat: number }
    w.__maxGap = 0
    w.__beat = performance.now()
    setInterval(() => {
      const now = performance.now()
      w.__maxGap = Math.max(w.__maxGap, now - w.__beat)
      w.__beat = now
    }, 50)
  })
}

export function resetHeartbeat(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __beat: number }
    w.__maxGap = 0
    w.__beat = performance.now()
  })
}

export function maxStall(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap)
}

/** The longest `role="alert"` text on the page (0 without one). */
export function longestAlert(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.length ?? 0),
    ),
  )
}
