import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Transcript } from '#core/transcript-schema.ts'
import { appUrl, pathOf, useBrowser, waitForTurns, withPage } from '../support/browser.ts'
import { installHeartbeat, longestAlert, maxStall, resetHeartbeat } from '../support/heartbeat.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §7 safety, issue table rows 1–5: small files and links built to freeze or break the
// page. Each either opens within 5 s or is refused within 5 s, and the page answers throughout: a
// 50 ms heartbeat in the page never waits more than 200 ms. Big inputs are generated here.

const browser = useBrowser()
let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'daedam-hostile-'))
})

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

const MAX_STALL_MS = 200
const MAX_ALERT = 500

function transcriptFile(name: string, transcript: Omit<Transcript, 'format' | 'version'>): string {
  const path = join(scratch, name)
  writeFileSync(path, JSON.stringify({ format: 'daedam.transcript', version: 1, ...transcript }))
  return path
}

const base = {
  id: 'hostile',
  title: 'Hostile',
  language: 'ko',
  speakers: [{ id: 'a', name: 'A', role: 'guest' as const }],
}

/**
 * Opens `path` through the file input on the seed page and waits until it shows or is refused:
 * returns which, and how long it took.
 */
async function openHostile(
  page: Page,
  path: string,
): Promise<{ outcome: 'shown' | 'refused'; ms: number }> {
  await page.goto(appUrl(`/i/${SEED_ID}`))
  await waitForTurns(page)
  const before = pathOf(page)
  await resetHeartbeat(page)
  const started = Date.now()
  await page.setInputFiles('#open-file', path)
  const outcome = await page.waitForFunction(
    (previous) => {
      if (document.querySelector('[role="alert"]') !== null) return 'refused'
      const moved = location.pathname.startsWith('/local/') && location.pathname !== previous
      // The page keeps showing the old transcript until the new one is ready: wait for its title.
      const isNew = document.querySelector('h1')?.textContent === 'Hostile'
      return moved && isNew && document.querySelector('article[id^="turn-"]') !== null
        ? 'shown'
        : false
    },
    before,
    { timeout: 10_000, polling: 100 },
  )
  const result = (await outcome.jsonValue()) as 'shown' | 'refused'
  return { outcome: result, ms: Date.now() - started }
}

async function expectOpensOrRefusedSmoothly(
  name: string,
  transcript: Omit<Transcript, 'format' | 'version'>,
) {
  await withPage(browser(), '/', async ({ page }) => {
    await installHeartbeat(page)
    const { ms } = await openHostile(page, transcriptFile(name, transcript))
    expect(ms, `${name} settled after ${ms} ms`).toBeLessThan(5000)
    // Let anything still running after the first paint finish, then read the heartbeat.
    await page.waitForTimeout(500)
    const stall = await maxStall(page)
    expect(stall, `${name}: the page stalled for ${Math.round(stall)} ms`).toBeLessThan(
      MAX_STALL_MS,
    )
    expect(await longestAlert(page)).toBeLessThanOrEqual(MAX_ALERT)
  })
}

test('row 1: one paragraph of 800,000 characters holding 400,000 mentions never stalls the page', async () => {
  await expectOpensOrRefusedSmoothly('row1.json', {
    ...base,
    entities: [{ id: 'ga', type: 'concept', label: { ko: '가' }, aliases: ['가'] }],
    turns: [{ id: '1', speaker: 'a', paragraphs: ['가('.repeat(400_000)] }],
  })
})

test('row 2: 600 long aliases over 300,000 characters never stall the page', async () => {
  const long = '中'.repeat(200)
  await expectOpensOrRefusedSmoothly('row2.json', {
    ...base,
    entities: Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      type: 'concept' as const,
      label: { ko: `e${i}` },
      aliases: [`${long} z${i}`],
    })),
    turns: [{ id: '1', speaker: 'a', paragraphs: ['中'.repeat(300_000)] }],
  })
})

test('row 3: one turn of 1,000,000 one-letter paragraphs never stalls the page', async () => {
  await expectOpensOrRefusedSmoothly('row3.json', {
    ...base,
    turns: [{ id: '1', speaker: 'a', paragraphs: Array.from({ length: 1_000_000 }, () => 'x') }],
  })
})

test('row 4: an alias of 6,000 words opens or is refused with a short message', async () => {
  await expectOpensOrRefusedSmoothly('row4.json', {
    ...base,
    entities: [
      { id: 'w', type: 'concept', label: { ko: 'w' }, aliases: [`${'a '.repeat(6000)}b`] },
    ],
    turns: [{ id: '1', speaker: 'a', paragraphs: ['a a a b', 'a '.repeat(10_000)] }],
  })
})

test('row 5: ?q= of "a+" × 5,000 leaves the explorer usable, and Back after typing it restores the view', async () => {
  // As a shared link would carry it: `+` is a space in a query string, so this is 5,000 words.
  await withPage(browser(), `/i/${SEED_ID}?q=${'a+'.repeat(5000)}`, async ({ page }) => {
    await waitForTurns(page)
    expect(await longestAlert(page)).toBeLessThanOrEqual(MAX_ALERT)
    // Still an explorer: a filter works.
    await page.getByRole('checkbox', { name: /마크 베니오프/ }).check()
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(15)

    await page.goto(appUrl(`/i/${SEED_ID}?speaker=host`))
    await waitForTurns(page)
    const box = page.getByRole('searchbox', { name: '대담 안에서 찾기' })
    await box.fill('a+'.repeat(5000))
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(true)
    expect(await longestAlert(page)).toBeLessThanOrEqual(MAX_ALERT)
    await page.goBack()
    await expect.poll(() => pathOf(page)).toBe(`/i/${SEED_ID}?speaker=host`)
    expect(await box.inputValue()).toBe('')
    await expect.poll(() => page.locator('article[id^="turn-"]').count()).toBe(15)
    expect(await longestAlert(page)).toBe(0)
  })
})

test('row 7: 10,000 entities over 10,000 turns keep the page small, and a filter or entity click never stalls it', async () => {
  const count = 10_000
  const name = (i: number) => `항목${i}`
  await withPage(browser(), '/', async ({ page }) => {
    await installHeartbeat(page)
    const { outcome } = await openHostile(
      page,
      transcriptFile('row7.json', {
        ...base,
        speakers: [...base.speakers, { id: 'b', name: 'B', role: 'host' as const }],
        entities: Array.from({ length: count }, (_, i) => ({
          id: `e${i}`,
          type: 'concept' as const,
          label: { ko: name(i) },
          aliases: [name(i)],
        })),
        turns: Array.from({ length: count }, (_, i) => ({
          id: String(i + 1),
          speaker: i % 2 === 0 ? 'b' : 'a',
          paragraphs: [`${name(i)}에 대해 이야기했습니다. ${'대화가 이어집니다. '.repeat(10)}`],
        })),
      }),
    )
    expect(outcome).toBe('shown')
    // Sidebar, filters and transcript are bounded: not one element per entity or per turn.
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5_000)

    await resetHeartbeat(page)
    await page.getByRole('checkbox', { name: /^A/ }).check()
    await page
      .getByRole('status')
      .filter({ hasText: /10,?000개 발언 중 5,?000개/ })
      .waitFor({ state: 'visible' })
    await page
      .getByRole('link', { name: name(0), exact: false })
      .first()
      .click()
    await expect.poll(() => new URL(page.url()).searchParams.get('entity')).toBe('e0')
    await page.waitForTimeout(300)
    const stall = await maxStall(page)
    expect(
      stall,
      `a filter and an entity click stalled the page for ${Math.round(stall)} ms`,
    ).toBeLessThan(MAX_STALL_MS)
  })
})
