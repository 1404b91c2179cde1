import type { Transcript } from '#core/transcript-schema.ts'
import { repeatTranscript } from '../bench/bench-transcripts.ts'
import { readSeedTranscript } from './seed-files.ts'

// PRODUCT §7 scale: the end-to-end tests also run on the seed stretched to 10,000 turns. The e2e server's
// setup writes it into the built app (dist/data/, never public/); the tests rebuild the same
// transcript to compute what they expect.

export const LARGE_ID = 'large-10000'
export const LARGE_TURN_COUNT = 10_000

/** The published seed (validated) repeated to 10,000 turns with ids "1".."10000". */
export function largeTranscript(): Transcript {
  return repeatTranscript(readSeedTranscript(), LARGE_TURN_COUNT, LARGE_ID)
}
