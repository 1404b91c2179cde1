import { expect, test } from 'vitest'
import { useBrowser, withPage, waitForTurns } from '../support/browser.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.6: nothing ever leaves a blank page; failures say what failed in role="alert".

const browser = useBrowser()

test('an unknown transcript shows an alert naming it, a way home, and no uncaught error', async () => {
  await withPage(browser(), '/i/nope', async ({ page, errors }) => {
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
  })
})

test('an unknown route shows a not-found message with a way home', async () => {
  await withPage(browser(), '/zzz', async ({ page, errors }) => {
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toBe('없는 페이지입니다.')
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    await page.getByRole('link', { name: '기본 대담 열기' }).click()
    await page.waitForURL(`**/i/${SEED_ID}`)
    await waitForTurns(page)
    expect(errors).toEqual([])
  })
})

test('the built page loads only the app bundle and its CSP forbids inline script', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
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
  })
})
