import { expect, test } from 'vitest'
import { describeJsonError } from '#core/json-error-position.ts'
import { parseAnyTranscript } from '#core/parse-any.ts'
import { parseTranscriptText } from '#core/parse-text.ts'
import { formatIssue, type Issue } from '#core/transcript-checks.ts'
import { MAX_TEXTS } from '#core/transcript-size.ts'
import { parseTranscriptJson, validateTranscript } from '#core/validate-transcript.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

// Every issue has a stable code and the values its wording needs, so an interface can say it in
// the reader's language with the same line or path; `message` stays the English the CLI prints.

const seed = readSeedTranscript()

function seedWith(change: (data: Record<string, unknown> & typeof seed) => void): unknown {
  const copy = structuredClone(seed)
  change(copy as Record<string, unknown> & typeof seed)
  return copy
}

function firstIssue(result: { ok: true } | { ok: false; issues: Issue[] }): Issue {
  if (result.ok) throw new Error('expected a problem')
  const [issue] = result.issues
  if (issue === undefined) throw new Error('expected at least one issue')
  return issue
}

const text = (source: string) => firstIssue(parseTranscriptText(source))
const data = (value: unknown) => firstIssue(validateTranscript(value))

test.each<[string, () => Issue, Pick<Issue, 'path' | 'code' | 'params'>]>([
  ['an empty file', () => text(''), { path: 'line 1', code: 'empty-file', params: { line: 1 } }],
  [
    'a file with no turns',
    () => text('배경입니다.\n\n또 배경입니다.'),
    { path: 'line 3', code: 'no-turns', params: { line: 3, max: 40 } },
  ],
  [
    'a turn without text',
    () => text('진행자 - 안녕.\n마크 - '),
    { path: 'line 2', code: 'turn-without-text', params: { line: 2, speaker: '마크' } },
  ],
  [
    'a note that does not close',
    () => text('진행자 - 안녕.\n\n(* 열린 주'),
    { path: 'line 3', code: 'note-not-closed', params: { line: 3 } },
  ],
  [
    'an empty note',
    () => text('진행자 - 안녕.\n(* )'),
    { path: 'line 2', code: 'note-empty', params: { line: 2 } },
  ],
  [
    'a note before anything',
    () => text('(* 주)\n진행자 - 안녕.'),
    { path: 'line 1', code: 'note-without-turn', params: { line: 1 } },
  ],
  [
    'a related post that does not parse',
    () => text("진행자 - 안녕.\n'AI' 카테고리의 다른 글\n제목만"),
    { path: 'line 3', code: 'bad-related-post', params: { line: 3, got: '제목만' } },
  ],
  [
    'a related post on a day that does not exist',
    () => text("진행자 - 안녕.\n'AI' 카테고리의 다른 글\n제목 (0) | 2025.02.30 |"),
    { path: 'line 3', code: 'not-a-date', params: { line: 3, date: '2025.02.30' } },
  ],
  [
    'a related-posts block with no post',
    () => text("진행자 - 안녕.\n'AI' 카테고리의 다른 글"),
    { path: 'line 2', code: 'related-empty', params: { line: 2 } },
  ],
  [
    'JSON with a stray comma',
    () => firstIssue(parseTranscriptJson('{\n  "format": "daedam.transcript",\n  "id": ,\n}')),
    { path: '(json)', code: 'json-syntax', params: { line: 3, column: 9, found: '","' } },
  ],
  [
    'JSON that ends early',
    () => firstIssue(parseTranscriptJson('{\n  "format": "daedam.transcript",\n  "id": "x"')),
    { path: '(json)', code: 'json-ends-early', params: { line: 3, column: 12 } },
  ],
  [
    'not an object',
    () => data([1, 2]),
    { path: '(root)', code: 'not-object', params: { got: '[…]' } },
  ],
  [
    'another format',
    () => data({ format: 'other', version: 1 }),
    {
      path: 'format',
      code: 'wrong-format',
      params: { expected: 'daedam.transcript', got: '"other"' },
    },
  ],
  [
    'a newer version',
    () => data({ ...seed, version: 99 }),
    { path: 'version', code: 'unsupported-version', params: { got: '99', supported: 1 } },
  ],
  [
    'an unknown speaker',
    () => data(seedWith((d) => void (d.turns[11]!.speaker = 'hots'))),
    { path: 'turns[11].speaker', code: 'unknown-speaker', params: { id: 'hots' } },
  ],
  [
    'an unknown section',
    () => data(seedWith((d) => void (d.turns[0]!.section = 'nowhere'))),
    { path: 'turns[0].section', code: 'unknown-section', params: { id: 'nowhere' } },
  ],
  [
    'an unknown topic',
    () => data(seedWith((d) => void (d.turns[2]!.topics = ['weather']))),
    { path: 'turns[2].topics[0]', code: 'unknown-topic', params: { id: 'weather' } },
  ],
  [
    'an unknown entity',
    () => data(seedWith((d) => void (d.speakers[1]!.entity = 'nobody'))),
    { path: 'speakers[1].entity', code: 'unknown-entity', params: { id: 'nobody' } },
  ],
  [
    'a duplicate id',
    () => data(seedWith((d) => void (d.turns[4]!.id = '1'))),
    { path: 'turns[4].id', code: 'duplicate-id', params: { id: '1', first: 'turns[0]' } },
  ],
  [
    'a label without the transcript language',
    () => data(seedWith((d) => void (d.entities![0]!.label = { en: 'X' }))),
    { path: 'entities[0].label', code: 'no-own-language', params: { language: 'ko' } },
  ],
  [
    'a missing field',
    () => data(seedWith((d) => void delete (d as Record<string, unknown>).title)),
    { path: 'title', code: 'missing', params: { expected: 'string' } },
  ],
  [
    'a wrong type',
    () => data(seedWith((d) => void ((d as Record<string, unknown>).turns = 'many'))),
    { path: 'turns', code: 'wrong-type', params: { expected: 'array', got: '"many"' } },
  ],
  [
    'a value not in the list',
    () => data(seedWith((d) => void ((d.speakers[0] as { role: string }).role = 'boss'))),
    {
      path: 'speakers[0].role',
      code: 'not-allowed',
      params: { allowed: '"host", "guest", "other"', got: '"boss"' },
    },
  ],
  [
    'an id that is not URL-safe',
    () => data({ ...seed, id: 'Benioff Davos' }),
    { path: 'id', code: 'not-slug', params: { got: '"Benioff Davos"' } },
  ],
  [
    'a javascript: URL',
    () => data(seedWith((d) => void (d.relatedPosts![0]!.url = 'javascript:alert(1)'))),
    { path: 'relatedPosts[0].url', code: 'not-http-url', params: { got: '"javascript:alert(1)"' } },
  ],
  [
    'an empty title',
    () => data({ ...seed, title: '' }),
    { path: 'title', code: 'empty', params: undefined },
  ],
  [
    'a turn without paragraphs',
    () => data(seedWith((d) => void (d.turns[0]!.paragraphs = []))),
    { path: 'turns[0].paragraphs', code: 'too-few', params: { min: 1 } },
  ],
  [
    'a speaker name over 40 characters',
    () => data(seedWith((d) => void (d.speakers[0]!.name = '가'.repeat(41)))),
    {
      path: 'speakers[0].name',
      code: 'too-long',
      params: { max: 40, got: `"${'가'.repeat(40)}…"` },
    },
  ],
  [
    'more texts than can be shown',
    () =>
      data({
        ...seed,
        turns: [
          {
            id: '1',
            speaker: 'host',
            paragraphs: Array.from({ length: MAX_TEXTS + 1 }, () => 'x'),
          },
        ],
      }),
    { path: 'turns', code: 'too-many-texts', params: { count: MAX_TEXTS + 1, max: MAX_TEXTS } },
  ],
])('%s has a code and the values to word it', (_name, find, expected) => {
  const issue = find()
  expect({ path: issue.path, code: issue.code, params: issue.params }).toEqual(expected)
  expect(issue.message).not.toBe('')
})

test('the English message is unchanged for the CLI', () => {
  expect(formatIssue(data(seedWith((d) => void (d.turns[11]!.speaker = 'hots'))))).toBe(
    'turns[11].speaker: unknown speaker "hots"',
  )
  expect(formatIssue(text('배경입니다.'))).toMatch(/^line 1: no turns found: expected at least one/)
  expect(describeJsonError('{"a": ,}')).toBe('not valid JSON at line 1, column 7: unexpected ","')
})

test('a plain-text file and a JSON file opened in the app carry their codes through', () => {
  expect(firstIssue(parseAnyTranscript('hello', 'hello.txt')).code).toBe('no-turns')
  expect(firstIssue(parseAnyTranscript('{"format": 1', 'x.json')).code).toBe('json-ends-early')
})
