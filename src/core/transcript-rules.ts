// PRODUCT §3's rules as plain values, with no schema library. The schema (transcript-schema.ts)
// and the first view's cheap guard (transcript-checks.ts) both read them from here.

export const TRANSCRIPT_FORMAT = 'daedam.transcript'
export const TRANSCRIPT_VERSION = 1

export const ENTITY_TYPES = [
  'person',
  'organization',
  'product',
  'place',
  'event',
  'concept',
] as const

export const SPEAKER_ROLES = ['host', 'guest', 'other'] as const

/** PRODUCT §2: a speaker's name is at most 40 characters, in the text format and in the JSON. */
export const MAX_SPEAKER_LENGTH = 40

/** Ids of speakers, sections, topics, entities and transcripts: `larry-ellison`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// Turn ids appear in URLs (`/t/17`) and element ids (`turn-17`): keep them URL- and id-safe.
export const TURN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** BCP 47, as used in `language` and as the keys of localised text. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** PRODUCT §3: links only to http: and https: addresses. */
export const HTTP_URL = /^https?:\/\/\S+$/i
