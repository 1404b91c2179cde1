import * as z from 'zod/mini'
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

// PRODUCT §3: the structured transcript, format version 1. Types are inferred from these schemas
// and never written twice; the published JSON Schema is generated from them (`transcriptJsonSchema`).

const slug = z
  .string()
  .check(z.regex(SLUG, 'must be lower-case letters, digits and single hyphens'))

const turnId = z.string().check(z.regex(TURN_ID, 'must be 1–64 letters, digits, ".", "_" or "-"'))

const languageTag = z.regex(LANGUAGE_TAG, 'must be a BCP 47 language tag')

const text = z.string()
const nonEmptyText = z.string().check(z.minLength(1, 'must not be empty'))

/** A text in several languages: language code → text (PRODUCT §3). */
export const LocalizedTextSchema = z.record(z.string().check(languageTag), nonEmptyText)

const httpUrl = z.string().check(z.regex(HTTP_URL, 'must be an http: or https: URL'))

export const SpeakerSchema = z.object({
  id: slug,
  name: nonEmptyText.check(
    z.maxLength(MAX_SPEAKER_LENGTH, `must be at most ${MAX_SPEAKER_LENGTH} characters`),
  ),
  role: z.enum(SPEAKER_ROLES),
  entity: z.optional(slug),
})

export const SectionSchema = z.object({ id: slug, label: nonEmptyText })

export const TopicSchema = z.object({
  id: slug,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
})

export const EntitySchema = z.object({
  id: slug,
  type: z.enum(ENTITY_TYPES),
  label: LocalizedTextSchema,
  aliases: z.optional(z.array(nonEmptyText)),
  description: z.optional(LocalizedTextSchema),
  url: z.optional(httpUrl),
})

export const TurnSchema = z.object({
  id: turnId,
  speaker: slug,
  section: z.optional(slug),
  topics: z.optional(z.array(slug)),
  paragraphs: z.array(text).check(z.minLength(1, 'must hold at least one paragraph')),
  notes: z.optional(z.array(text)),
})

export const RelatedPostSchema = z.object({
  title: nonEmptyText,
  date: z.optional(z.string().check(z.regex(ISO_DATE, 'must be a date YYYY-MM-DD'))),
  comments: z.optional(z.int().check(z.minimum(0, 'must not be negative'))),
  url: z.optional(httpUrl),
})

export const TranscriptSchema = z.object({
  format: z.literal(TRANSCRIPT_FORMAT),
  version: z.literal(TRANSCRIPT_VERSION),
  id: slug,
  title: nonEmptyText,
  language: z.string().check(languageTag),
  category: z.optional(text),
  context: z.optional(z.array(text)),
  /** Translator's notes on the context (a `(* …)` line before the first turn). */
  contextNotes: z.optional(z.array(text)),
  speakers: z.array(SpeakerSchema).check(z.minLength(1, 'must name at least one speaker')),
  sections: z.optional(z.array(SectionSchema)),
  topics: z.optional(z.array(TopicSchema)),
  entities: z.optional(z.array(EntitySchema)),
  turns: z.array(TurnSchema).check(z.minLength(1, 'must hold at least one turn')),
  relatedPosts: z.optional(z.array(RelatedPostSchema)),
})

export type Transcript = z.infer<typeof TranscriptSchema>
export type Speaker = z.infer<typeof SpeakerSchema>
export type Section = z.infer<typeof SectionSchema>
export type Topic = z.infer<typeof TopicSchema>
export type Entity = z.infer<typeof EntitySchema>
export type Turn = z.infer<typeof TurnSchema>
export type RelatedPost = z.infer<typeof RelatedPostSchema>
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
