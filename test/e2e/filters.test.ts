import { expect, test } from 'vitest'
import {
  useBrowser,
  withPage,
  pathOf,
  renderedTurnIds,
  statusLine,
  waitForTurns,
} from '../support/browser.ts'
import { readSeedTranscript, SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5 routes and §5.1 filters: the URL is the state, so every view can be reloaded and walked back.

const seed = readSeedTranscript()
const browser = useBrowser()

test('the root path redirects to the default transcript and shows all 30 turns with a status line', async () => {
  await withPage(browser(), '/', async ({ page, errors }) => {
    await page.waitForURL(`**/i/${SEED_ID}`)
    await waitForTurns(page)
    expect(pathOf(page)).toBe(`/i/${SEED_ID}`)
    expect(await renderedTurnIds(page)).toEqual(seed.turns.map((turn) => turn.id))
    expect(seed.turns).toHaveLength(30)
    await expect.poll(() => statusLine(page).textContent()).toContain('발언 30개')
    expect(errors).toEqual([])
  })
})

test('the root path keeps its query when it redirects', async () => {
  await withPage(browser(), '/?speaker=host', async ({ page, errors }) => {
    await page.waitForURL(`**/i/${SEED_ID}?speaker=host`)
    await waitForTurns(page)
    expect(await page.locator('article[id^="turn-"]').count()).toBe(15)
    expect(errors).toEqual([])
  })
})

test('?speaker=host shows only the 15 host turns and says 15 of 30', async () => {
  await withPage(browser(), `/i/${SEED_ID}?speaker=host`, async ({ page, errors }) => {
    await waitForTurns(page)
    const speakers = await page
      .locator('article[id^="turn-"]')
      .evaluateAll((articles) => articles.map((a) => a.getAttribute('data-speaker')))
    expect(speakers).toHaveLength(15)
    expect(new Set(speakers)).toEqual(new Set(['host']))
    expect(await statusLine(page).textContent()).toContain('30개 발언 중 15개 표시')
    await expect.poll(() => page.getByRole('checkbox', { name: /진행자/ }).isChecked()).toBe(true)
    expect(errors).toEqual([])
  })
})

test('?topic=microsoft-openai shows turns 5 to 10 and hides turns 1 to 4', async () => {
  await withPage(browser(), `/i/${SEED_ID}?topic=microsoft-openai`, async ({ page, errors }) => {
    await waitForTurns(page)
    const ids = await renderedTurnIds(page)
    for (const id of ['5', '6', '7', '8', '9', '10']) expect(ids).toContain(id)
    for (const id of ['1', '2', '3', '4']) expect(ids).not.toContain(id)
    expect(ids).toEqual(
      seed.turns.filter((turn) => turn.topics?.includes('microsoft-openai')).map((turn) => turn.id),
    )
    expect(errors).toEqual([])
  })
})

test('speakers AND topics: ?speaker=host&topic=ai-agents&topic=davos-esg shows exactly the host turns of those topics', async () => {
  const topics = ['ai-agents', 'davos-esg']
  const expected = seed.turns
    .filter(
      (turn) =>
        turn.speaker === 'host' && (turn.topics ?? []).some((topic) => topics.includes(topic)),
    )
    .map((turn) => turn.id)
  // The seed's topics: davos-esg is turns 19–22 and ai-agents 23–30 (PRODUCT §4); host turns are odd.
  expect(expected).toEqual(['19', '21', '23', '25', '27', '29'])

  await withPage(
    browser(),
    `/i/${SEED_ID}?speaker=host&topic=ai-agents&topic=davos-esg`,
    async ({ page, errors }) => {
      await waitForTurns(page)
      expect(await renderedTurnIds(page)).toEqual(expected)
      expect(await statusLine(page).textContent()).toContain(
        `30개 발언 중 ${expected.length}개 표시`,
      )
      expect(errors).toEqual([])
    },
  )
})

test('clicking a speaker checkbox puts it in the URL and filters; Back restores the full transcript', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    const articles = page.locator('article[id^="turn-"]')
    const status = statusLine(page)
    const host = page.getByRole('checkbox', { name: /진행자/ })
    expect(await host.isChecked()).toBe(false)

    await host.click()
    await page.waitForURL(/[?&]speaker=host(&|$)/)
    await expect.poll(() => articles.count()).toBe(15)
    await expect.poll(() => status.textContent()).toContain('30개 발언 중 15개 표시')
    expect(await host.isChecked()).toBe(true)

    await page.goBack()
    await page.waitForURL((url) => url.pathname === `/i/${SEED_ID}` && url.search === '')
    await expect.poll(() => articles.count()).toBe(30)
    await expect.poll(() => status.textContent()).toContain('발언 30개')
    expect(await host.isChecked()).toBe(false)

    await page.goForward()
    await page.waitForURL(/[?&]speaker=host(&|$)/)
    await expect.poll(() => articles.count()).toBe(15)
    expect(errors).toEqual([])
  })
})

test('a filter that matches nothing says so and clearing the filters brings every turn back', async () => {
  // An unknown topic id matches no turn.
  await withPage(
    browser(),
    `/i/${SEED_ID}?speaker=host&topic=no-such-topic`,
    async ({ page, errors }) => {
      const status = statusLine(page)
      await expect.poll(() => status.textContent()).toContain('조건에 맞는 발언이 없습니다')
      expect(await page.locator('article[id^="turn-"]').count()).toBe(0)
      await page.getByRole('button', { name: '필터 지우기' }).click()
      await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(30)
      expect(pathOf(page)).toBe(`/i/${SEED_ID}`)
      expect(errors).toEqual([])
    },
  )
})

test('a filter box shows its new state the moment it is clicked, and the URL follows', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, async ({ page, errors }) => {
    await waitForTurns(page)
    // `check()` and `uncheck()` fail when the box does not change state right after the click.
    const host = page.getByRole('checkbox', { name: /진행자/ })
    const politics = page.getByRole('checkbox', { name: /정치와 새 행정부/ })
    await host.check()
    await politics.check()
    await host.uncheck()
    await expect.poll(() => pathOf(page)).toBe(`/i/${SEED_ID}?topic=politics`)
    expect(await renderedTurnIds(page)).toEqual(['11', '12', '13', '14'])
    expect(errors).toEqual([])
  })
})
