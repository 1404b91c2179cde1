import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { closePage, openPage, statusLine, waitForTurns } from '../support/browser.ts'
import { launchBrowser } from '../support/chromium.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.8: Korean and English interface, browser default, the switch kept across visits; content keeps its lang.

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

test('switching to English translates the interface, and a reload keeps English', async () => {
  const opened = await openPage(browser, `/i/${SEED_ID}`)
  const { page, errors } = opened
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
    await page.locator('#turn-1').evaluate((turn) => turn.closest('[lang]')?.getAttribute('lang')),
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
  await closePage(opened)
})

test('an English-speaking browser gets the English interface by default', async () => {
  const opened = await openPage(browser, `/i/${SEED_ID}?speaker=host`, { locale: 'en-US' })
  const { page, errors } = opened
  await waitForTurns(page)
  expect(await statusLine(page).textContent()).toBe('Showing 15 of 30 turns')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  expect(errors).toEqual([])
  await closePage(opened)
})
