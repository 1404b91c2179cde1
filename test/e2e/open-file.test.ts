import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Transcript } from '#core/transcript-schema.ts'
import {
  appUrl,
  baseUrl,
  useBrowser,
  withPage,
  pathOf,
  waitForTurns,
  type OpenedPage,
} from '../support/browser.ts'
import { readSeedTranscript, SEED_ID } from '../support/seed-files.ts'
import { readSeedText, SEED_TEXT_PATH } from '../support/seed-files.ts'

// PRODUCT §5.7 (your own transcript: file input, drop anywhere, `?src=`) and §7 safety (hostile
// markup renders as text, bad URLs are refused, huge files are refused, parsing never freezes the
// tab). The inputs mirror the corpus of test/core/hostile-input.test.ts, here end to end.

const browser = useBrowser()
/** Large inputs are generated here, never committed; a real path spares a copy through the protocol. */
let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'daedam-open-file-'))
})

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

const TURN = 'article[id^="turn-"]'
/** The background paragraphs before the first turn (PRODUCT §5 layout). */
const CONTEXT_PARAGRAPH = 'section[aria-labelledby="context-heading"] p'
const LOCAL_NOTICE = '이 링크는 이 브라우저에서만 열립니다'
const SEED_PATH = `/i/${SEED_ID}`

/** Every kind of markup a hostile file may try: script, event handler, javascript: link, frame. */
const MARKUP =
  '<script>window.__pwned=1</script>' +
  '<img src=x onerror="window.__pwned=1">' +
  '<a href="javascript:window.__pwned=1">x</a>' +
  '<iframe src="javascript:window.__pwned=1"></iframe>'

type FilePayload = { name: string; mimeType: string; buffer: Buffer }

function textFile(name: string, text: string | Buffer): FilePayload {
  return {
    name,
    mimeType: 'text/plain',
    buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  }
}

function jsonFile(name: string, data: unknown): FilePayload {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data, null, 2), 'utf8'),
  }
}

/** The seed cut to its first seven turns, every reference still valid (unused topics dropped). */
function sevenTurns(): Transcript {
  const seed = readSeedTranscript()
  const turns = seed.turns.slice(0, 7)
  const used = new Set(turns.flatMap((turn) => turn.topics ?? []))
  return {
    ...seed,
    id: 'seven-turns',
    title: '일곱 발언',
    turns,
    topics: seed.topics?.filter((topic) => used.has(topic.id)),
  }
}

/** Deterministic bytes that are not text (never starting with `{` or `[`, so read as plain text). */
function junkBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  let x = 20250124
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    bytes[i] = x >>> 24
  }
  bytes[0] = 0xff
  return bytes
}

/** Console errors and uncaught errors, minus the ones a test expects (named explicitly). */
function unexpected(errors: string[], allowed: RegExp[] = []): string[] {
  return errors.filter((error) => !allowed.some((pattern) => pattern.test(error)))
}

async function turnCount(page: Page): Promise<number> {
  return page.locator(TURN).count()
}

/** Waits until exactly `n` turns are rendered, and says how many there were if that never happens. */
async function waitForTurnCount(page: Page, n: number): Promise<void> {
  try {
    await page.waitForFunction(
      (want) => document.querySelectorAll('article[id^="turn-"]').length === want,
      n,
      { timeout: 10_000 },
    )
  } catch {
    throw new Error(
      `expected ${n} turns; the page shows ${await turnCount(page)} at ${pathOf(page)}`,
    )
  }
}

/**
 * Runs `use` on the default transcript, fully shown: the page every "the previous transcript
 * stays" starts from. The page is closed afterwards, pass or fail.
 */
function withSeedPage(use: (opened: OpenedPage) => Promise<void>): Promise<void> {
  return withPage(browser(), '/', async (opened) => {
    await waitForTurns(opened.page)
    await waitForTurnCount(opened.page, 30)
    await use(opened)
  })
}

/**
 * Waits until the app has moved to a new `/local/<id>` route showing `turns` turns (or fails with
 * the alert's text if the file was refused instead). Returns the new path.
 */
async function waitForLocal(page: Page, before: string, turns: number): Promise<string> {
  await page.waitForFunction(
    (previous) =>
      (location.pathname.startsWith('/local/') && location.pathname !== previous) ||
      document.querySelector('[role="alert"]') !== null,
    before,
    { timeout: 15_000 },
  )
  // Plain CSS and DOM queries: Playwright's text and role engines crawl on a 5 MB text node.
  const alert = page.locator('[role="alert"]')
  if ((await alert.count()) > 0)
    throw new Error(`the file was refused: ${await alert.first().textContent()}`)
  await page.waitForFunction(
    (notice) =>
      [...document.querySelectorAll('main p')].some((p) => p.textContent?.includes(notice)),
    LOCAL_NOTICE,
  )
  await waitForTurnCount(page, turns)
  return pathOf(page)
}

async function openFile(page: Page, file: FilePayload | string, turns: number): Promise<string> {
  const before = pathOf(page)
  await page.setInputFiles('#open-file', file)
  return waitForLocal(page, before, turns)
}

/** Opens a file that must be refused: returns the alert's text; the page and its URL stay as they were. */
async function refuse(page: Page, file: FilePayload | string): Promise<string> {
  const before = pathOf(page)
  const turnsBefore = await turnCount(page)
  await page.setInputFiles('#open-file', file)
  const alert = page.getByRole('alert')
  await alert.waitFor()
  expect(pathOf(page)).toBe(before)
  expect(await turnCount(page)).toBe(turnsBefore)
  return (await alert.textContent()) ?? ''
}

/**
 * Records, from the first byte of every document, any element a hostile file could smuggle in:
 * scripts other than the app's bundle, images, frames, `on*` attributes, `javascript:` links. Takes
 * effect from the next navigation, so it reloads the page.
 */
async function watchForInjection(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __injected: string[] }
    w.__injected = []
    const check = (element: Element) => {
      const tag = element.tagName.toLowerCase()
      const src = element.getAttribute('src') ?? ''
      if (tag === 'script' && !/\/assets\/index-[\w-]+\.js$/.test(src))
        w.__injected.push(`script ${src}${element.textContent ?? ''}`)
      if (['img', 'iframe', 'object', 'embed', 'frame'].includes(tag))
        w.__injected.push(`${tag} ${src}`)
      if (
        tag === 'a' &&
        /^\s*(javascript|data|vbscript):/i.test(element.getAttribute('href') ?? '')
      )
        w.__injected.push(`a ${element.getAttribute('href')}`)
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) w.__injected.push(`${tag}[${attribute.name}]`)
      }
    }
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element) check(record.target)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue
          check(node)
          node.querySelectorAll('*').forEach(check)
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true })
  })
  await page.reload()
  await waitForTurns(page)
}

/** Nothing ran and nothing was injected, now or at any moment since `watchForInjection`. */
async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(
    await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected),
  ).toEqual([])
  expect(
    await page
      .locator('main script, main img, main iframe, aside script, aside img, aside iframe')
      .count(),
  ).toBe(0)
  expect(
    await page.locator('body script, body img, body iframe, body object, body embed').count(),
  ).toBe(0)
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0)
}

test('the seed as plain text opens at /local/<id> with 30 turns, survives a reload, and can be removed', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const localPath = await openFile(page, resolve(SEED_TEXT_PATH), 30)
    expect(localPath).toMatch(new RegExp(`^/local/${SEED_ID}-[a-z0-9]+$`))
    expect(await page.getByText(LOCAL_NOTICE).textContent()).toContain('benioff-davos-2025.txt')

    await page.reload()
    await page.getByText(LOCAL_NOTICE).waitFor()
    await waitForTurnCount(page, 30)
    expect(pathOf(page)).toBe(localPath)

    await page.getByRole('button', { name: '이 파일 삭제' }).click()
    await page.waitForURL(`**${SEED_PATH}`)
    await waitForTurnCount(page, 30)
    expect(await page.getByText(LOCAL_NOTICE).count()).toBe(0)

    // Its link no longer opens anything: an alert says why, and the page still offers a way on.
    await page.goto(appUrl(localPath))
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('이 브라우저에 저장된 파일이 아닙니다')
    expect(await turnCount(page)).toBe(0)
    await page.getByRole('link', { name: '기본 대담 열기' }).waitFor()
    expect(unexpected(errors)).toEqual([])
  })
})

test('a removed file is not shown again when Back returns to its link', async () => {
  await withSeedPage(async ({ page, errors }) => {
    await openFile(page, resolve(SEED_TEXT_PATH), 30)
    await page.getByRole('button', { name: '이 파일 삭제' }).click()
    await page.waitForURL(`**${SEED_PATH}`)
    await waitForTurnCount(page, 30)

    await page.goBack()
    await page.waitForURL('**/local/**')
    // Whichever comes first: the removed transcript again (wrong), or the alert that it is gone.
    await page.waitForFunction(
      () =>
        document.querySelector('[role="alert"]') !== null ||
        document.querySelector('article[id^="turn-"]') !== null,
    )
    expect(await turnCount(page), 'the removed transcript is still shown after Back').toBe(0)
    expect(await page.getByRole('alert').textContent()).toContain(
      '이 브라우저에 저장된 파일이 아닙니다',
    )
    expect(unexpected(errors)).toEqual([])
  })
})

test('a JSON file of seven turns opens with 7 turns and survives a reload', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const localPath = await openFile(page, jsonFile('seven.json', sevenTurns()), 7)
    expect(localPath).toMatch(/^\/local\/seven-turns-[a-z0-9]+$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('일곱 발언')
    expect(await page.getByText(LOCAL_NOTICE).textContent()).toContain('seven.json')

    await page.reload()
    await page.getByText(LOCAL_NOTICE).waitFor()
    await waitForTurnCount(page, 7)
    expect(pathOf(page)).toBe(localPath)
    expect(await page.locator('article#turn-7').count()).toBe(1)
    expect(unexpected(errors)).toEqual([])
  })
})

test('random bytes are refused with a line number and the previous transcript stays', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const alert = await refuse(page, textFile('junk.bin', junkBytes(4096)))
    expect(alert).toContain('junk.bin')
    expect(alert).toMatch(/\d+번째 줄: /)
    expect(unexpected(errors)).toEqual([])
  })
})

test('a file holding only "hello" is refused: line 1 has no turns', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const alert = await refuse(page, textFile('hello.txt', 'hello'))
    expect(alert).toContain('hello.txt을(를) 열 수 없습니다. 문제 1개:')
    expect(alert).toContain('1번째 줄: 발언을 찾지 못했습니다.')
    expect(unexpected(errors)).toEqual([])
  })
})

test('broken JSON is refused with the line and column of the problem', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const broken =
      '{\n  "format": "daedam.transcript",\n  "version": 1,\n  "id": ,\n  "turns": []\n}\n'
    const alert = await refuse(page, textFile('broken.json', broken))
    expect(alert).toContain('broken.json')
    expect(alert).toContain('올바른 JSON이 아닙니다. 4번째 줄 9번째 글자(",")에서')
    expect(unexpected(errors)).toEqual([])
  })
})

test('truncated JSON is refused naming the line where it ends', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const truncated = JSON.stringify(sevenTurns(), null, 2).slice(0, 200)
    const lines = truncated.split('\n').length
    const alert = await refuse(page, textFile('truncated.json', truncated))
    expect(alert).toContain(`올바른 JSON이 아닙니다. ${lines}번째 줄 `)
    expect(unexpected(errors)).toEqual([])
  })
})

test('a file of format version 99 is refused as an unsupported version', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const alert = await refuse(page, jsonFile('v99.json', { ...sevenTurns(), version: 99 }))
    expect(alert).toContain('version: 지원하지 않는 형식 버전입니다 (받은 값: 99).')
    expect(unexpected(errors)).toEqual([])
  })
})

test('a turn whose speaker does not exist is refused naming turns[3].speaker', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const data = sevenTurns()
    data.turns = data.turns.map((turn, i) => (i === 3 ? { ...turn, speaker: 'ghost' } : turn))
    const alert = await refuse(page, jsonFile('ghost.json', data))
    expect(alert).toContain('turns[3].speaker: speakers 목록에 없는 화자 "ghost"입니다.')
    expect(unexpected(errors)).toEqual([])
  })
})

test('markup in every text of a JSON file is shown as text and never runs', async () => {
  await withSeedPage(async ({ page, errors }) => {
    await watchForInjection(page)

    const data = sevenTurns()
    data.title = MARKUP
    data.context = [MARKUP]
    data.turns = data.turns.map((turn, i) =>
      i === 0
        ? { ...turn, paragraphs: [MARKUP] }
        : i === 1
          ? { ...turn, notes: [MARKUP] }
          : i === 2
            ? { ...turn, paragraphs: [...turn.paragraphs, '위험물은 여기 있습니다.'] }
            : turn,
    )
    data.topics = (data.topics ?? []).map((topic, i) =>
      i === 0 ? { ...topic, label: { ko: MARKUP, en: MARKUP } } : topic,
    )
    data.entities = [
      ...(data.entities ?? []),
      {
        id: 'hostile',
        type: 'concept',
        label: { ko: MARKUP },
        aliases: ['위험물'],
        description: { ko: MARKUP },
      },
    ]
    data.relatedPosts = [
      { title: MARKUP, date: '2025-01-24', comments: 0, url: 'https://example.com/post' },
      { title: MARKUP, date: '2025-01-24', comments: 0 },
    ]
    await openFile(page, jsonFile('hostile.json', data), 7)

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(MARKUP)
    expect(await page.locator('#turn-1 .turn-body p').first().textContent()).toBe(MARKUP)
    expect(await page.locator('#turn-2 [role="note"] p').textContent()).toBe(MARKUP)
    expect(await page.locator(CONTEXT_PARAGRAPH).textContent()).toBe(MARKUP)
    expect(await page.locator('#filters-panel').textContent()).toContain(MARKUP) // the topic label
    const aside = (await page.locator('aside').textContent()) ?? ''
    // The entity label, two related-post titles, and the title in the list of files kept here.
    expect(aside.split(MARKUP).length - 1).toBe(4)
    expect(await page.locator('mark[data-entity="hostile"]').textContent()).toBe('위험물')

    // Selecting the entity shows its label and description: as text too.
    await page.locator('aside a.entity-link', { hasText: '<script>' }).click()
    await page.waitForURL('**entity=hostile**')
    expect(await page.locator('#selected-entity').textContent()).toBe(MARKUP)
    expect(await page.locator('.entity-description').textContent()).toBe(MARKUP)

    await expectNothingInjected(page)
    expect(unexpected(errors)).toEqual([])
  })
})

test('markup in a plain-text file is shown as text and never runs', async () => {
  await withSeedPage(async ({ page, errors }) => {
    await watchForInjection(page)
    await openFile(
      page,
      textFile('hostile.txt', `${MARKUP}\n진행자 - ${MARKUP}\n(* ${MARKUP})\n`),
      1,
    )
    expect(await page.locator('#turn-1 .turn-body p').textContent()).toBe(MARKUP)
    expect(await page.locator('#turn-1 [role="note"] p').textContent()).toBe(MARKUP)
    expect(await page.locator(CONTEXT_PARAGRAPH).textContent()).toBe(MARKUP)
    await expectNothingInjected(page)
    expect(unexpected(errors)).toEqual([])
  })
})

const BAD_URLS: [string, (data: Transcript) => void, string][] = [
  [
    'a javascript: URL in relatedPosts[0].url',
    (data) => {
      data.relatedPosts = [{ title: '글', url: 'javascript:window.__pwned=1' }]
    },
    'relatedPosts[0].url: http: 또는 https: 주소여야 합니다',
  ],
  [
    'a data: URL in relatedPosts[0].url',
    (data) => {
      data.relatedPosts = [{ title: '글', url: 'data:text/html,<script>window.__pwned=1</script>' }]
    },
    'relatedPosts[0].url: http: 또는 https: 주소여야 합니다',
  ],
  [
    'a JavaScript: URL (any case) in entities[0].url',
    (data) => {
      data.entities = (data.entities ?? []).map((e, i) =>
        i === 0 ? { ...e, url: 'JavaScript:window.__pwned=1' } : e,
      )
    },
    'entities[0].url: http: 또는 https: 주소여야 합니다',
  ],
]

test.each(BAD_URLS)(
  '%s makes the file refused, and no such link ever exists',
  async (_name, change, message) => {
    await withSeedPage(async ({ page, errors }) => {
      await watchForInjection(page)
      const data = sevenTurns()
      change(data)
      const alert = await refuse(page, jsonFile('bad-url.json', data))
      expect(alert).toContain(message)
      await expectNothingInjected(page)
      expect(unexpected(errors)).toEqual([])
    })
  },
)

test('zero-width, bidi-override and emoji characters are shown exactly, and an emoji alias is marked', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const speech =
      '𝐀 오늘 🚀로켓은 떴다. 앞\u200B뒤 \u202E거꾸로\u202C 끝 👩‍👩‍👧‍👦 그리고 제로\u200B폭은 남는다.'
    const note = '주석 \u202Eesrever\u202C 🇰🇷'
    const data: Transcript = {
      format: 'daedam.transcript',
      version: 1,
      id: 'unicode',
      title: '유니코드 \u200B🚀',
      language: 'ko',
      speakers: [{ id: 'host', name: '진행자 🎙️', role: 'host' }],
      entities: [
        { id: 'rocket', type: 'concept', label: { ko: '로켓 🚀' }, aliases: ['🚀로켓'] },
        { id: 'zero-width', type: 'concept', label: { ko: '제로폭' }, aliases: ['제로\u200B폭'] },
      ],
      turns: [{ id: '1', speaker: 'host', paragraphs: [speech], notes: [note] }],
    }
    await openFile(page, jsonFile('unicode.json', data), 1)
    expect(await page.locator('#turn-1 .turn-body p').textContent()).toBe(speech)
    expect(await page.locator('#turn-1 [role="note"] p').textContent()).toBe(note)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('유니코드 \u200B🚀')
    expect(await page.locator('#turn-1 h3').textContent()).toContain('진행자 🎙️')
    expect(await page.locator('#turn-1 mark[data-entity="rocket"]').allTextContents()).toEqual([
      '🚀로켓',
    ])
    expect(await page.locator('#turn-1 mark[data-entity="zero-width"]').allTextContents()).toEqual([
      '제로\u200B폭',
    ])
    expect(unexpected(errors)).toEqual([])
  })
})

/** One paragraph of more than 5 MB of UTF-8 (about 2 million characters of Korean words). */
function fiveMegabyteParagraph(): string {
  const word = '가나다라마바사 '
  return word.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(word))).trimEnd()
}

test('a 5 MB single paragraph opens while the page keeps painting frames, and is shown in part', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const body = fiveMegabyteParagraph()
    const path = scratchFile('long.txt', `진행자 - ${body}`)

    // Count animation frames from now on, noting which came while the file was being read.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: { at: number; reading: boolean }[] }
      w.__frames = []
      const tick = (at: number) => {
        const reading = [...document.querySelectorAll('[role="status"]')].some((e) =>
          e.textContent?.includes('여는 중'),
        )
        w.__frames.push({ at, reading })
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    await openFile(page, path, 1)
    // One more frame after the turn is in the DOM: the gap before it includes laying it out.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: { at: number; reading: boolean }[] }).__frames,
    )
    const longestGap = (list: { at: number }[]) =>
      Math.max(0, ...list.slice(1).map((f, i) => f.at - (list[i]?.at ?? f.at)))
    const reading = frames.filter((f) => f.reading)
    console.log(
      `5 MB paragraph: ${frames.length} frames, ${reading.length} while reading (longest gap ${Math.round(longestGap(reading))} ms), longest gap overall ${Math.round(longestGap(frames))} ms`,
    )
    // Parsing runs in a worker: frames keep coming while the file is read, and nothing after it
    // (storing, indexing, rendering) holds the main thread for long either.
    expect(reading.length).toBeGreaterThanOrEqual(2)
    expect(longestGap(reading)).toBeLessThan(250)
    expect(longestGap(frames)).toBeLessThan(500)

    // Only DOM queries here: Playwright's text engines crawl through megabytes of text.
    const shown = await page.locator('#turn-1 .turn-body p').evaluate((p) => ({
      start: p.textContent?.slice(0, 100),
      length: p.textContent?.length ?? 0,
      buttons: [...p.querySelectorAll('button')].map((b) => b.textContent),
    }))
    expect(shown.start).toBe(body.slice(0, 100))
    expect(shown.length).toBeGreaterThan(1000)
    expect(shown.length).toBeLessThan(body.length)
    expect(shown.buttons).toHaveLength(1)
    expect(unexpected(errors)).toEqual([])
  })
})

test('showing more of a 5 MB paragraph adds the next part and paints within 2 s', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const body = fiveMegabyteParagraph()
    await openFile(page, scratchFile('long-expand.txt', `진행자 - ${body}`), 1)
    // A click from inside the page, so the harness never waits on a page that might not answer.
    await page.evaluate(() =>
      document.querySelector<HTMLButtonElement>('#turn-1 .turn-body p button')?.click(),
    )
    // Done once the next part is in the DOM and a frame has been laid out and painted with it (a
    // task queued from that frame's callback runs after its rendering). The deadline is a bound,
    // not a pause: the race ends as soon as the page answers.
    const before = 20_000
    const shownMore = page.evaluate(
      (length) =>
        new Promise<boolean>((done) => {
          const check = () => {
            const p = document.querySelector('#turn-1 .turn-body p')
            if ((p?.textContent?.length ?? 0) >= length)
              requestAnimationFrame(() => setTimeout(() => done(true)))
            else requestAnimationFrame(check)
          }
          check()
        }),
      2 * before,
    )
    let deadline: ReturnType<typeof setTimeout> | undefined
    const painted = await Promise.race([
      shownMore,
      new Promise<boolean>((done) => {
        deadline = setTimeout(() => done(false), 2000)
      }),
    ])
    clearTimeout(deadline)
    expect(painted, 'the tab froze for more than 2 s after "show more"').toBe(true)
    // Still in part: the rest waits for the reader to ask again.
    const state = await page.locator('#turn-1 .turn-body p').evaluate((p) => ({
      length: p.textContent?.length ?? 0,
      buttons: p.querySelectorAll('button').length,
    }))
    expect(state.length).toBeLessThan(body.length)
    expect(state.buttons).toBe(1)
    expect(unexpected(errors)).toEqual([])
  })
})

test('a file over 25 MB is refused unread and the page keeps working', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const path = scratchFile('huge.txt', Buffer.alloc(26 * 1024 * 1024, 0x61))
    const alert = await refuse(page, path)
    expect(alert).toContain('huge.txt은(는) 26.0 MB로, 최대 25.0 MB보다 큽니다. 읽지 않았습니다.')

    await page.getByRole('alert').getByRole('button').click()
    expect(await page.getByRole('alert').count()).toBe(0)
    await openFile(page, jsonFile('seven.json', sevenTurns()), 7)
    expect(unexpected(errors)).toEqual([])
  })
})

test('a plain-text file with CRLF line ends and a UTF-8 byte-order mark opens normally', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const text = `\uFEFF${readSeedText().replace(/\r?\n/g, '\r\n')}`
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    await openFile(page, textFile('crlf.txt', text), 30)
    const seed = readSeedTranscript()
    expect(await page.locator('#turn-1 .turn-body p').first().textContent()).toBe(
      seed.turns[0]?.paragraphs[0],
    )
    const mainText = (await page.locator('main').textContent()) ?? ''
    expect(mainText).toContain(seed.context?.[0])
    expect(mainText).not.toMatch(/[\r\uFEFF]/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('crlf')
    expect(unexpected(errors)).toEqual([])
  })
})

test('an empty file is refused naming line 1', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const alert = await refuse(page, textFile('empty.txt', Buffer.alloc(0)))
    expect(alert).toContain('1번째 줄: 빈 파일입니다.')
    expect(unexpected(errors)).toEqual([])
  })
})

test('a file dropped anywhere on the page opens', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const before = pathOf(page)
    const dataTransfer = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }))
      return transfer
    }, JSON.stringify(sevenTurns()))

    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.getByText('여기에 놓으면 대담 파일을 엽니다').waitFor()
    await page.dispatchEvent('body', 'dragover', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    const localPath = await waitForLocal(page, before, 7)
    expect(localPath).toMatch(/^\/local\/seven-turns-[a-z0-9]+$/)
    expect(await page.getByText(LOCAL_NOTICE).textContent()).toContain('dropped.json')
    expect(await page.getByText('여기에 놓으면 대담 파일을 엽니다').count()).toBe(0)
    expect(unexpected(errors)).toEqual([])
  })
})

/** Requests the page itself fetches (not documents, scripts or styles). */
function recordFetches(page: Page): string[] {
  const fetched: string[] = []
  page.on('request', (request) => {
    if (
      ['fetch', 'xhr'].includes(request.resourceType()) ||
      request.url().startsWith('javascript:')
    )
      fetched.push(request.url())
  })
  return fetched
}

test('?src= to a missing file says the file was not found at that URL (404)', async () => {
  await withPage(browser(), '/?src=/data/missing.json', async ({ page, errors }) => {
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const text = (await alert.textContent()) ?? ''
    expect(text).toContain(`${baseUrl()}/data/missing.json에서 파일을 찾지 못했습니다 (HTTP 404).`)
    expect(text).not.toContain('라는 대담')
    expect(new URL(page.url()).pathname).toBe('/remote')
    expect(new URL(page.url()).searchParams.get('src')).toBe('/data/missing.json')
    expect(unexpected(errors, [/^console: .*404.*\/data\/missing\.json/])).toEqual([])
  })
})

test('?src=javascript: is refused without fetching anything', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const fetched = recordFetches(page)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(appUrl('/?src=javascript:alert(1)'))
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const text = (await alert.textContent()) ?? ''
    expect(text).toContain('javascript:alert(1)')
    expect(text).toContain('http: 또는 https: 주소만 엽니다')
    expect(fetched).toEqual([])
    expect(dialogs).toEqual([])
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
    expect(unexpected(errors)).toEqual([])
  })
})

test('?src= to the published JSON opens its 30 turns and says where they came from', async () => {
  await withSeedPage(async ({ page, errors }) => {
    const fetched = recordFetches(page)
    await page.goto(appUrl(`/?src=/data/${SEED_ID}.json`))
    await waitForTurns(page)
    await waitForTurnCount(page, 30)
    expect(new URL(page.url()).pathname).toBe('/remote')
    expect(new URL(page.url()).searchParams.get('src')).toBe(`/data/${SEED_ID}.json`)
    expect(await page.getByText('외부 주소에서 불러온 대담입니다').textContent()).toContain(
      `/data/${SEED_ID}.json`,
    )
    expect(fetched).toEqual([`${baseUrl()}/data/${SEED_ID}.json`])
    expect(unexpected(errors)).toEqual([])
  })
})
