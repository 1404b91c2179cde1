import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { Transcript } from '#core/transcript-schema.ts'
import { axeViolations } from '../support/axe.ts'
import {
  useBrowser,
  withPage,
  waitForFocus,
  waitForTurns,
  waitUntilInView,
} from '../support/browser.ts'
import { readSeedTranscript, SEED_ID } from '../support/seed-files.ts'

// PRODUCT §1 and §5: a phone reader gets the whole transcript without sideways scrolling, and the
// filters and the sidebar open as sheets over it, where the thumb is.

const PHONE = { width: 390, height: 844 }
const browser = useBrowser()

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

/** The seed's first three turns as a reader's own file. */
function threeTurnsFile() {
  const seed = readSeedTranscript()
  const turns = seed.turns.slice(0, 3)
  const used = new Set(turns.flatMap((turn) => turn.topics ?? []))
  const data: Transcript = {
    ...seed,
    id: 'three-turns',
    title: '세 발언',
    turns,
    topics: seed.topics?.filter((topic) => used.has(topic.id)),
  }
  return {
    name: 'three.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  }
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

const SHEETS = [
  { toggle: '필터', panel: '#filters-panel', control: /진행자/ },
  { toggle: '인물·기업', panel: '#entities-panel', control: /래리 엘리슨/ },
] as const

function toggleFor(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true })
}

/** Whether the focused element is inside `selector` (the sheet), or is `selector` itself. */
function isFocusIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    (sel) => document.querySelector(sel)?.contains(document.activeElement) ?? false,
    selector,
  )
}

/** The explorer's regions carrying `inert`, by tag: all but the open sheet while it is open. */
function inertRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.explorer > [inert]')].map((el) => el.tagName.toLowerCase()),
  )
}

/**
 * Waits until the first line of `selector` (an inline element that may wrap) is in the viewport
 * and not covered: the point at its start hits it.
 */
async function waitUntilLineInView(page: Page, selector: string) {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel)
      const line = element?.getClientRects()[0]
      if (!element || !line || line.top < 0 || line.bottom > window.innerHeight) return false
      const hit = document.elementFromPoint(line.left + 2, line.top + line.height / 2)
      return hit !== null && element.contains(hit)
    },
    selector,
    { timeout: 3000, polling: 'raf' },
  )
}

async function expectClosedWithFocusOnToggle(page: Page, name: string, panel: string) {
  const toggle = toggleFor(page, name)
  await page.locator(panel).waitFor({ state: 'hidden' })
  expect(await toggle.getAttribute('aria-expanded')).toBe('false')
  await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true)
  expect(await inertRegions(page)).toEqual([])
}

test.each(
  SHEETS.flatMap((sheet) => [
    { ...sheet, how: 'Esc' },
    { ...sheet, how: '닫기' },
  ]),
)(
  'at 390 px, deep in the transcript, $toggle opens a sheet in view with focus in it, and $how closes it and gives focus back',
  async ({ toggle: name, panel, control, how }) => {
    await withPage(browser(), `/i/${SEED_ID}/t/25`, PHONE, async ({ page, errors }) => {
      await waitForFocus(page, 'turn-25')
      const toggle = toggleFor(page, name)
      expect(await toggle.getAttribute('aria-expanded')).toBe('false')
      expect(await page.getByRole('checkbox', { name: /진행자/ }).isVisible()).toBe(false)

      await toggle.click()
      // The sheet's heading is on screen at once, not at the end of the page, and uncovered.
      await waitUntilInView(page, `${panel} .sheet-header h2`)
      expect(await toggle.getAttribute('aria-expanded')).toBe('true')
      await expect.poll(() => isFocusIn(page, panel)).toBe(true)
      expect(await page.locator(panel).getByText(control).first().isVisible()).toBe(true)
      expect((await inertRegions(page)).sort()).toEqual(
        ['header', 'div', 'main', panel === '#filters-panel' ? 'aside' : 'nav'].sort(),
      )
      expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width)

      if (how === 'Esc') await page.keyboard.press('Escape')
      else await page.locator(panel).getByRole('button', { name: '닫기' }).click()
      await expectClosedWithFocusOnToggle(page, name, panel)
      // The reader is where they were.
      await waitUntilInView(page, '#turn-25')
      expect(errors).toEqual([])
    })
  },
)

test('at 390 px a filter applies from the sheet, which stays open for the next one', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
    await waitForTurns(page)
    await toggleFor(page, '필터').click()
    const sheet = page.getByRole('navigation', { name: '필터' })
    await sheet.getByRole('checkbox', { name: /진행자/ }).click()
    await page.waitForURL(/[?&]speaker=host(&|$)/)
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(15)
    expect(await sheet.getByRole('checkbox', { name: /진행자/ }).isChecked()).toBe(true)
    expect(await sheet.getByRole('checkbox', { name: /마크 베니오프/ }).isVisible()).toBe(true)
    expect(errors).toEqual([])
  })
})

test('at 390 px choosing an entity in the sheet closes it and shows its first mention', async () => {
  await withPage(
    browser(),
    `/i/${SEED_ID}`,
    { ...PHONE, reducedMotion: 'no-preference' },
    async ({ page, errors }) => {
      await waitForTurns(page)
      await toggleFor(page, '인물·기업').click()
      await page
        .getByRole('complementary')
        .getByRole('link', { name: /래리 엘리슨/ })
        .click()
      await page.waitForURL(/[?&]entity=larry-ellison(&|$)/)
      await page.locator('#entities-panel').waitFor({ state: 'hidden' })
      expect(await inertRegions(page)).toEqual([])
      await waitUntilLineInView(page, 'mark[data-entity="larry-ellison"][aria-current="true"]')
      await page.getByText(/\d+개 중 1번째 언급/).waitFor()
      expect(errors).toEqual([])
    },
  )
})

test('at 390 px the file opener is reachable in the 인물·기업 sheet, and a file chosen there opens', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
    await waitForTurns(page)
    await toggleFor(page, '인물·기업').click()
    const label = page.locator('#entities-panel').getByText('파일 선택', { exact: true })
    await label.scrollIntoViewIfNeeded()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), label.click()])
    await chooser.setFiles(threeTurnsFile())
    await page.waitForURL(/\/local\//)
    await page.getByRole('heading', { level: 1, name: '세 발언' }).waitFor()
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(3)
    expect(await page.locator('#entities-panel').isVisible()).toBe(false)
    expect(await inertRegions(page)).toEqual([])
    expect(errors).toEqual([])
  })
})

test('at 390 px a file refused from the sheet closes it, so the reason is not hidden behind it', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page }) => {
    await waitForTurns(page)
    await toggleFor(page, '인물·기업').click()
    await page.setInputFiles('#open-file', {
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    })
    await page.getByRole('alert').waitFor()
    await page.locator('#entities-panel').waitFor({ state: 'hidden' })
    await waitUntilInView(page, '.open-error')
  })
})

test.each(SHEETS)(
  'axe finds no violations with the $toggle sheet open at 390 px',
  async ({ toggle, panel }) => {
    await withPage(browser(), `/i/${SEED_ID}`, PHONE, async ({ page, errors }) => {
      await waitForTurns(page)
      await toggleFor(page, toggle).click()
      await waitUntilInView(page, `${panel} .sheet-header h2`)
      expect(await axeViolations(page), 'axe violations').toEqual([])
      expect(errors).toEqual([])
    })
  },
)

test('at 390 px a deep link shows turn 17 in view and focused, below the sticky panel buttons', async () => {
  await withPage(browser(), `/i/${SEED_ID}/t/17`, PHONE, async ({ page, errors }) => {
    await waitForFocus(page, 'turn-17')
    await waitUntilInView(page, '#turn-17')
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width)
    expect(errors).toEqual([])
  })
})
