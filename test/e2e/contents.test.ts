import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { axeViolations } from '../support/axe.ts'
import {
  useBrowser,
  withPage,
  waitForFocus,
  waitForTurns,
  waitUntilInView,
} from '../support/browser.ts'
import { LARGE_ID } from '../support/large-transcript.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.8: sections and topics form a contents list to jump by, on a wide screen and a phone.

const browser = useBrowser()
const PHONE = { width: 390, height: 844 }

async function openContents(page: Page) {
  await waitForTurns(page)
  await page.getByRole('button', { name: '목차' }).click()
  const contents = page.getByRole('navigation', { name: '목차' })
  await contents.waitFor()
  return contents
}

/** The jumped-to turn is in view (not under the sticky header), current and focused. */
async function expectOpenedTurn(page: Page, turnId: string) {
  await page.waitForURL(`**/t/${turnId}`)
  await waitForFocus(page, `turn-${turnId}`)
  await waitUntilInView(page, `#turn-${turnId}`)
  expect(await page.locator(`#turn-${turnId}`).getAttribute('aria-current')).toBe('true')
}

test('the built-in interview has a contents list (도입, 인터뷰 시작, six topics) that jumps', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    const contents = await openContents(page)
    const entries = await contents.getByRole('link').allTextContents()
    expect(entries).toHaveLength(8)
    expect(entries.slice(0, 2)).toEqual(['도입1번', '인터뷰 시작2–30번 · 발언 29개'])
    expect(await contents.getByRole('heading', { name: '주제' }).isVisible()).toBe(true)
    expect(entries.at(-1)).toBe('AGI와 AI 에이전트23–30번 · 발언 8개')
    expect(await axeViolations(page), 'axe violations, contents open').toEqual([])

    await contents.getByRole('link', { name: /AGI와 AI 에이전트/ }).click()
    await expectOpenedTurn(page, '23')
    expect(await page.getByRole('dialog').count()).toBe(0)

    // Back to the top, and the same entry again: the turn comes back into view.
    await page.evaluate(() => window.scrollTo(0, 0))
    await (await openContents(page)).getByRole('link', { name: /AGI와 AI 에이전트/ }).click()
    await expectOpenedTurn(page, '23')
    expect(errors).toEqual([])
  })
})

test('at 390 px the contents open on screen, Esc returns to the button, and an entry jumps', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
    const contents = await openContents(page)
    await waitUntilInView(page, '#contents-title')
    const box = await page.getByRole('dialog').boundingBox()
    expect(box !== null && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)

    await page.keyboard.press('Escape')
    await contents.waitFor({ state: 'detached' })
    expect(
      await page.evaluate(() => document.activeElement?.textContent),
      'focus is back on the button',
    ).toBe('목차')

    await (await openContents(page)).getByRole('link', { name: /인터뷰 시작/ }).click()
    await expectOpenedTurn(page, '2')
    expect(errors).toEqual([])
  })
})

test('on 10,000 turns the contents list sections, not turns, and the last one jumps', async () => {
  await withPage(browser(), `/i/${LARGE_ID}`, async ({ page, errors }) => {
    const contents = await openContents(page)
    const links = contents.getByRole('link')
    // The seed repeated: each of its 334 rounds opens 도입 and 인터뷰 시작; and six topics.
    expect(await links.count()).toBe(2 * 334 + 6)
    const last = contents.getByRole('link', { name: /^인터뷰 시작\s*9992–10000번 · 발언 9개$/ })
    await last.click()
    await expectOpenedTurn(page, '9992')
    expect(errors).toEqual([])
  })
})
