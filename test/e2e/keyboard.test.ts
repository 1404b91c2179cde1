import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  useBrowser,
  withPage,
  pathOf,
  waitForFocus,
  waitForTurns,
  waitUntilInView,
} from '../support/browser.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.5: j/k, n/N, Esc and ? work, and everything works without a mouse.

const browser = useBrowser()

test('j moves focus to the next turn and the URL to /t/<id>; k moves back', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/5`, async ({ page, errors }) => {
    await waitForFocus(page, 'turn-5')

    await page.keyboard.press('j')
    await page.waitForURL(`**/i/${SEED_ID}/t/6`)
    await waitForFocus(page, 'turn-6')
    await waitUntilInView(page, '#turn-6')
    expect(await page.locator('#turn-6').getAttribute('aria-current')).toBe('true')

    await page.keyboard.press('j')
    await page.waitForURL(`**/i/${SEED_ID}/t/7`)
    await waitForFocus(page, 'turn-7')

    await page.keyboard.press('k')
    await page.waitForURL(`**/i/${SEED_ID}/t/6`)
    await waitForFocus(page, 'turn-6')
    expect(errors).toEqual([])
  })
})

test('j skips turns hidden by the filter and keeps the filter in the URL', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/5?speaker=host`, async ({ page, errors }) => {
    await waitForFocus(page, 'turn-5')
    await page.keyboard.press('j')
    await page.waitForURL((url) => url.pathname === `/i/${SEED_ID}/t/7`)
    expect(pathOf(page)).toBe(`/i/${SEED_ID}/t/7?speaker=host`)
    await waitForFocus(page, 'turn-7')
    expect(errors).toEqual([])
  })
})

test('j with no turn focused goes to the first turn in view', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    await page.keyboard.press('j')
    await page.waitForURL(`**/i/${SEED_ID}/t/1`)
    await waitForFocus(page, 'turn-1')
    expect(errors).toEqual([])
  })
})

test('? opens the keyboard shortcuts dialog and Esc closes it, leaving the selection alone', async () => {
  await withPage(browser(), `/i/${SEED_ID}?entity=larry-ellison`, async ({ page, errors }) => {
    await waitForTurns(page)
    const dialog = page.getByRole('dialog', { name: '키보드 단축키' })
    expect(await dialog.isVisible()).toBe(false)

    await page.keyboard.press('?')
    await dialog.waitFor({ state: 'visible' })
    expect(await dialog.textContent()).toContain('다음 발언')
    // The native modal dialog takes focus.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)

    // Keys meant for the dialog do nothing behind it.
    await page.keyboard.press('j')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(new URL(page.url()).searchParams.get('entity')).toBe('larry-ellison')
    expect(new URL(page.url()).pathname).toBe(`/i/${SEED_ID}`)
    expect(errors).toEqual([])
  })
})

test('the shortcuts button in the header opens the same dialog and its Close button closes it', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    const dialog = page.getByRole('dialog', { name: '키보드 단축키' })
    await page.getByRole('button', { name: '단축키' }).click()
    await dialog.waitFor({ state: 'visible' })
    await dialog.getByRole('button', { name: '닫기' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(errors).toEqual([])
  })
})

test('a reader can filter, select an entity and step through its mentions by keyboard alone', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)

    // The skip link is the first stop.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#transcript',
    )

    // Tab on to the guest's checkbox and tick it with Space.
    await tabUntil(
      page,
      () =>
        document.activeElement?.closest('label')?.textContent?.includes('마크 베니오프') === true,
    )
    await page.keyboard.press('Space')
    await page.waitForURL(/[?&]speaker=marc-benioff(&|$)/)
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(15)

    // Tab on into the transcript, to the first mention of Larry Ellison (turn 2), and follow it with Enter.
    await tabUntil(
      page,
      () => document.activeElement?.closest('mark[data-entity="larry-ellison"]') != null,
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(/[?&]entity=larry-ellison(&|$)/)
    const position = page.getByText(/\d+개 중 \d+번째 언급/)
    await expect.poll(() => position.textContent()).toMatch(/개 중 1번째 언급$/)
    await page.keyboard.press('n')
    await expect.poll(() => position.textContent()).toMatch(/개 중 2번째 언급$/)

    await page.keyboard.press('Escape')
    await page.waitForURL(
      (url) =>
        !url.searchParams.has('entity') && url.searchParams.get('speaker') === 'marc-benioff',
    )
    expect(errors).toEqual([])
  })
})

/** Presses Tab until `isThere` holds in the page (at most `max` times), as a keyboard user would. */
async function tabUntil(page: Page, isThere: () => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(isThere)) return
  }
  throw new Error(`not reached with ${max} Tab presses`)
}
