import { readFileSync } from 'node:fs'
import type { Transcript } from '#core/transcript-schema.ts'
import { validateTranscript } from '#core/validate-transcript.ts'

export const SEED_ID = 'benioff-davos-2025'

/** The seed transcript the built app serves, validated like the app does, for computing expectations. */
export function readSeed(): Transcript {
  const data: unknown = JSON.parse(readFileSync(`public/data/${SEED_ID}.json`, 'utf8'))
  const result = validateTranscript(data)
  if (!result.ok)
    throw new Error(`the seed JSON is invalid: ${JSON.stringify(result.issues.slice(0, 5))}`)
  return result.value
}
