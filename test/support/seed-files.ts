import { readFileSync } from 'node:fs'
import { transcriptFromText } from '#core/build-transcript.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { validateTranscript } from '#core/validate-transcript.ts'

export const SEED_ID = 'benioff-davos-2025'
export const SEED_TEXT_PATH = 'src/content/benioff-davos-2025.txt'
export const SEED_ANNOTATIONS_PATH = 'src/content/benioff-davos-2025.annotations.json'
export const SEED_JSON_PATH = 'public/data/benioff-davos-2025.json'

export function readSeedText(): string {
  return readFileSync(SEED_TEXT_PATH, 'utf8')
}

export function readSeedAnnotations(): unknown {
  return JSON.parse(readFileSync(SEED_ANNOTATIONS_PATH, 'utf8'))
}

/** The published seed transcript, validated (never cast). */
export function readSeedTranscript(): Transcript {
  const result = validateTranscript(JSON.parse(readFileSync(SEED_JSON_PATH, 'utf8')))
  if (!result.ok) throw new Error(`the published seed is invalid: ${JSON.stringify(result.issues)}`)
  return result.value
}

/** The seed as the ingest builds it from the files in the repo. */
export function buildSeedTranscript(): Transcript {
  const result = transcriptFromText(readSeedText(), readSeedAnnotations(), {
    id: 'benioff-davos-2025',
  })
  if (!result.ok) throw new Error(`the seed does not build: ${JSON.stringify(result.issues)}`)
  return result.value
}
