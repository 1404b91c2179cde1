import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  useBrowser,
  withPage,
  waitForFocus,
  waitForTurns,
  waitUntilInView,
} from '../support/browser.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §1 and §5: a phone reader gets the whole transcript without sideways scrolling, and panels a thumb can open.

const PHONE = { width: 390, height: 844 }
const browser = useBrowser()

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

test('at 390 px the transcript has no horizontal scroll, with or without an entity selected', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
    await waitForTurns(page)
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width)

    await page.goto(`${page.url()}?entity=larry-ellison`)
    await page.getByText(/\d+개 중 1번째 언급/).waitFor()
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width)
    expect(errors).toEqual([])
  })
})

test('at 390 px the filters stay folded until the 필터 button opens them', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
    await waitForTurns(page)
    const toggle = page.getByRole('button', { name: '필터', exact: true })
    const checkbox = page.getByRole('checkbox', { name: /진행자/ })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await checkbox.isVisible()).toBe(false)

    await toggle.click()
    await checkbox.waitFor({ state: 'visible' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.getByRole('checkbox', { name: /마크 베니오프/ }).isVisible()).toBe(true)
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width)

    // The panel works: a filter applies from it.
    await checkbox.click()
    await page.waitForURL(/[?&]speaker=host(&|$)/)
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(15)

    await toggle.click()
    await checkbox.waitFor({ state: 'hidden' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(errors).toEqual([])
  })
})

test('at 390 px the entities panel opens from its button and Esc folds it', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
    await waitForTurns(page)
    const toggle = page.getByRole('button', { name: '인물·기업' })
    const link = page.getByRole('complementary').getByRole('link', { name: /래리 엘리슨/ })
    expect(await link.isVisible()).toBe(false)
    await toggle.click()
    await link.waitFor({ state: 'visible' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('Escape')
    await link.waitFor({ state: 'hidden' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(errors).toEqual([])
  })
})

test('at 390 px a deep link shows turn 17 in view and focused, below the sticky panel buttons', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/17`, PHONE, async ({ page, errors }) => {
    await waitForFocus(page, 'turn-17')
    await waitUntilInView(page, '#turn-17')
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width)
    expect(errors).toEqual([])
  })
})
