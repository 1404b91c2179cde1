import { describe, expect, test } from 'vitest'
import { formatIssue } from '#core/transcript-checks.ts'
import { parseTranscriptJson, validateTranscript } from '#core/validate-transcript.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

const seed = readSeedTranscript()

/** The seed with one change applied to a deep copy. */
function seedWith(change: (data: Record<string, unknown> & typeof seed) => void): unknown {
  const copy = structuredClone(seed)
  change(copy as Record<string, unknown> & typeof seed)
  return copy
}

function messagesOf(data: unknown): string[] {
  const result = validateTranscript(data)
  return result.ok ? [] : result.issues.map(formatIssue)
}

test('accepts the seed', () => {
  expect(validateTranscript(seed).ok).toBe(true)
})

test('accepts a minimal transcript with no entities, topics or sections', () => {
  const minimal = {
    format: 'daedam.transcript',
    version: 1,
    id: 'tiny',
    title: 'Tiny',
    language: 'en',
    speakers: [{ id: 'a', name: 'A', role: 'other' }],
    turns: [{ id: '1', speaker: 'a', paragraphs: ['Hello.'] }],
  }
  expect(validateTranscript(minimal)).toMatchObject({ ok: true })
})

describe('names the JSON path of every problem', () => {
  test.each([
    [
      'an unknown speaker',
      (d: typeof seed) => {
        d.turns[11]!.speaker = 'hots'
      },
      'turns[11].speaker: unknown speaker "hots"',
    ],
    [
      'an unknown section',
      (d: typeof seed) => {
        d.turns[0]!.section = 'nowhere'
      },
      'turns[0].section: unknown section "nowhere"',
    ],
    [
      'an unknown topic',
      (d: typeof seed) => {
        d.turns[2]!.topics = ['weather']
      },
      'turns[2].topics[0]: unknown topic "weather"',
    ],
    [
      'an unknown speaker entity',
      (d: typeof seed) => {
        d.speakers[1]!.entity = 'nobody'
      },
      'speakers[1].entity: unknown entity "nobody"',
    ],
    [
      'a duplicate turn id',
      (d: typeof seed) => {
        d.turns[4]!.id = '1'
      },
      'turns[4].id: duplicate id "1" (already used by turns[0])',
    ],
    [
      'a duplicate entity id',
      (d: typeof seed) => {
        d.entities![3]!.id = d.entities![0]!.id
      },
      'entities[3].id: duplicate id',
    ],
    [
      'a missing title',
      (d: Record<string, unknown>) => {
        delete d.title
      },
      'title: is required',
    ],
    [
      'a wrong type',
      (d: Record<string, unknown>) => {
        d.turns = 'many'
      },
      'turns: expected array, got the string "many"',
    ],
    [
      'a bad role',
      (d: typeof seed) => {
        ;(d.speakers[0] as { role: string }).role = 'boss'
      },
      'speakers[0].role: expected "host" or "guest" or "other"',
    ],
    [
      'a javascript: URL',
      (d: typeof seed) => {
        d.relatedPosts![0]!.url = 'javascript:alert(1)'
      },
      'relatedPosts[0].url: must be an http: or https: URL',
    ],
    [
      'a label without the transcript language',
      (d: typeof seed) => {
        d.entities![0]!.label = { en: 'X' }
      },
      'entities[0].label: has no text in the transcript\'s language "ko"',
    ],
    [
      'an id that is not URL-safe',
      (d: Record<string, unknown>) => {
        d.id = 'Benioff Davos'
      },
      'id: must be lower-case letters',
    ],
  ])('%s', (_name, change, expected) => {
    const messages = messagesOf(
      seedWith(change as (d: Record<string, unknown> & typeof seed) => void),
    )
    expect(
      messages.some((m) => m.startsWith(expected)),
      messages.join('\n'),
    ).toBe(true)
  })
})

test('tells a foreign file from a newer version', () => {
  expect(messagesOf({ format: 'other', version: 1 })[0]).toMatch(
    /^format: expected "daedam.transcript"/,
  )
  expect(messagesOf({ ...seed, version: 99 })[0]).toBe(
    'version: unsupported version number 99: this Daedam reads version 1',
  )
  expect(messagesOf([1, 2])[0]).toMatch(/^\(root\): expected a transcript object, got an array/)
})

test('reports broken JSON with its line and column', () => {
  const result = parseTranscriptJson('{\n  "format": "daedam.transcript",\n  "version": 1,,\n}')
  expect(result.ok).toBe(false)
  expect(!result.ok && result.issues[0]?.message).toMatch(/^not valid JSON at line 3, column \d+/)
})

test('caps the number of reported problems for hostile input', () => {
  const turns = Array.from({ length: 5000 }, (_, i) => ({
    id: `t${i}`,
    speaker: 'ghost',
    paragraphs: ['x'],
  }))
  const result = validateTranscript({ ...seed, turns })
  expect(!result.ok && result.issues.length).toBe(200)
})

test('a transcript of more paragraphs than can be shown is refused at once, naming how many', () => {
  const turns = [{ id: '1', speaker: 'a', paragraphs: Array.from({ length: 200_001 }, () => 'x') }]
  const big = {
    format: 'daedam.transcript',
    version: 1,
    id: 'big',
    title: 'Big',
    language: 'en',
    speakers: [{ id: 'a', name: 'A', role: 'guest' }],
    turns,
  }
  const started = performance.now()
  const result = validateTranscript(big)
  expect(performance.now() - started).toBeLessThan(1000)
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.issues).toEqual([
    {
      path: 'turns',
      code: 'too-many-texts',
      params: { count: 200_001, max: 200_000 },
      message: expect.stringContaining('200,001 paragraphs and notes'),
    },
  ])
  // One fewer is within the limit.
  turns[0]!.paragraphs.pop()
  expect(validateTranscript(big).ok).toBe(true)
})
