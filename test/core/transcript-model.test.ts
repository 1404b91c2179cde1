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

test('the model is built in bounded slices, reporting progress, with the same result as at once', () => {
  const transcript = bigTranscript(3000)
  const slices = buildModelSlices(transcript)
  const progress: number[] = []
  let step = slices.next()
  while (!step.done) {
    progress.push(step.value)
    step = slices.next()
  }
  // Over 400,000 characters of text, in slices of at most about 100,000.
  const chars = transcript.turns.reduce((n, t) => n + t.paragraphs.join('').length, 0)
  expect(chars).toBeGreaterThan(400_000)
  expect(progress.length).toBeGreaterThanOrEqual(Math.floor(chars / 110_000))
  expect(progress).toEqual([...progress].sort((a, b) => a - b))
  expect(progress.every((share) => share >= 0 && share <= 1)).toBe(true)
  const once = buildModel(transcript)
  expect(step.value.texts).toEqual(once.texts)
  expect(step.value.mentions).toEqual(once.mentions)
  expect(step.value.mentionsByEntity).toEqual(once.mentionsByEntity)
  expect(step.value.textIndex).toEqual(once.textIndex)
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
