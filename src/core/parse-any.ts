import { transcriptFromText } from './build-transcript.ts'
import { slugify } from './slugify.ts'
import type { Validation } from './transcript-checks.ts'
import type { Transcript } from './transcript-schema.ts'
import { parseTranscriptJson } from './validate-transcript.ts'

type Format = 'json' | 'text'

/** PRODUCT §2b: the file's extension decides first; its content only when the extension says nothing. */
const FORMAT_BY_EXTENSION = new Map<string, Format>([
  ['json', 'json'],
  ['txt', 'text'],
  ['text', 'text'],
])

/**
 * The format of a file with an unknown extension, from its first character: `{` opens JSON. A
 * `[` opens JSON only if the whole file parses as JSON, since a text transcript may begin with
 * `[Intro music]` or `[00:00:12]` (and a top-level array is never a transcript anyway).
 */
function sniffFormat(text: string): Format {
  const first = text.trimStart()[0]
  if (first === '{') return 'json'
  if (first !== '[') return 'text'
  try {
    JSON.parse(text)
    return 'json'
  } catch {
    return 'text'
  }
}

/** The file's name without its extension, and the extension in lower case ('' when none). */
function splitName(fileName: string): { base: string; extension: string } {
  const dot = fileName.lastIndexOf('.')
  if (dot <= 0) return { base: fileName, extension: '' }
  return { base: fileName.slice(0, dot), extension: fileName.slice(dot + 1).toLowerCase() }
}

/**
 * PRODUCT §5.7: a reader's own file, JSON format v1 or the plain-text format: `.json` is JSON and
 * `.txt` is text whatever it starts with; other files are told apart by content.
 */
export function parseAnyTranscript(
  source: string,
  fileName = 'transcript',
): Validation<Transcript> {
  const text = source.replace(/^\uFEFF/, '')
  const { base, extension } = splitName(fileName)
  const format = FORMAT_BY_EXTENSION.get(extension) ?? sniffFormat(text)
  if (format === 'json') return parseTranscriptJson(text)
  return transcriptFromText(text, undefined, { id: slugify(base) ?? 'transcript', fileName })
}
