import { describe, expect, test } from 'vitest'
import { parseAnyTranscript } from '#core/parse-any.ts'
import { formatIssue } from '#core/transcript-checks.ts'
import { readSeedText, SEED_JSON_PATH } from '../support/seed-files.ts'
import { readFileSync } from 'node:fs'

test('plain text is parsed as the plain-text format, titled after the file', () => {
  const result = parseAnyTranscript(readSeedText(), 'Benioff at Davos.txt')
  expect(result.ok && result.value.turns.length).toBe(30)
  expect(result.ok && [result.value.id, result.value.title]).toEqual([
    'benioff-at-davos',
    'Benioff at Davos',
  ])
})

test('JSON is validated as format v1', () => {
  const result = parseAnyTranscript(readFileSync(SEED_JSON_PATH, 'utf8'), 'seed.json')
  expect(result.ok && result.value.entities?.length).toBeGreaterThan(30)
})

test('broken JSON and junk are reported, not thrown', () => {
  expect(parseAnyTranscript('{"format":', 'x.json').ok).toBe(false)
  expect(parseAnyTranscript('\u0000\u0001binary junk', 'x.bin').ok).toBe(false)
})

describe('the extension decides the format first (PRODUCT §2b)', () => {
  test.each([
    ['a stage direction', '[Intro music]\n진행자 - 어서 오세요.\n손님 - 반갑습니다.\n'],
    ['a time stamp', '[00:00:12] 진행자 - 어서 오세요.\n[00:00:15] 손님 - 반갑습니다.\n'],
    ['a brace', '{초안}\n진행자 - 어서 오세요.\n손님 - 반갑습니다.\n'],
  ])('a .txt that starts with %s is plain text', (_name, text) => {
    const result = parseAnyTranscript(text, 'episode.txt')
    expect(result.ok && result.value.turns.map((turn) => turn.paragraphs)).toEqual([
      ['어서 오세요.'],
      ['반갑습니다.'],
    ])
  })

  test('the extension is read in any case', () => {
    expect(parseAnyTranscript('[Intro music]\n진행자 - 안녕하세요.\n', 'EPISODE.TXT').ok).toBe(true)
  })

  test('a .json is JSON even when it reads like plain text', () => {
    const result = parseAnyTranscript('진행자 - 안녕하세요.\n', 'episode.json')
    expect(!result.ok && formatIssue(result.issues[0]!)).toMatch(/^\(json\): not valid JSON/)
  })

  test.each([
    ['an object is JSON', '{"format": 1}', /^format: /],
    ['an array is JSON', '[1, 2]', /^\(root\): expected a transcript object/],
    ['a bracketed first line that is no JSON is text', '[Intro music]\n진행자 - 안녕.\n', 1],
    ['anything else is text', '진행자 - 안녕.\n손님 - 네.\n', 2],
  ])('without a known extension the content decides: %s', (_name, text, outcome) => {
    const result = parseAnyTranscript(text, 'episode')
    if (typeof outcome === 'number') expect(result.ok && result.value.turns.length).toBe(outcome)
    else expect(!result.ok && formatIssue(result.issues[0]!)).toMatch(outcome)
  })
})

describe('a plain-text file has one title, the same in the app and the CLI', () => {
  const TURNS = '진행자 - 어서 오세요.\n손님 - 반갑습니다.\n'
  test.each([
    [
      'a short first context line is the title',
      `아폴로 11호 교신 기록\n${TURNS}`,
      '아폴로 11호 교신 기록',
    ],
    ['without context, the file name', TURNS, 'Apollo 11 day 1'],
    ['a stage direction is no title', `[Intro music]\n${TURNS}`, 'Apollo 11 day 1'],
    [
      'a long background paragraph is no title',
      `${'배경 설명입니다. '.repeat(10)}\n${TURNS}`,
      'Apollo 11 day 1',
    ],
  ])('%s', (_name, text, title) => {
    const result = parseAnyTranscript(text, 'Apollo 11 day 1.txt')
    expect(result.ok && result.value.title).toBe(title)
  })
})

test('plain text without section markers has no sections, so no "Lead-in" over every turn', () => {
  const result = parseAnyTranscript('진행자 - 어서 오세요.\n손님 - 반갑습니다.\n', 'x.txt')
  expect(result.ok && result.value.sections).toBeUndefined()
  expect(result.ok && result.value.turns.map((turn) => turn.section)).toEqual([
    undefined,
    undefined,
  ])
})
