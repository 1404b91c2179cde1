import {
  ENTITY_TYPES,
  HTTP_URL,
  ISO_DATE,
  LANGUAGE_TAG,
  MAX_SPEAKER_LENGTH,
  SLUG,
  SPEAKER_ROLES,
  TRANSCRIPT_FORMAT,
  TRANSCRIPT_VERSION,
  TURN_ID,
} from './transcript-rules.ts'
import type { Transcript } from './transcript-schema.ts'

// The first view's cheap shape check: TranscriptSchema mirrored field by field with the same rules
// (transcript-rules.ts) but without the schema library, so that a file it accepts and
// checkReferences passes is one the full validator accepts too. A property test
// (test/core/renderable-shape.test.ts) holds the two together.

type Guard = (value: unknown) => boolean

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
const matches =
  (pattern: RegExp): Guard =>
  (v) =>
    typeof v === 'string' && pattern.test(v)
const text =
  (min = 0, max = Infinity): Guard =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max
const oneOf =
  (values: readonly unknown[]): Guard =>
  (v) =>
    values.includes(v)
const optional =
  (guard: Guard): Guard =>
  (v) =>
    v === undefined || guard(v)
// Written as loops: this runs on every turn of a 10,000-turn file before the first paint. Holes
// in an array read as undefined, as in the schema.
function list(guard: Guard, min = 0): Guard {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return false
    for (let i = 0; i < v.length; i++) if (!guard(v[i])) return false
    return true
  }
}

function object(fields: Record<string, Guard>): Guard {
  const checks = Object.entries(fields)
  return (v) => {
    if (!isRecord(v)) return false
    for (const [key, guard] of checks) if (!guard(v[key])) return false
    return true
  }
}

const slug = matches(SLUG)
const nonEmpty = text(1)
// The schema's record skips a `__proto__` key, which JSON.parse can produce as an own key.
const localized: Guard = (v) =>
  isRecord(v) &&
  Object.entries(v).every(([k, s]) => k === '__proto__' || (LANGUAGE_TAG.test(k) && nonEmpty(s)))
const url = optional(matches(HTTP_URL))
const count: Guard = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0

const isTranscript = object({
  format: oneOf([TRANSCRIPT_FORMAT]),
  version: oneOf([TRANSCRIPT_VERSION]),
  id: slug,
  title: nonEmpty,
  language: matches(LANGUAGE_TAG),
  category: optional(text()),
  context: optional(list(text())),
  contextNotes: optional(list(text())),
  speakers: list(
    object({
      id: slug,
      name: text(1, MAX_SPEAKER_LENGTH),
      role: oneOf(SPEAKER_ROLES),
      entity: optional(slug),
    }),
    1,
  ),
  sections: optional(list(object({ id: slug, label: nonEmpty }))),
  topics: optional(list(object({ id: slug, label: localized, description: optional(localized) }))),
  entities: optional(
    list(
      object({
        id: slug,
        type: oneOf(ENTITY_TYPES),
        label: localized,
        aliases: optional(list(nonEmpty)),
        description: optional(localized),
        url,
      }),
    ),
  ),
  turns: list(
    object({
      id: matches(TURN_ID),
      speaker: slug,
      section: optional(slug),
      topics: optional(list(slug)),
      paragraphs: list(text(), 1),
      notes: optional(list(text())),
    }),
    1,
  ),
  relatedPosts: optional(
    list(
      object({
        title: nonEmpty,
        date: optional(matches(ISO_DATE)),
        comments: optional(count),
        url,
      }),
    ),
  ),
})

/**
 * True when the data has the shape of format version 1 (PRODUCT §3) in every field the schema
 * checks, so the cheap reference checks can run on it without loading the schema library.
 */
export function hasRenderableShape(data: unknown): data is Transcript {
  return isTranscript(data)
}
