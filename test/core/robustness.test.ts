import fc from 'fast-check'
import { expect, test } from 'vitest'
import { transcriptFromText } from '#core/build-transcript.ts'
import { parseTranscriptText } from '#core/parse-text.ts'
import { parseTranscriptJson, validateTranscript } from '#core/validate-transcript.ts'
import { readSeedText, readSeedTranscript } from '../support/seed-files.ts'

// Property-based: whatever comes in, the parser and validator answer with a result, never a throw.

const lineArbitrary = fc.oneof(
  fc.string(),
  fc.string().map((s) => `진행자 - ${s}`),
  fc.string().map((s) => `(* ${s})`),
  fc.string().map((s) => `-- ${s} --`),
  fc.constant("'AI' 카테고리의 다른 글"),
  fc.string().map((s) => `${s} (3) | 2025.01.24 |`),
  fc.constant('---|---|'),
)

test('the plain-text parser returns a result for any text', () => {
  fc.assert(
    fc.property(
      fc.array(lineArbitrary, { maxLength: 40 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      (lines, eol) => {
        const result = parseTranscriptText(lines.join(eol))
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) expect(result.issues.every((i) => /^line \d+$/.test(i.path))).toBe(true)
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

test('the validator survives random damage to the seed', () => {
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
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
      const result = validateTranscript({ ...seed, [key]: value })
      expect(typeof result.ok).toBe('boolean')
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

test('random annotations never make the ingest throw', () => {
  const text = readSeedText()
  fc.assert(
    fc.property(fc.jsonValue(), (annotations) => {
      expect(typeof transcriptFromText(text, annotations).ok).toBe('boolean')
    }),
    { numRuns: 200 },
  )
})
