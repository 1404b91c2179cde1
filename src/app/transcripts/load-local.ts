import type { Transcript } from '#core/transcript-schema.ts'
import { validateTranscript } from '#core/validate-transcript.ts'
import { getLocalTranscript } from './local-store.ts'
import { storeFailureOf } from './store-error.ts'
import { TranscriptError } from './transcript-error.ts'

async function readRecord(id: string) {
  try {
    return await getLocalTranscript(id)
  } catch (cause) {
    // A browser without a store keeps nothing; one that does not answer is a store failure.
    if (storeFailureOf(cause) === 'unavailable') return undefined
    throw new TranscriptError('storage', id, { cause })
  }
}

/** A transcript the reader opened from a file earlier, kept in this browser (loaded on demand). */
export async function loadLocalTranscript(id: string): Promise<Transcript> {
  const record = await readRecord(id)
  if (record === undefined) throw new TranscriptError('missing-local', id)
  // Kept by this browser, perhaps by an older Daedam: checked again, like any file.
  const result = validateTranscript(record.transcript)
  if (!result.ok) throw new TranscriptError('invalid', id, { issues: result.issues })
  return result.value
}
