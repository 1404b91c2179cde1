import { expect, test } from 'vitest'
import { useBrowser, withPage, statusLine, waitForTurns } from '../support/browser.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.8: Korean and English interface, browser default, the switch kept across visits; content keeps its lang.

const browser = useBrowser()

test('switching to English translates the interface, and a reload keeps English', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    expect(await statusLine(page).textContent()).toBe('발언 30개')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko')

    const english = page.getByRole('button', { name: 'English' })
    await english.click()
    await expect.poll(() => statusLine(page).textContent()).toBe('30 turns')
    expect(await english.getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.getByRole('checkbox', { name: /진행자/ }).count()).toBe(1) // speaker names are content
    expect(await page.getByRole('group', { name: 'Speakers' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: /^Copy link to turn 5$/ }).count()).toBe(1)
    // The transcript keeps the language of its content.
    expect(
      await page
        .locator('#turn-1')
        .evaluate((turn) => turn.closest('[lang]')?.getAttribute('lang')),
    ).toBe('ko')

    await page.reload()
    await waitForTurns(page)
    await expect.poll(() => statusLine(page).textContent()).toBe('30 turns')
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    )

    await page.getByRole('button', { name: '한국어' }).click()
    await expect.poll(() => statusLine(page).textContent()).toBe('발언 30개')
    expect(errors).toEqual([])
  })
})

test('an English-speaking browser gets the English interface by default', async () => {
  await withPage(
    browser(),
    `/i/${SEED_ID}?speaker=host`,
    { locale: 'en-US' },
    async ({ page, errors }) => {
      await waitForTurns(page)
      expect(await statusLine(page).textContent()).toBe('Showing 15 of 30 turns')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      expect(errors).toEqual([])
    },
  )
})
