import * as z from 'zod/mini'
import { TranscriptSchema } from './transcript-schema.ts'

/** The JSON Schema of format version 1, generated from the validator's own schema (PRODUCT §3). */
export function transcriptJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(TranscriptSchema, { io: 'input' }),
    title: 'Daedam transcript, format version 1',
    description:
      'References (turn → speaker, section, topics; speaker → entity) must resolve and ids must be unique; `npm run validate` checks these too.',
  }
}
