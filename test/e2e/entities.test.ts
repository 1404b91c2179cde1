import { expect, test } from 'vitest'
import { useBrowser, withPage, pathOf, waitForTurns, waitUntilInView } from '../support/browser.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.2: clicking an entity selects it, highlights its mentions, scrolls to the first and steps with "i of n".

const browser = useBrowser()

const LARRY = 'mark[data-entity="larry-ellison"]'

test('Larry Ellison is marked only in turns 2 and 4, and "엘리슨 연구소" is the institutes, not the person', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    const turns = await page
      .locator(LARRY)
      .evaluateAll((marks) => marks.map((m) => m.closest('article')?.id ?? '(outside a turn)'))
    expect(new Set(turns)).toEqual(new Set(['turn-2', 'turn-4']))
    // The sidebar counts the same mentions the text marks.
    expect(
      await page
        .getByRole('complementary')
        .getByRole('link', { name: /래리 엘리슨/ })
        .textContent(),
    ).toContain(String(turns.length))
    const institutes = page.locator('mark[data-entity="ellison-institutes"]', {
      hasText: '엘리슨 연구소',
    })
    expect(await institutes.count()).toBeGreaterThan(0)
    expect(await page.locator(LARRY, { hasText: '연구소' }).count()).toBe(0)
    // No Larry Ellison mark wraps or sits inside an institutes mark.
    expect(
      await page
        .locator(
          `mark[data-entity="ellison-institutes"] ${LARRY}, ${LARRY} mark[data-entity="ellison-institutes"]`,
        )
        .count(),
    ).toBe(0)
    expect(errors).toEqual([])
  })
})

test('selecting Larry Ellison in the sidebar puts it in the URL, highlights, scrolls to the first mention and steps with n; Esc clears', async () => {
  // Scrolling to a mention is animated unless the reader asked for reduced motion: test the animated path.
  await withPage(
    browser(),
    `/i/${SEED_ID}`,
    { reducedMotion: 'no-preference' },
    async ({ page, errors }) => {
      await waitForTurns(page)
      // Start from the end of the transcript, so reaching the first mention (turn 2) needs a scroll.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await page.waitForFunction(
        () => (document.getElementById('turn-2')?.getBoundingClientRect().bottom ?? 1) < 0,
      )
      const sidebarLink = page.getByRole('complementary').getByRole('link', { name: /래리 엘리슨/ })
      await sidebarLink.click()
      await page.waitForURL(/[?&]entity=larry-ellison(&|$)/)

      const marks = page.locator(LARRY)
      const total = await marks.count()
      expect(total).toBeGreaterThanOrEqual(2)
      await expect.poll(() => page.locator(`${LARRY}.is-selected`).count()).toBe(total)
      expect(await sidebarLink.getAttribute('aria-current')).toBe('true')

      // The first mention is current and scrolled into view.
      const position = page.getByText(/\d+개 중 \d+번째 언급/)
      await expect.poll(() => position.textContent()).toBe(`${total}개 중 1번째 언급`)
      const firstId = await marks.first().getAttribute('id')
      expect(await marks.first().getAttribute('aria-current')).toBe('true')
      await waitUntilInView(page, `#${firstId}`)

      await page.keyboard.press('n')
      await expect.poll(() => position.textContent()).toBe(`${total}개 중 2번째 언급`)
      const secondId = await marks.nth(1).getAttribute('id')
      await expect.poll(() => marks.nth(1).getAttribute('aria-current')).toBe('true')
      expect(await marks.first().getAttribute('aria-current')).toBeNull()
      await waitUntilInView(page, `#${secondId}`)

      await page.keyboard.press('Shift+N')
      await expect.poll(() => position.textContent()).toBe(`${total}개 중 1번째 언급`)

      await page.keyboard.press('Escape')
      await page.waitForURL((url) => !url.searchParams.has('entity'))
      expect(pathOf(page)).toBe(`/i/${SEED_ID}`)
      await expect.poll(() => page.locator(`${LARRY}.is-selected`).count()).toBe(0)
      expect(await position.count()).toBe(0)
      expect(errors).toEqual([])
    },
  )
})

test('the next-mention button wraps from the last mention back to the first', async () => {
  await withPage(browser(), `/i/${SEED_ID}?entity=larry-ellison`, async ({ page, errors }) => {
    await waitForTurns(page)
    const total = await page.locator(LARRY).count()
    const position = page.getByText(/\d+개 중 \d+번째 언급/)
    const next = page.getByRole('button', { name: '다음 언급' })
    for (let i = 2; i <= total; i++) {
      await next.click()
      await expect.poll(() => position.textContent()).toBe(`${total}개 중 ${i}번째 언급`)
    }
    await next.click()
    await expect.poll(() => position.textContent()).toBe(`${total}개 중 1번째 언급`)
    expect(errors).toEqual([])
  })
})

test('mentions in turns hidden by a filter are counted and the current one is shown with a notice', async () => {
  // Larry Ellison is mentioned by the guest only (turns 2 and 4): filtering to the host hides them all.
  await withPage(
    browser(),
    `/i/${SEED_ID}?speaker=host&entity=larry-ellison`,
    async ({ page, errors }) => {
      await waitForTurns(page)
      // Every mention is outside the filter, yet all are counted and the first is current.
      const position = page.getByText(/\d+개 중 \d+번째 언급/)
      await expect.poll(() => position.textContent()).toBe('4개 중 1번째 언급')
      expect(await page.getByText(/필터 밖 언급 \d+개/).textContent()).toBe('필터 밖 언급 4개')
      // The current mention's turn (2) is shown anyway, and says why.
      const turn2 = page.locator('#turn-2')
      expect(await turn2.getAttribute('data-speaker')).toBe('marc-benioff')
      expect(await turn2.textContent()).toContain('현재 필터에 해당하지 않지만')
      expect(await page.locator('#turn-4').count()).toBe(0)

      // Stepping on reaches the mentions in turn 4, which is then shown (with the notice) instead of turn 2.
      const next = page.getByRole('button', { name: '다음 언급' })
      while ((await page.locator('#turn-4').count()) === 0) {
        expect(await position.textContent()).not.toBe('4개 중 4번째 언급')
        await next.click()
      }
      expect(await page.locator('#turn-4').textContent()).toContain('현재 필터에 해당하지 않지만')
      const current = page.locator(`${LARRY}[aria-current="true"]`)
      expect(await current.evaluate((mark) => mark.closest('article')?.id)).toBe('turn-4')
      await waitUntilInView(page, `#${await current.getAttribute('id')}`)
      expect(errors).toEqual([])
    },
  )
})

test('with reduced motion, selecting an entity jumps straight to its first mention', async () => {
  await withPage(
    browser(),
    `/i/${SEED_ID}/t/30`,
    { reducedMotion: 'reduce' },
    async ({ page, errors }) => {
      await page.locator('#turn-30').waitFor()
      await waitUntilInView(page, '#turn-30')
      await page.evaluate(() => {
        const positions: number[] = []
        Object.assign(window, { scrollPositions: positions })
        window.addEventListener('scroll', () => positions.push(window.scrollY))
      })
      await page
        .getByRole('complementary')
        .getByRole('link', { name: /래리 엘리슨/ })
        .click()
      await page.waitForURL(/[?&]entity=larry-ellison(&|$)/)
      const first = page.locator(`${LARRY}[aria-current="true"]`)
      await first.waitFor()
      await waitUntilInView(page, `#${await first.getAttribute('id')}`)
      // One jump, no animation frames in between.
      const positions = await page.evaluate(() =>
        'scrollPositions' in window && Array.isArray(window.scrollPositions)
          ? window.scrollPositions
          : [],
      )
      expect(new Set(positions).size).toBe(1)
      expect(errors).toEqual([])
    },
  )
})

test('clicking a mention in the text selects its entity, and clicking it again clears it', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    const mention = page.locator('#turn-4').locator(LARRY).first().getByRole('link')
    await mention.click()
    await page.waitForURL(/[?&]entity=larry-ellison(&|$)/)
    await page.locator('#turn-4').locator(LARRY).first().getByRole('link').click()
    await page.waitForURL((url) => !url.searchParams.has('entity'))
    expect(errors).toEqual([])
  })
})
