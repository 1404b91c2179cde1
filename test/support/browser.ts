import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchBrowser } from './chromium.ts'

/** The origin `vite preview` serves the built app from, without a trailing slash. */
export function baseUrl(): string {
  return inject('baseUrl')
}

export function appUrl(path: string): string {
  return `${baseUrl()}${path}`
}

export type OpenedPage = { page: Page; errors: string[] }

export type OpenPageOptions = {
  width?: number
  height?: number
  locale?: string
  /**
   * 'reduce' by default: the app then jumps instead of animating scrolls, so a click never races a
   * moving target. Tests of the animated path ask for 'no-preference'.
   */
  reducedMotion?: 'reduce' | 'no-preference'
  colorScheme?: 'light' | 'dark'
  /** The server to open `path` on, without a trailing slash: the app's preview server by default. */
  origin?: string
}

/**
 * One Chromium for the calling test file: launched before its tests and closed after them. Call it
 * at the top of the file; the getter it returns gives the browser inside a test.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (browser === undefined) throw new Error('useBrowser(): the browser exists only inside tests')
    return browser
  }
}

type UsePage<T> = (opened: OpenedPage) => Promise<T>

/**
 * Opens `path` in a fresh page and runs `use` on it, then closes the page, whether `use` passed or
 * failed. Each page has its own context, so storage and clipboard start empty. `errors` collects
 * uncaught errors and console errors, so a test can assert there were none; console errors name
 * the URL they came from, so a test that expects one failed request can allow exactly that one.
 */
export async function withPage<T>(browser: Browser, path: string, use: UsePage<T>): Promise<T>
export async function withPage<T>(
  browser: Browser,
  path: string,
  options: OpenPageOptions,
  use: UsePage<T>,
): Promise<T>
export async function withPage<T>(
  browser: Browser,
  path: string,
  ...rest: [UsePage<T>] | [OpenPageOptions, UsePage<T>]
): Promise<T> {
  const [options, use] = rest.length === 1 ? [{}, rest[0]] : rest
  const opened = await openPage(browser, path, options)
  try {
    return await use(opened)
  } finally {
    await closePage(opened)
  }
}

/**
 * A fresh page, as `withPage` opens it, for a test that must prepare it before use; close it
 * with `closePage` in a `finally`.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'ko-KR',
    permissions: ['clipboard-read', 'clipboard-write'],
    reducedMotion: options.reducedMotion ?? 'reduce',
    colorScheme: options.colorScheme ?? 'light',
  })
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const { url } = message.location()
      errors.push(`console: ${message.text()}${url ? ` (${url})` : ''}`)
    })
    await page.goto(`${options.origin ?? baseUrl()}${path}`)
    return { page, errors }
  } catch (error) {
    await context.close()
    throw error
  }
}

/** Closes a page from `openPage` and its context. */
export async function closePage({ page }: OpenedPage): Promise<void> {
  await page.context().close()
}

/** The page's path and query, e.g. `/i/benioff-davos-2025/t/17?speaker=host`. */
export function pathOf(page: Page): string {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

/** Waits until the transcript has rendered its turns (the data is fetched after the shell). */
export async function waitForTurns(page: Page): Promise<void> {
  await page.locator('article[id^="turn-"]').first().waitFor()
}

/** The ids of the rendered turns, in document order (`article#turn-<id>`, PRODUCT §8). */
export function renderedTurnIds(page: Page): Promise<string[]> {
  return page
    .locator('article[id^="turn-"]')
    .evaluateAll((articles) => articles.map((a) => a.id.replace(/^turn-/, '')))
}

/**
 * Waits until `selector` is in the viewport and not covered (a sticky header over it counts as
 * hidden): the point a little inside its top-left corner hits the element itself. Scrolling may be
 * animated, so this polls instead of measuring once.
 */
export async function waitUntilInView(page: Page, selector: string, timeout = 3000): Promise<void> {
  try {
    await page.waitForFunction(
      (sel) => {
        const element = document.querySelector(sel)
        if (element === null) return false
        const rect = element.getBoundingClientRect()
        if (
          rect.top < 0 ||
          rect.top >= window.innerHeight ||
          rect.left < 0 ||
          rect.right > window.innerWidth
        )
          return false
        const x = rect.left + Math.min(8, rect.width / 2)
        const y = rect.top + Math.min(8, rect.height / 2)
        const hit = document.elementFromPoint(x, y)
        return hit !== null && element.contains(hit)
      },
      selector,
      { timeout, polling: 'raf' },
    )
  } catch {
    const where = await page.evaluate((sel) => {
      const element = document.querySelector(sel)
      if (element === null) return 'not in the document'
      const rect = element.getBoundingClientRect()
      const hit = document.elementFromPoint(rect.left + 4, rect.top + 4)
      return `top=${Math.round(rect.top)} left=${Math.round(rect.left)} viewport=${window.innerWidth}x${window.innerHeight} scrollY=${Math.round(window.scrollY)}; the point at its corner hits ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`
    }, selector)
    throw new Error(`${selector} did not come into view: ${where}`)
  }
}

/** Waits until the focused element is `#id`, and says what was focused instead if it never is. */
export async function waitForFocus(page: Page, id: string, timeout = 3000): Promise<void> {
  try {
    await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout })
  } catch {
    const focused = await page.evaluate(
      () => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing',
    )
    throw new Error(`#${id} never got focus; focused: ${focused}`)
  }
}

/** The "N of M turns" live region (PRODUCT §8), told apart from the copy buttons' own status lines. */
export function statusLine(page: Page) {
  return page.getByRole('status').filter({ hasText: /발언|turns?\b/ })
}
