import { expect, test } from 'vitest'
import { buildModel, buildModelSlices } from '#core/transcript-model.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

function bigTranscript(turns: number): Transcript {
  const seed = readSeedTranscript()
  return {
    ...seed,
    turns: Array.from({ length: turns }, (_, i) => {
      const turn = seed.turns[i % seed.turns.length]!
      return { ...turn, id: String(i + 1) }
    }),
  }
}

function pausesOf<T>(slices: Generator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0
  for (let step = slices.next(); ; step = slices.next(), pauses++)
    if (step.done === true) return { pauses, value: step.value }
}

test('the model is built in bounded slices, with the same result as at once', () => {
  const transcript = bigTranscript(3000)
  const { pauses, value } = pausesOf(buildModelSlices(transcript))
  // Over 400,000 characters of text, with a pause every 16,384 characters or so.
  const chars = transcript.turns.reduce((n, t) => n + t.paragraphs.join('').length, 0)
  expect(chars).toBeGreaterThan(400_000)
  expect(pauses).toBeGreaterThanOrEqual(Math.floor(chars / 20_000))
  const once = buildModel(transcript)
  expect(value.texts).toEqual(once.texts)
  expect(value.mentions).toEqual(once.mentions)
  expect(value.mentionsByEntity).toEqual(once.mentionsByEntity)
  expect(value.textIndex).toEqual(once.textIndex)
  expect(value.transcript).toEqual(once.transcript)
})

test('one huge paragraph and thousands of long aliases are built in many small steps', () => {
  // Issue 15, rows 1 and 2: neither a paragraph of 800,000 characters nor 600 aliases of 200
  // characters may be one step, or the page would freeze while it works.
  const seed = readSeedTranscript()
  const hostile: Transcript = {
    ...seed,
    entities: Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      type: 'concept' as const,
      label: { ko: `e${i}` },
      aliases: [`${'中'.repeat(200)} z${i}`],
    })),
    turns: [{ id: '1', speaker: seed.speakers[0]!.id, paragraphs: ['가('.repeat(400_000)] }],
  }
  const { pauses, value } = pausesOf(buildModelSlices(hostile))
  // 120,000 characters of aliases and 800,000 of text: at least one pause per 16,384 of each.
  expect(pauses).toBeGreaterThanOrEqual(Math.floor(920_000 / 16_384))
  expect(value.texts.find((t) => t.location.kind === 'paragraph')?.text.length).toBe(800_000)
})

test('mentions keep reading order across slices: a short alias counts after its full form', () => {
  const model = buildModel(bigTranscript(3000))
  const larry = model.mentionsByEntity.get('larry-ellison') ?? []
  // The seed repeats 100 times; each repetition has the same mentions as the first.
  const once = buildModel(readSeedTranscript()).mentionsByEntity.get('larry-ellison') ?? []
  expect(larry.length).toBe(once.length * 100)
})

test('text is NFC-normalised, so offsets hold for decomposed input', () => {
  const seed = readSeedTranscript()
  const decomposed = {
    ...seed,
    turns: seed.turns.map((t) => ({
      ...t,
      paragraphs: t.paragraphs.map((p) => p.normalize('NFD')),
    })),
  }
  const model = buildModel(decomposed)
  expect(model.transcript.turns[0]?.paragraphs[0]).toBe(
    seed.turns[0]?.paragraphs[0]?.normalize('NFC'),
  )
  expect(model.mentions).toEqual(buildModel(seed).mentions)
})
