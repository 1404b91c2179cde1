import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  baseUrl,
  useBrowser,
  withPage,
  renderedTurnIds,
  statusLine,
  waitForFocus,
  waitForTurns,
  waitUntilInView,
} from '../support/browser.ts'
import { readSeedTranscript, SEED_ID } from '../support/seed-files.ts'

// PRODUCT §5.3: a link to one turn opens it in view, highlighted and focused, whatever way the reader arrives.

const seed = readSeedTranscript()
const browser = useBrowser()

/** A turn's number, the link to itself (its accessible name is the app's to choose). */
function turnNumberLink(page: Page, turnId: string) {
  return page.locator(`#turn-${turnId}`).locator(`a[href$="/t/${turnId}"]`)
}

/** The linked turn is in view (not under the sticky header), marked current, and focused. */
async function expectLinkedTurn(page: Page, turnId: string) {
  const selector = `#turn-${turnId}`
  await page.locator(selector).waitFor()
  await waitForFocus(page, `turn-${turnId}`)
  await waitUntilInView(page, selector)
  expect(await page.locator(selector).getAttribute('aria-current')).toBe('true')
  expect(await page.locator('article[aria-current="true"]').count()).toBe(1)
}

test('a deep link to turn 17 shows it in view, marked current and focused, on first load and after reload', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/17`, async ({ page, errors }) => {
    await expectLinkedTurn(page, '17')
    expect(await page.locator('article[id^="turn-"]').count()).toBe(30)

    // Move away from it first, so a reload that merely kept the scroll position would not pass.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.reload()
    await expectLinkedTurn(page, '17')
    expect(errors).toEqual([])
  })
})

test('after following turn 5’s number link, Back returns to turn 17 in view, current and focused', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/17`, async ({ page, errors }) => {
    await expectLinkedTurn(page, '17')

    await turnNumberLink(page, '5').click()
    await page.waitForURL(`**/i/${SEED_ID}/t/5`)
    await expectLinkedTurn(page, '5')
    expect(await page.locator('#turn-17').getAttribute('aria-current')).toBeNull()

    await page.goBack()
    await page.waitForURL(`**/i/${SEED_ID}/t/17`)
    await expectLinkedTurn(page, '17')
    expect(errors).toEqual([])
  })
})

test('Forward after Back returns to turn 5 in view, current and focused', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/17`, async ({ page, errors }) => {
    await expectLinkedTurn(page, '17')
    await turnNumberLink(page, '5').click()
    await page.waitForURL(`**/i/${SEED_ID}/t/5`)
    await expectLinkedTurn(page, '5')
    await page.goBack()
    await page.waitForURL(`**/i/${SEED_ID}/t/17`)
    await waitForFocus(page, 'turn-17')

    await page.goForward()
    await page.waitForURL(`**/i/${SEED_ID}/t/5`)
    await expectLinkedTurn(page, '5')
    expect(errors).toEqual([])
  })
})

test('a deep link to a turn that does not exist says so and still shows all 30 turns', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/999`, async ({ page, errors }) => {
    await waitForTurns(page)
    const alert = page.getByRole('alert')
    expect(await alert.textContent()).toContain('999번 발언은 이 대담에 없습니다')
    expect(await page.locator('article[id^="turn-"]').count()).toBe(30)
    expect(await statusLine(page).textContent()).toContain('발언 30개')
    expect(await page.locator('article[aria-current="true"]').count()).toBe(0)
    expect(errors).toEqual([])
  })
})

test('a linked turn outside the filter is still shown, with a notice saying why', async () => {
  expect(seed.turns.find((turn) => turn.id === '17')?.speaker).toBe('host')
  await withPage(browser(), `/i/${SEED_ID}/t/17?speaker=marc-benioff`, async ({ page, errors }) => {
    await expectLinkedTurn(page, '17')
    const turn17 = page.locator('#turn-17')
    expect(await turn17.getAttribute('data-speaker')).toBe('host')
    expect(await turn17.textContent()).toContain(
      '링크로 연 이 발언은 현재 필터에 해당하지 않지만 표시합니다',
    )
    // Every other turn shown is the guest's; the status line counts the filter's matches.
    const guestIds = seed.turns
      .filter((turn) => turn.speaker === 'marc-benioff')
      .map((turn) => turn.id)
    const expected = seed.turns
      .filter((turn) => turn.speaker === 'marc-benioff' || turn.id === '17')
      .map((turn) => turn.id)
    expect(await renderedTurnIds(page)).toEqual(expected)
    expect(await statusLine(page).textContent()).toContain(`30개 발언 중 ${guestIds.length}개 표시`)
    expect(errors).toEqual([])
  })
})

test('a #turn-17 fragment works too: the transcript opens scrolled to turn 17 (PRODUCT §8)', async () => {
  await withPage(browser(), `/i/${SEED_ID}#turn-17`, async ({ page, errors }) => {
    await page.locator('#turn-17').waitFor()
    await waitUntilInView(page, '#turn-17')
    expect(errors).toEqual([])
  })
})

test('the copy-link button puts turn 5’s absolute URL on the clipboard and confirms it', async () => {
  await withPage(browser(), `/i/${SEED_ID}?speaker=host`, async ({ page, errors }) => {
    await waitForTurns(page)
    const button = page.getByRole('button', { name: /^5번 발언 링크 복사/ })
    await button.click()
    const confirmation = page.locator('#turn-5').getByText('링크를 복사했습니다')
    await confirmation.waitFor({ state: 'visible' })
    // The shared link opens the turn alone: the reader's own filters are not part of it.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl()}/i/${SEED_ID}/t/5`,
    )
    expect(errors).toEqual([])
  })
})
