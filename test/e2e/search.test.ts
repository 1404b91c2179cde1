import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { useBrowser, withPage, waitForTurns, waitUntilInView } from '../support/browser.ts'

// Searching the way Korean readers search, typed in Chromium (PRODUCT §5.4).

const browser = useBrowser()

/** The turns holding search hits, in document order. */
function turnsWithHits(page: Page): Promise<string[]> {
  return page
    .locator('article[id^="turn-"]')
    .evaluateAll((articles) =>
      articles
        .filter((a) => a.querySelector('mark[data-search]') !== null)
        .map((a) => a.id.replace(/^turn-/, '')),
    )
}

async function searchFor(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
  await box.fill(query)
  return box
}

test.each([
  ['ㄹㄹㅇㄹㅅ', ['2', '4']],
  ['엘리스', ['2', '4']],
  ['코파일럿'.normalize('NFD'), ['28']],
  ['Musk', ['3', '4', '11']],
  ['Masayoshi', ['2']],
])('typing %s highlights the hits in turns %j', async (query, turns) => {
  await withPage(browser(), '/', async ({ page, errors }) => {
    await waitForTurns(page)
    await searchFor(page, query)
    await expect.poll(() => turnsWithHits(page)).toEqual(turns)
    expect(new URL(page.url()).searchParams.get('q')).toBe(query)
    expect(errors).toEqual([])
  })
})

test('typing key by key updates the URL and the count; Back returns to the page before the search', async () => {
  await withPage(browser(), '/', async ({ page }) => {
    await waitForTurns(page)
    const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
    await box.click()
    await page.keyboard.type('공매도')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('공매도')
    await expect.poll(() => page.locator('#search-count').textContent()).toBe('2개 중 1번째 결과')
    expect(await page.locator('#turn-4 mark[data-search]').count()).toBe(2)
    // The first keystroke pushed one history entry, the rest replaced it.
    await page.goBack()
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull()
    expect(await box.inputValue()).toBe('')
  })
})

test('Enter and Shift+Enter step through the hits, the current one marked and in view', async () => {
  await withPage(browser(), '/?q=%EC%98%A4%ED%94%88AI', async ({ page }) => {
    await waitForTurns(page)
    const count = page.locator('#search-count')
    await expect.poll(() => count.textContent()).toMatch(/^\d+개 중 1번째 결과$/)
    const total = Number((await count.textContent())?.match(/^(\d+)/)?.[1])
    expect(total).toBeGreaterThan(2)
    const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
    await box.press('Enter')
    await expect.poll(() => count.textContent()).toBe(`${total}개 중 2번째 결과`)
    await expect
      .poll(() => page.locator('mark[data-search][aria-current="true"]').getAttribute('id'))
      .toBe('hit-1')
    await box.press('Shift+Enter')
    await box.press('Shift+Enter')
    await expect.poll(() => count.textContent()).toBe(`${total}개 중 ${total}번째 결과`)
    await waitUntilInView(page, `#hit-${total - 1}`)
  })
})

test('/ focuses the search box and Esc in it clears the search', async () => {
  await withPage(browser(), '/?q=%EC%83%98', async ({ page }) => {
    await waitForTurns(page)
    await page.locator('body').press('/')
    const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
    await expect
      .poll(() => box.evaluate((element) => element === document.activeElement))
      .toBe(true)
    await box.press('Escape')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull()
    await expect.poll(() => page.locator('mark[data-search]').count()).toBe(0)
  })
})

test('"only turns with results" narrows the transcript and combines with the speaker filter', async () => {
  await withPage(browser(), '/?q=%EB%9E%98%EB%A6%AC', async ({ page }) => {
    await waitForTurns(page)
    // The boxes follow the URL, which updates a moment after the click: click, then wait for it.
    await page.getByRole('checkbox', { name: '결과가 있는 발언만 보기' }).check()
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(2)
    expect(new URL(page.url()).searchParams.get('hits')).toBe('only')
    await page.getByRole('checkbox', { name: /진행자/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('speaker')).toBe('host')
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(0)
  })
})

test('a query with no hits says so; regex metacharacters are taken literally', async () => {
  await withPage(browser(), '/', async ({ page }) => {
    await waitForTurns(page)
    await searchFor(page, '.+')
    await expect
      .poll(() => page.locator('#search-count').textContent())
      .toBe('검색 결과가 없습니다')
    expect(await page.locator('mark[data-search]').count()).toBe(0)
  })
})

test('typing Hangul through an input method keeps every syllable and searches as it composes', async () => {
  await withPage(browser(), '/', async ({ page, errors }) => {
    await waitForTurns(page)
    const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
    await box.click()
    // What a Korean IME sends for ㅇㅔㄹㄹㅣㅅㅡ: each syllable is composed, then committed.
    const cdp = await page.context().newCDPSession(page)
    const compose = (text: string) =>
      cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      })
    for (const step of ['ㅇ', '에', '엘']) await compose(step)
    await cdp.send('Input.insertText', { text: '엘' })
    for (const step of ['ㄹ', '리']) await compose(step)
    // Mid-composition the search already runs on the half-typed word.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('엘리')
    await cdp.send('Input.insertText', { text: '리' })
    for (const step of ['ㅅ', '스']) await compose(step)
    await cdp.send('Input.insertText', { text: '스' })
    expect(await box.inputValue()).toBe('엘리스')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('엘리스')
    await expect.poll(() => turnsWithHits(page)).toEqual(['2', '4'])
    expect(errors).toEqual([])
  })
})

test('typing into a transcript opened by its own link keeps focus and every key (the first keystroke navigates)', async () => {
  await withPage(browser(), '/i/benioff-davos-2025', async ({ page }) => {
    await waitForTurns(page)
    const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
    await box.click()
    await page.keyboard.type('Ellison')
    expect(await box.inputValue()).toBe('Ellison')
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true)
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Ellison')
    // Back, then type again: the box took the URL's (empty) query and still keeps every key.
    await page.goBack()
    await expect.poll(() => box.inputValue()).toBe('')
    await box.click()
    await page.keyboard.type('공매도')
    expect(await box.inputValue()).toBe('공매도')
  })
})

test('a hit that runs across a mention has one id, and the current hit is one element', async () => {
  await withPage(browser(), '/?q=CEO%20%EC%82%AC%ED%8B%B0%EC%95%84', async ({ page }) => {
    await waitForTurns(page)
    await expect.poll(() => page.locator('mark[data-search]').count()).toBeGreaterThan(1)
    const ids = await page
      .locator('mark[data-search][id]')
      .evaluateAll((marks) => marks.map((mark) => mark.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('hit-0')
  })
})
