import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { closePage, openPage, waitForTurns } from '../support/browser.ts'
import { launchBrowser } from '../support/chromium.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.6: nothing ever leaves a blank page; failures say what failed in role="alert".

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

test('an unknown transcript shows an alert naming it, a way home, and no uncaught error', async () => {
  const opened = await openPage(browser, '/i/nope')
  const { page, errors } = opened
  const alert = page.getByRole('alert')
  await alert.waitFor()
  expect(await alert.textContent()).toContain('"nope"라는 대담을 찾지 못했습니다')
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    '대담을 보여 드릴 수 없습니다',
  )
  // A missing file is not worth retrying.
  expect(await page.getByRole('button', { name: '다시 시도' }).count()).toBe(0)
  // The browser itself logs the 404 of the data file; nothing else may go wrong.
  expect(errors.filter((e) => !(e.includes('404') && e.includes('/data/nope.json')))).toEqual([])

  await page.getByRole('link', { name: '기본 대담 열기' }).click()
  await page.waitForURL(`**/i/${SEED_ID}`)
  await waitForTurns(page)
  expect(await page.locator('article[id^="turn-"]').count()).toBe(30)
  await closePage(opened)
})

test('an unknown route shows a not-found message with a way home', async () => {
  const opened = await openPage(browser, '/zzz')
  const { page, errors } = opened
  const alert = page.getByRole('alert')
  await alert.waitFor()
  expect(await alert.textContent()).toBe('없는 페이지입니다.')
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
  await page.getByRole('link', { name: '기본 대담 열기' }).click()
  await page.waitForURL(`**/i/${SEED_ID}`)
  await waitForTurns(page)
  expect(errors).toEqual([])
  await closePage(opened)
})

test('the built page loads only the app bundle and its CSP forbids inline script', async () => {
  const opened = await openPage(browser, `/i/${SEED_ID}`)
  const { page, errors } = opened
  await waitForTurns(page)
  // One module script (the app), no inline scripts, and the CSP meta forbids inline script.
  const scripts = await page
    .locator('script')
    .evaluateAll((all) => all.map((s) => s.getAttribute('src') ?? '(inline)'))
  expect(scripts).toHaveLength(1)
  expect(scripts[0]).toMatch(/^\/assets\/.+\.js$/)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(errors).toEqual([])
  await closePage(opened)
})
