import { turnOf, type DocumentText, type TextLocation } from './document-texts.ts'
import { createMentionFinder, type Mention } from './mentions.ts'
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

/** Text (in characters) worked through between two yields of `buildModelSlices`. */
const SLICE_CHARS = 100_000
/** Texts worked through between two yields, however short they are. */
const SLICE_TEXTS = 5_000

/**
 * Builds the explorer's model: NFC-normalised text (shown as is, so offsets stay valid), mentions
 * per text and per entity, lookups and counts. A generator, so that a page can spread the work
 * over many short tasks (PRODUCT §7: no main-thread task over 200 ms): it yields the share of the
 * text done so far (0 to 1) after each bounded slice, and returns the model.
 */
export function* buildModelSlices(input: Transcript): Generator<number, TranscriptModel> {
  const { turns: inputTurns, ...rest } = input
  const head = normalizeDeep({ ...rest, turns: [] as Transcript['turns'] })
  const turns: Transcript['turns'] = []
  const transcript: Transcript = { ...head, turns }
  const texts: DocumentText[] = []
  const textIndex: TextIndex = {
    context: [],
    contextNotes: [],
    paragraphs: [],
    notes: [],
    related: [],
  }
  const mentions: Mention[][] = []
  const entities = transcript.entities ?? []
  const findMentions = createMentionFinder(entities)
  const mentionsByEntity = new Map<string, MentionRef[]>(entities.map((e) => [e.id, []]))
  const total = Math.max(1, inputTurns.length)
  let sliceChars = 0
  let sliceTexts = 0
  function* add(location: TextLocation, text: string, into: number[]): Generator<number> {
    const index = texts.length
    texts.push({ location, text })
    into.push(index)
    const found = findMentions(text)
    mentions.push(found)
    const turn = turnOf(location)
    for (const mention of found) {
      mentionsByEntity.get(mention.entity)?.push({ ...mention, textIndex: index, turn })
    }
    sliceChars += text.length
    sliceTexts += 1
    if (sliceChars >= SLICE_CHARS || sliceTexts >= SLICE_TEXTS) {
      sliceChars = 0
      sliceTexts = 0
      yield turns.length / total
    }
  }

  // Reading order, as `listDocumentTexts`: context, its notes, each turn, related-post titles.
  for (const [index, text] of (transcript.context ?? []).entries())
    yield* add({ kind: 'context', index }, text, textIndex.context)
  for (const [index, text] of (transcript.contextNotes ?? []).entries())
    yield* add({ kind: 'context-note', index }, text, textIndex.contextNotes)
  for (const [turnIndex, raw] of inputTurns.entries()) {
    const turn = normalizeDeep(raw)
    turns.push(turn)
    const paragraphs: number[] = []
    const notes: number[] = []
    textIndex.paragraphs.push(paragraphs)
    textIndex.notes.push(notes)
    for (const [index, text] of turn.paragraphs.entries())
      yield* add({ kind: 'paragraph', turn: turnIndex, index }, text, paragraphs)
    for (const [index, text] of (turn.notes ?? []).entries())
      yield* add({ kind: 'note', turn: turnIndex, index }, text, notes)
  }
  for (const [index, post] of (transcript.relatedPosts ?? []).entries())
    yield* add({ kind: 'related', index }, post.title, textIndex.related)

  return {
    transcript,
    texts,
    textIndex,
    mentions,
    mentionsByEntity,
    turnIndexById: new Map(turns.map((t, i) => [t.id, i])),
    speakers: new Map(transcript.speakers.map((s) => [s.id, s])),
    sections: new Map((transcript.sections ?? []).map((s) => [s.id, s])),
    topics: new Map((transcript.topics ?? []).map((t) => [t.id, t])),
    entities: new Map(entities.map((e) => [e.id, e])),
    speakerTurnCounts: countBy(turns.map((t) => t.speaker)),
    topicTurnCounts: countBy(turns.flatMap((t) => t.topics ?? [])),
  }
}

/** The model at once, for callers that need not share the thread (the CLI, tests, small files). */
export function buildModel(input: Transcript): TranscriptModel {
  const slices = buildModelSlices(input)
  for (let step = slices.next(); ; step = slices.next()) if (step.done) return step.value
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
