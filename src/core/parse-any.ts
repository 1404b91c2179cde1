import { transcriptFromText } from './build-transcript.ts'
import { slugify } from './slugify.ts'
import type { Validation } from './transcript-checks.ts'
import type { Transcript } from './transcript-schema.ts'
import { parseTranscriptJson } from './validate-transcript.ts'

/** PRODUCT §5.7: a reader's own file, JSON format v1 or the plain-text format, told apart by content. */
export function parseAnyTranscript(
  source: string,
  fileName = 'transcript',
): Validation<Transcript> {
  const text = source.replace(/^\uFEFF/, '')
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseTranscriptJson(text)
  const base = fileName.replace(/\.[^.]*$/, '')
  return transcriptFromText(text, undefined, {
    id: slugify(base) ?? 'transcript',
    title: base || 'Transcript',
  })
}
