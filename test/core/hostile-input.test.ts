import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { transcriptFromText } from '#core/build-transcript.ts'
import { findMentions, MAX_MENTIONS_PER_TEXT } from '#core/mentions.ts'
import { parseAnyTranscript } from '#core/parse-any.ts'
import { MAX_QUERY_LENGTH } from '#core/query-limit.ts'
import { compileQuery } from '#core/search-query.ts'
import { searchTexts } from '#core/search.ts'
import { formatIssue } from '#core/transcript-checks.ts'
import { reportTranscript } from '#core/transcript-report.ts'
import type { Entity } from '#core/transcript-schema.ts'
import { readSeedText, SEED_JSON_PATH } from '../support/seed-files.ts'

// A corpus of hostile and broken inputs, each with the outcome a reader must get (PRODUCT §5.7, §7
// safety). The same inputs run end to end in test/e2e/open-file.test.ts.

const seed: Record<string, unknown> & { turns: Record<string, unknown>[] } = JSON.parse(
  readFileSync(SEED_JSON_PATH, 'utf8'),
)
const MARKUP = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'

function json(change: (data: typeof seed) => void): string {
  const copy = structuredClone(seed)
  change(copy)
  return JSON.stringify(copy)
}

type Outcome = { turns: number } | { error: RegExp }

const corpus: [string, string, Outcome][] = [
  [
    'markup in turn text is kept as text',
    json((d) => {
      d.turns[0]!.paragraphs = [MARKUP]
    }),
    { turns: 30 },
  ],
  [
    'markup in a note is kept as text',
    json((d) => {
      d.turns[1]!.notes = [MARKUP]
    }),
    { turns: 30 },
  ],
  [
    'markup in the title is kept as text',
    json((d) => {
      d.title = MARKUP
    }),
    { turns: 30 },
  ],
  ['markup in plain text', `진행자 - ${MARKUP}\n(* ${MARKUP})`, { turns: 1 }],
  [
    'a javascript: URL',
    json((d) => {
      ;(d.relatedPosts as { url?: string }[])[0]!.url = 'javascript:alert(1)'
    }),
    { error: /^relatedPosts\[0\]\.url: must be an http: or https: URL/ },
  ],
  [
    'a data: URL',
    json((d) => {
      ;(d.relatedPosts as { url?: string }[])[1]!.url = 'data:text/html,<script>1</script>'
    }),
    { error: /^relatedPosts\[1\]\.url: must be an http: or https: URL/ },
  ],
  [
    'broken JSON',
    '{"format": "daedam.transcript", "version": 1,',
    { error: /^\(json\): not valid JSON/ },
  ],
  [
    'an unknown format',
    JSON.stringify({ format: 'otter.ai', version: 1 }),
    { error: /^format: expected "daedam.transcript"/ },
  ],
  [
    'version 99',
    json((d) => {
      d.version = 99
    }),
    { error: /^version: unsupported version number 99/ },
  ],
  [
    'a dangling speaker',
    json((d) => {
      d.turns[3]!.speaker = 'ghost'
    }),
    { error: /^turns\[3\]\.speaker: unknown speaker "ghost"/ },
  ],
  [
    'duplicate turn ids',
    json((d) => {
      d.turns[2]!.id = '1'
    }),
    { error: /^turns\[2\]\.id: duplicate id "1"/ },
  ],
  [
    '10,000 levels of nesting',
    `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    { error: /^\(root\): expected a transcript object/ },
  ],
  ['a 5 MB single paragraph', `진행자 - ${'가나다라 '.repeat(1_000_000)}`, { turns: 1 }],
  ['CRLF and a byte-order mark', `\uFEFF${readSeedText().replace(/\n/g, '\r\n')}`, { turns: 30 }],
  ['an empty file', '', { error: /^line 1: the file is empty/ }],
]

test.each(corpus)('%s', (_name, input, outcome) => {
  // Named as a reader's file would be: the extension decides the format (PRODUCT §2b).
  const result = parseAnyTranscript(input, /^\s*[[{]/.test(input) ? 'input.json' : 'input.txt')
  if ('turns' in outcome) {
    expect(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n')).toBe(true)
    expect(result.ok && result.value.turns.length).toBe(outcome.turns)
  } else {
    expect(result.ok).toBe(false)
    expect(!result.ok && formatIssue(result.issues[0]!)).toMatch(outcome.error)
  }
})

test('zero-width and bidi-override characters are kept exactly', () => {
  const text = '진행자 - 앞\u200B뒤 \u202E거꾸로\u202C 끝'
  const result = parseAnyTranscript(text, 'x.txt')
  expect(result.ok && result.value.turns[0]?.paragraphs[0]).toBe('앞\u200B뒤 \u202E거꾸로\u202C 끝')
})

test('emoji and surrogate pairs in aliases are matched at UTF-16 offsets', () => {
  const entities: Entity[] = [
    { id: 'rocket', type: 'concept', label: { ko: '로켓' }, aliases: ['🚀로켓'] },
  ]
  const text = '𝐀 오늘 🚀로켓은 떴다'
  const [mention] = findMentions(entities, text)
  expect(mention && text.slice(mention.start, mention.end)).toBe('🚀로켓')
  expect(mention?.start).toBe(6) // 𝐀 is two UTF-16 code units
})

// Issue 15: every piece of work on untrusted input is bounded and linear. The big inputs are
// generated here. Bounds are on CPU time, which other work on a busy machine does not inflate as
// it does wall time, and loose: far below the seconds to minutes each case took before.

/** Runs `work` and says how much CPU time it took, in ms. */
function timed<T>(work: () => T): [T, number] {
  const start = process.cpuUsage()
  const result = work()
  const { user, system } = process.cpuUsage(start)
  return [result, (user + system) / 1000]
}

function entityWith(id: string, aliases: string[]): Entity {
  return { id, type: 'concept', label: { ko: aliases[0] ?? id }, aliases }
}

test('row 1: a paragraph of 400,000 unclosed glosses `가(` is matched in linear time', () => {
  const text = '가('.repeat(400_000)
  const [mentions, ms] = timed(() => findMentions([entityWith('ga', ['가'])], text))
  // The first 10,000 are marked (MAX_MENTIONS_PER_TEXT); a quadratic scan for `)` after each
  // would still take minutes.
  expect(mentions).toHaveLength(MAX_MENTIONS_PER_TEXT)
  expect(mentions[1]).toEqual({ start: 2, end: 3, entity: 'ga' })
  expect(ms).toBeLessThan(2_000)
}, 30_000)

test('row 2: 600 aliases of 200 `中` and a word, over 300,000 `中`, take no time to rule out', () => {
  const entities = Array.from({ length: 600 }, (_, i) =>
    entityWith(`e${i}`, [`${'中'.repeat(200)} z${i}`]),
  )
  const text = '中'.repeat(300_000)
  const [mentions, ms] = timed(() => findMentions(entities, text))
  expect(mentions).toEqual([])
  expect(ms).toBeLessThan(2_000)
  // …and they still match where they stand.
  expect(
    findMentions(entities, `${text} z599, ${'中'.repeat(200)} z7`).map((m) => m.entity),
  ).toEqual(['e599', 'e7'])
}, 30_000)

test('row 4: an alias of 6,000 words matches and never throws', () => {
  const alias = `${'a '.repeat(6_000)}b`
  const text = `그 말은 ${alias.replace(/ /g, '  ')}라고 했다. ${'a '.repeat(100_000)}`
  const [mentions, ms] = timed(() => findMentions([entityWith('long', [alias])], text))
  expect(mentions).toHaveLength(1)
  expect(text.slice(mentions[0]?.start, mentions[0]?.end)).toBe(alias.replace(/ /g, '  '))
  expect(ms).toBeLessThan(2_000)
}, 30_000)

/** Compiles and runs a query over `texts` with no entities, timed. */
function searchTimed(query: string, texts: string[]) {
  return timed(() => {
    const compiled = compileQuery(query, [])
    if (compiled === null) throw new Error('the query should compile')
    return {
      compiled,
      hits: searchTexts(
        compiled,
        texts,
        texts.map(() => []),
      ),
    }
  })
}

test.each([
  ['`a+` × 5,000', 'a+'.repeat(5_000), 'a+'],
  ['10,000 pasted `ㄹ`', 'ㄹ'.repeat(10_000), '라'],
])('row 5: a query of %s is cut, compiles and searches 100 KB at once', (_, query, unit) => {
  const text = unit.repeat(100_000 / unit.length)
  const [{ compiled, hits }, ms] = searchTimed(query, [text])
  expect(compiled.text).toHaveLength(MAX_QUERY_LENGTH)
  expect(compiled.isTruncated).toBe(true)
  expect(hits[0]).toHaveLength(text.length / MAX_QUERY_LENGTH)
  expect(ms).toBeLessThan(500)
})

test.each([
  ['1 MB', '10,000 letters with spaces', `${'라리 '.repeat(3_333)}가`, '라리 ', 1],
  ['1 MB', '10,000 initials', 'ㄹ'.repeat(10_000), '라리', 1],
  // Cutting the query alone is not enough: a RegExp of 200 initials took seconds on this.
  ['3 MB', '200 initials that never finish', `${'ㄹ'.repeat(199)}ㄱ`, '라', 3],
])(
  'row 6: a %s text and a query of %s take well under a second',
  (_, _name, query, unit, mb) => {
    const text = unit.repeat(Math.ceil((mb * 1_000_000) / unit.length))
    const [, ms] = searchTimed(query, [text])
    expect(ms).toBeLessThan(1_000)
  },
  60_000,
)

test('row 14: 150,000 speakers are built and reported in seconds, not minutes', () => {
  const count = 150_000
  const text = Array.from({ length: count }, (_, i) => `S${i} - 안녕하세요`).join('\n')
  const speakers = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `S${i}`,
    role: 'other',
  }))
  const [report, ms] = timed(() => {
    const result = transcriptFromText(text, { speakers })
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
    return reportTranscript(result.value)
  })
  expect(report.turnsBySpeaker).toHaveLength(count)
  expect(report.turnsBySpeaker.at(-1)).toEqual({ id: 's149999', name: 'S149999', turns: 1 })
  expect(ms).toBeLessThan(15_000)
}, 120_000)

test('at most 10,000 mentions are marked in one text, the first ones, in reading order', () => {
  const entities = [{ id: 'ga', type: 'concept' as const, label: { ko: '가' }, aliases: ['가'] }]
  const found = findMentions(entities, '가 '.repeat(50_000))
  expect(found).toHaveLength(MAX_MENTIONS_PER_TEXT)
  expect(found[0]).toEqual({ start: 0, end: 1, entity: 'ga' })
  expect(found.at(-1)?.start).toBe((MAX_MENTIONS_PER_TEXT - 1) * 2)
})
