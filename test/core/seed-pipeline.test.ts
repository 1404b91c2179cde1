import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { splitLines } from '#core/parse-text.ts'
import { transcriptJsonSchema } from '#core/transcript-json-schema.ts'
import { buildModel } from '#core/transcript-model.ts'
import { reportTranscript } from '#core/transcript-report.ts'
import {
  buildSeedTranscript,
  readSeedText,
  readSeedTranscript,
  SEED_JSON_PATH,
} from '../support/seed-files.ts'

const REQUIRED_ENTITIES = [
  'marc-benioff',
  'larry-ellison',
  'ellison-institutes',
  'masayoshi-son',
  'elon-musk',
  'sam-altman',
  'mustafa-suleyman',
  'satya-nadella',
  'donald-trump',
  'klaus-schwab',
  'dario-amodei',
  'alexandr-wang',
  'salesforce',
  'microsoft',
  'openai',
  'anthropic',
  'cerner',
  'grail',
  'gartner',
  'world-economic-forum',
  'scale-ai',
  'stargate',
  'copilot',
  'chatgpt',
  'azure',
  'clippy',
  'agi',
  'ai-agents',
  'trillion-tree-initiative',
  'davos',
  'white-house',
  'united-states',
]

const TOPIC_TURNS: [string, number, number][] = [
  ['stargate-healthcare', 1, 4],
  ['microsoft-openai', 5, 10],
  ['politics', 11, 14],
  ['big-tech-washington', 15, 18],
  ['davos-esg', 19, 22],
  ['ai-agents', 23, 30],
]

describe('the published seed', () => {
  const published = readSeedTranscript()

  test('is exactly what the ingest builds from the files in the repo (not stale, not hand-edited)', () => {
    const built = `${JSON.stringify(buildSeedTranscript(), null, 2)}\n`
    expect(readFileSync(SEED_JSON_PATH, 'utf8')).toBe(built)
  })

  test('keeps every character of turns, notes, context and related-post titles, in order', () => {
    // Rebuild the reading order from the source file itself and compare it with the JSON's.
    const expected: string[] = []
    for (const raw of splitLines(readSeedText())) {
      const line = raw.trim()
      if (
        line === '' ||
        /^-- .* --$/.test(line) ||
        /카테고리의 다른 글$/.test(line) ||
        /^[-|]+$/.test(line)
      )
        continue
      const post = /^(.*) \(\d+\) \| \d{4}\.\d{2}\.\d{2} \|$/.exec(line)
      const note = /^\(\* ?(.*)\)$/.exec(line)
      const turn = /^(진행자|마크 베니오프) - (.*)$/.exec(line)
      expected.push(post?.[1] ?? note?.[1] ?? turn?.[2] ?? line)
    }
    const actual = [
      ...(published.context ?? []),
      ...published.turns.flatMap((t) => [...t.paragraphs, ...(t.notes ?? [])]),
      ...(published.relatedPosts ?? []).map((p) => p.title),
    ]
    expect(actual).toEqual(expected)
    expect(actual.join('').length).toBe(expected.join('').length)
  })

  test('has turn ids "1" to "30" and the host and Benioff as speakers', () => {
    expect(published.turns.map((t) => t.id)).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i + 1)),
    )
    expect(published.speakers.map((s) => [s.id, s.role])).toEqual([
      ['host', 'host'],
      ['marc-benioff', 'guest'],
    ])
  })

  test('puts turn 1 in the lead-in and the rest in the interview', () => {
    expect(published.sections?.map((s) => s.id)).toEqual(['lead-in', 'interview'])
    expect(published.turns[0]?.section).toBe('lead-in')
    expect(published.turns.slice(1).every((t) => t.section === 'interview')).toBe(true)
  })

  test.each(TOPIC_TURNS)('topic %s covers turns %i–%i', (topic, from, to) => {
    const covered = published.turns
      .filter((t) => t.topics?.includes(topic))
      .map((t) => Number(t.id))
    expect(covered).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i))
  })

  test('defines every entity PRODUCT §4 requires, each with Korean and English labels and descriptions', () => {
    const entities = new Map(published.entities?.map((e) => [e.id, e]))
    for (const id of REQUIRED_ENTITIES) {
      const entity = entities.get(id)
      expect(entity, id).toBeDefined()
      expect(entity?.label.ko && entity.label.en, id).toBeTruthy()
      expect(entity?.description?.ko && entity.description.en, id).toBeTruthy()
    }
  })

  test('mentions every defined entity at least once, with no ingest warnings', () => {
    const report = reportTranscript(published)
    expect(report.mentionsByEntity.filter((e) => e.mentions === 0)).toEqual([])
    expect(report.warnings).toEqual([])
  })

  test('marks Larry Ellison only in turns 2 and 4, and 엘리슨 연구소 as Ellison Institutes', () => {
    const model = buildModel(published)
    const turnsOf = (entity: string) => [
      ...new Set(model.mentionsByEntity.get(entity)?.map((m) => published.turns[m.turn ?? -1]?.id)),
    ]
    expect(turnsOf('larry-ellison')).toEqual(['2', '4'])
    const institutes = model.mentionsByEntity.get('ellison-institutes') ?? []
    expect(institutes.map((m) => model.texts[m.textIndex]?.text.slice(m.start, m.end))).toEqual([
      '엘리슨 연구소(Ellison Institutes)',
    ])
  })

  test('never counts 미국인 as the United States', () => {
    const model = buildModel(published)
    for (const m of model.mentionsByEntity.get('united-states') ?? []) {
      const text = model.texts[m.textIndex]?.text ?? ''
      expect(text.slice(m.start, m.end + 1)).not.toBe('미국인')
    }
    expect(model.mentionsByEntity.get('united-states')?.length).toBeGreaterThan(0)
  })
})

test('the published JSON Schema is the one generated from the validator', () => {
  const published = readFileSync('public/schema/transcript-v1.schema.json', 'utf8')
  expect(published).toBe(`${JSON.stringify(transcriptJsonSchema(), null, 2)}\n`)
})
