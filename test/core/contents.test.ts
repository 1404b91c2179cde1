import { expect, test } from 'vitest'
import { listContents } from '#core/contents.ts'
import { deriveView } from '#core/derive-view.ts'
import { EMPTY_FILTERS } from '#core/filters.ts'
import { buildModel } from '#core/transcript-model.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { NO_STEP } from '#core/view-steps.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

const seed = readSeedTranscript()

/** The entries as "id first–last (count)", with turn ids. */
function entriesOf(transcript: Transcript, which: 'sections' | 'topics'): string[] {
  const { turns } = transcript
  return listContents(buildModel(transcript))[which].map(
    (e) => `${e.id} ${turns[e.first]?.id}–${turns[e.last]?.id} (${e.count})`,
  )
}

/** A plain transcript: `turns` turns by one speaker, each in the section `sectionOf` gives. */
function transcriptOf(turns: number, sectionOf: (index: number) => string | undefined) {
  const sections = new Set(Array.from({ length: turns }, (_, i) => sectionOf(i)))
  return {
    format: 'daedam.transcript',
    version: 1,
    id: 'sample',
    title: 'Sample',
    language: 'en',
    speakers: [{ id: 'a', name: 'A', role: 'host' }],
    sections: [...sections].flatMap((id) =>
      id === undefined ? [] : [{ id, label: `Part ${id}` }],
    ),
    turns: Array.from({ length: turns }, (_, i) => {
      const section = sectionOf(i)
      return {
        id: String(i + 1),
        speaker: 'a',
        paragraphs: ['Hello.'],
        ...(section ? { section } : {}),
      }
    }),
  } satisfies Transcript
}

test("the seed's contents: its two sections and six topics, with turn ranges and counts", () => {
  expect(entriesOf(seed, 'sections')).toEqual(['lead-in 1–1 (1)', 'interview 2–30 (29)'])
  expect(entriesOf(seed, 'topics')).toEqual([
    'stargate-healthcare 1–4 (4)',
    'microsoft-openai 5–10 (6)',
    'politics 11–14 (4)',
    'big-tech-washington 15–18 (4)',
    'davos-esg 19–22 (4)',
    'ai-agents 23–30 (8)',
  ])
})

test('11,264 turns in six parts are six entries, not a list of turns', () => {
  const parts = [1, 1900, 2100, 1700, 2500, 3063] // sizes, 11,264 turns in all
  const starts = parts.map((_, i) => parts.slice(0, i).reduce((a, b) => a + b, 0))
  const transcript = transcriptOf(11_264, (i) => String(starts.findLastIndex((s) => s <= i) + 1))
  expect(entriesOf(transcript, 'sections')).toEqual([
    '1 1–1 (1)',
    '2 2–1901 (1900)',
    '3 1902–4001 (2100)',
    '4 4002–5701 (1700)',
    '5 5702–8201 (2500)',
    '6 8202–11264 (3063)',
  ])
})

/** The turn ids the section dividers stand above, with no filters. */
function dividersOf(transcript: Transcript): string[] {
  const view = deriveView(buildModel(transcript), {
    filters: EMPTY_FILTERS,
    linkedTurnId: undefined,
    search: undefined,
    mentionStep: NO_STEP,
    hitStep: NO_STEP,
  })
  return view.items.filter((item) => item.section !== undefined).map((item) => item.turnId)
}

test('turns all in one section have no sections to list, and no divider opens them', () => {
  const transcript = transcriptOf(5, () => 'lead-in')
  expect(entriesOf(transcript, 'sections')).toEqual([])
  expect(dividersOf(transcript)).toEqual([])
  expect(dividersOf(seed)).toEqual(['1', '2'])
})

test('a section that comes back after another is listed again, as its dividers show it', () => {
  const transcript = transcriptOf(6, (i) => (i < 2 ? 'x' : i < 4 ? 'y' : 'x'))
  expect(entriesOf(transcript, 'sections')).toEqual(['x 1–2 (2)', 'y 3–4 (2)', 'x 5–6 (2)'])
  expect(dividersOf(transcript)).toEqual(['1', '3', '5'])
})

test('turns before the first section are in no entry, and the first divider opens that section', () => {
  const transcript = transcriptOf(4, (i) => (i < 2 ? undefined : 'q'))
  expect(entriesOf(transcript, 'sections')).toEqual(['q 3–4 (2)'])
  expect(dividersOf(transcript)).toEqual(['3'])
})

test('a topic spread over the transcript is listed once, from its first to its last turn', () => {
  const transcript: Transcript = {
    ...seed,
    turns: seed.turns.map((turn, i) => ({ ...turn, topics: i % 10 === 0 ? ['politics'] : [] })),
  }
  expect(entriesOf(transcript, 'topics')).toEqual(['politics 1–21 (3)'])
})
