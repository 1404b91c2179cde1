import { listDocumentTexts, turnOf, type DocumentText } from './document-texts.ts'
import { findMentionsInDocument, type Mention } from './mentions.ts'
import type { Entity, Section, Speaker, Topic, Transcript } from './transcript-schema.ts'

/** One mention in reading order, with where it stands. `turn` is a turn index, or undefined outside turns. */
export type MentionRef = Mention & { textIndex: number; turn: number | undefined }

/** Where each displayed text sits in the flat list of document texts. */
export type TextIndex = {
  context: number[]
  contextNotes: number[]
  paragraphs: number[][]
  notes: number[][]
  related: number[]
}

/** Everything the explorer derives from a transcript, computed once per transcript (PRODUCT §7). */
export type TranscriptModel = {
  transcript: Transcript
  texts: DocumentText[]
  textIndex: TextIndex
  /** Mentions per text, same indexing as `texts`. */
  mentions: Mention[][]
  mentionsByEntity: Map<string, MentionRef[]>
  turnIndexById: Map<string, number>
  speakers: Map<string, Speaker>
  sections: Map<string, Section>
  topics: Map<string, Topic>
  entities: Map<string, Entity>
  speakerTurnCounts: Map<string, number>
  topicTurnCounts: Map<string, number>
}

function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(normalizeDeep) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = normalizeDeep(item)
    return out as T
  }
  return value
}

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

/**
 * Builds the explorer's model: NFC-normalised text (shown as is, so offsets stay valid), mentions
 * per text and per entity, lookups and counts.
 */
export function buildModel(input: Transcript): TranscriptModel {
  const transcript = normalizeDeep(input)
  const texts = listDocumentTexts(transcript)
  const textIndex: TextIndex = {
    context: [],
    contextNotes: [],
    paragraphs: transcript.turns.map(() => []),
    notes: transcript.turns.map(() => []),
    related: [],
  }
  texts.forEach(({ location }, i) => {
    switch (location.kind) {
      case 'context':
        textIndex.context.push(i)
        break
      case 'context-note':
        textIndex.contextNotes.push(i)
        break
      case 'paragraph':
        textIndex.paragraphs[location.turn]?.push(i)
        break
      case 'note':
        textIndex.notes[location.turn]?.push(i)
        break
      case 'related':
        textIndex.related.push(i)
        break
    }
  })

  const entities = transcript.entities ?? []
  const mentions = findMentionsInDocument(
    entities,
    texts.map((t) => t.text),
  )
  const mentionsByEntity = new Map<string, MentionRef[]>(entities.map((e) => [e.id, []]))
  mentions.forEach((list, textIndexValue) => {
    const turn = turnOf(texts[textIndexValue]?.location)
    for (const mention of list) {
      mentionsByEntity.get(mention.entity)?.push({ ...mention, textIndex: textIndexValue, turn })
    }
  })

  return {
    transcript,
    texts,
    textIndex,
    mentions,
    mentionsByEntity,
    turnIndexById: new Map(transcript.turns.map((t, i) => [t.id, i])),
    speakers: new Map(transcript.speakers.map((s) => [s.id, s])),
    sections: new Map((transcript.sections ?? []).map((s) => [s.id, s])),
    topics: new Map((transcript.topics ?? []).map((t) => [t.id, t])),
    entities: new Map(entities.map((e) => [e.id, e])),
    speakerTurnCounts: countBy(transcript.turns.map((t) => t.speaker)),
    topicTurnCounts: countBy(transcript.turns.flatMap((t) => t.topics ?? [])),
  }
}

/**
 * A label in the wanted language, else the transcript's, else any (PRODUCT §3), with the language
 * it is in, so the page can mark it (`lang`) for screen readers and fonts.
 */
export function pickLabel(
  label: Record<string, string> | undefined,
  language: string,
  fallback: string,
): { text: string; lang: string } {
  if (label === undefined) return { text: '', lang: language }
  for (const lang of [language, fallback, ...Object.keys(label)]) {
    const text = label[lang]
    if (text !== undefined) return { text, lang }
  }
  return { text: '', lang: language }
}
