import * as z from 'zod/mini'
import {
  EntitySchema,
  LocalizedTextSchema,
  SectionSchema,
  SpeakerSchema,
} from './transcript-schema.ts'

// What an editor writes beside the plain text (PRODUCT §6): everything the text itself cannot say.
// Speakers are matched to the text by `name`, sections by `label` (the lead-in by id `lead-in`),
// and topics list the turns they cover, as ids ("7") or inclusive ranges ("5-10").

export const AnnotatedTopicSchema = z.object({
  id: z.string(),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  turns: z.array(
    z
      .string()
      .check(
        z.regex(/^[A-Za-z0-9._]+(?:-[A-Za-z0-9._]+)?$/, 'must be a turn id or a range "5-10"'),
      ),
  ),
})

export const AnnotationsSchema = z.object({
  id: z.optional(z.string()),
  title: z.optional(z.string()),
  language: z.optional(z.string()),
  speakers: z.optional(z.array(SpeakerSchema)),
  sections: z.optional(z.array(SectionSchema)),
  topics: z.optional(z.array(AnnotatedTopicSchema)),
  entities: z.optional(z.array(EntitySchema)),
  relatedPosts: z.optional(z.array(z.object({ title: z.string(), url: z.string() }))),
})

export type Annotations = z.infer<typeof AnnotationsSchema>
