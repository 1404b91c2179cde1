import fc from 'fast-check'
import { expect, test } from 'vitest'
import { transcriptFromText } from '#core/build-transcript.ts'
import { parseTranscriptText, splitLines } from '#core/parse-text.ts'
import { MAX_ISSUES } from '#core/transcript-checks.ts'
import { parseTranscriptJson, validateTranscript } from '#core/validate-transcript.ts'
import { readSeedText, readSeedTranscript } from '../support/seed-files.ts'

// Property-based: whatever comes in, the parser and validator answer with a result, never a throw,
// and the answer holds: valid input round-trips, invalid input gets short issues that say where.

const lineArbitrary = fc.oneof(
  fc.string(),
  fc.string().map((s) => `진행자 - ${s}`),
  fc.string().map((s) => `(* ${s})`),
  fc.string().map((s) => `-- ${s} --`),
  fc.constant("'AI' 카테고리의 다른 글"),
  fc.string().map((s) => `${s} (3) | 2025.01.24 |`),
  fc.constant('---|---|'),
)

/** Non-blank lines the parser read as a rule line of the related-posts block (PRODUCT §2 ignores them). */
function relatedRuleLines(lines: string[]): number {
  const header = lines.findIndex((line) => /^'(.+)' 카테고리의 다른 글$/.test(line.trim()))
  if (header < 0) return 0
  return lines
    .slice(header + 1)
    .filter((line) => line.trim() !== '' && /^[-|\s]+$/.test(line.trim())).length
}

test('the plain-text parser accounts for every line of any text, or names the lines it refuses', () => {
  fc.assert(
    fc.property(
      fc.array(lineArbitrary, { maxLength: 40 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      (lines, eol) => {
        const source = lines.join(eol)
        const all = splitLines(source)
        const result = parseTranscriptText(source)
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0)
          for (const { path, message } of result.issues) {
            const line = Number(/^line (\d+)$/.exec(path)?.[1])
            expect(line, path).toBeGreaterThanOrEqual(1)
            expect(line, path).toBeLessThanOrEqual(all.length)
            // A message quotes at most a clipped piece of its line, never the whole input.
            expect(message.length, message).toBeLessThan(200)
          }
          return
        }
        // PRODUCT §2: nothing of the input is silently dropped. Every non-blank line is a context
        // paragraph or note, a section marker, a turn's paragraph or note, the related-posts
        // header, a related post, or one of that block's rule lines.
        const { context, contextNotes, sections, turns, category, relatedPosts } = result.value
        const kept =
          context.length +
          contextNotes.length +
          (sections.length - 1) +
          turns.reduce((sum, turn) => sum + turn.paragraphs.length + turn.notes.length, 0) +
          (category === undefined ? 0 : 1) +
          relatedPosts.length +
          relatedRuleLines(all)
        expect(kept).toBe(all.filter((line) => line.trim() !== '').length)
        for (const turn of turns)
          expect(all[turn.line - 1]?.trim()).toMatch(`${turn.speakerName} - `)
      },
    ),
    { numRuns: 500 },
  )
})

test('the parser never drops a line of a valid file', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[가-힣a-z ]{1,20}$/), { minLength: 1, maxLength: 10 }),
      (words) => {
        const source = ['배경', ...words.map((w, i) => `화자${i % 3} - ${w.trim() || '말'}`)].join(
          '\n',
        )
        const result = parseTranscriptText(source)
        expect(result.ok).toBe(true)
        if (result.ok) expect(result.value.turns).toHaveLength(words.length)
      },
    ),
  )
})

test('the validator returns issues, never throws, for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = validateTranscript(value)
      expect(result.ok).toBe(false)
    }),
    { numRuns: 500 },
  )
})

/** Besides its own path, a damaged part may surface where other parts refer to it. */
const REFERRERS: Record<string, RegExp> = {
  language: /^(topics|entities)\[\d+\]\.(label|description)$/,
  speakers: /^turns\[\d+\]\.speaker$/,
  sections: /^turns\[\d+\]\.section$/,
  topics: /^turns\[\d+\]\.topics\[\d+\]$/,
  entities: /^speakers\[\d+\]\.entity$/,
}

const LONG_TEXT = 'x'.repeat(5000)

test('the validator answers random damage to the seed with short issues at the damaged path', () => {
  const seed = readSeedTranscript()
  const keys = [
    'id',
    'title',
    'language',
    'speakers',
    'turns',
    'entities',
    'topics',
    'sections',
    'relatedPosts',
  ]
  const damage = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      LONG_TEXT,
      [LONG_TEXT],
      Array.from({ length: 5000 }, () => LONG_TEXT),
    ),
  )
  fc.assert(
    fc.property(fc.constantFrom(...keys), damage, (key, value) => {
      const damaged = { ...seed, [key]: value }
      const result = validateTranscript(damaged)
      if (result.ok) {
        // Whatever passes comes back as it went in, and passes again.
        expect(result.value).toEqual(damaged)
        expect(validateTranscript(JSON.parse(JSON.stringify(result.value))).ok).toBe(true)
        return
      }
      expect(result.issues.length).toBeGreaterThan(0)
      expect(result.issues.length).toBeLessThanOrEqual(MAX_ISSUES)
      for (const { path, message } of result.issues) {
        const own = path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)
        expect(own || REFERRERS[key]?.test(path), `${path} after damaging ${key}`).toBe(true)
        // A value is described, never dumped: a long text shows as its first 40 characters.
        expect(message.length, message).toBeLessThan(300)
        expect(message).not.toContain(LONG_TEXT.slice(0, 41))
      }
    }),
    { numRuns: 300 },
  )
})

test('JSON text of any kind gets an answer', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      expect(parseTranscriptJson(text).ok).toBe(false)
    }),
  )
})

test('ten thousand levels of nesting are refused, not a crash', () => {
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
  const result = parseTranscriptJson(deep)
  expect(result.ok).toBe(false)
})

test('random annotations never make the ingest throw: it builds a valid transcript with the same text, or names the problem', () => {
  const text = readSeedText()
  const plain = transcriptFromText(text)
  if (!plain.ok) throw new Error('the seed text does not build')
  const paragraphs = plain.value.turns.map((turn) => turn.paragraphs)
  const annotations = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        id: fc.oneof(fc.jsonValue(), fc.constantFrom('benioff', 'Not A Slug')),
        title: fc.jsonValue(),
        language: fc.constantFrom('ko', 'en', 'xx', 'not a tag'),
        speakers: fc.jsonValue(),
        sections: fc.jsonValue(),
        relatedPosts: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  )
  fc.assert(
    fc.property(annotations, (data) => {
      const result = transcriptFromText(text, data)
      if (result.ok) {
        expect(validateTranscript(result.value).ok).toBe(true)
        // Annotations add meaning; they never change or drop what the text says.
        expect(result.value.turns.map((turn) => turn.paragraphs)).toEqual(paragraphs)
        return
      }
      expect(result.issues.length).toBeGreaterThan(0)
      for (const { path, message } of result.issues) {
        expect(path).not.toBe('')
        expect(message).not.toBe('')
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        // Something that is not an object is refused as a whole, in the annotations' name.
        expect(result.issues).toEqual([
          { path: 'annotations.(root)', code: 'annotation', message: expect.any(String) },
        ])
      }
    }),
    { numRuns: 200 },
  )
})
