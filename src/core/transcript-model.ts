import { turnOf, type DocumentText, type TextLocation } from './document-texts.ts'
import { buildMentionFinder, type Mention } from './mentions.ts'
import { finish, type Slices } from './slices.ts'
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
  /** The sections that divide the turns: none when every turn is in one (no divider then). */
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

/** Work (characters, plus a little per text) between two pauses of `buildModelSlices`. */
const STEP = 16_384
/** The work a text costs besides its characters. */
const PER_TEXT = 32

/**
 * Builds the explorer's model: NFC-normalised text (shown as is, so offsets stay valid), mentions
 * per text and per entity, lookups and counts. Pausable work (`slices.ts`), so that a page can
 * spread it over many short tasks (PRODUCT §7: no main-thread task over 200 ms): it pauses every
 * few thousand characters, inside a long text too.
 */
export function* buildModelSlices(input: Transcript): Slices<TranscriptModel> {
  const { turns: inputTurns, context, contextNotes, ...rest } = input
  const turns: Transcript['turns'] = []
  const transcript: Transcript = { ...normalizeDeep(rest), turns }
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
  const findMentions = yield* buildMentionFinder(entities)
  const mentionsByEntity = new Map<string, MentionRef[]>(entities.map((e) => [e.id, []]))
  let work = 0
  function* add(location: TextLocation, raw: string, into: number[]): Slices<string> {
    const text = raw.normalize('NFC')
    const index = texts.length
    texts.push({ location, text })
    into.push(index)
    const found = yield* findMentions(text)
    mentions.push(found)
    const turn = turnOf(location)
    for (const mention of found) {
      mentionsByEntity.get(mention.entity)?.push({ ...mention, textIndex: index, turn })
    }
    work += text.length + PER_TEXT
    if (work >= STEP) {
      work = 0
      yield
    }
    return text
  }

  // Reading order, as `listDocumentTexts`: context, its notes, each turn, related-post titles.
  // Texts are normalised one at a time as they are read (a turn may hold a million paragraphs).
  if (context !== undefined) {
    transcript.context = []
    for (const [index, text] of context.entries())
      transcript.context.push(yield* add({ kind: 'context', index }, text, textIndex.context))
  }
  if (contextNotes !== undefined) {
    transcript.contextNotes = []
    for (const [index, text] of contextNotes.entries())
      transcript.contextNotes.push(
        yield* add({ kind: 'context-note', index }, text, textIndex.contextNotes),
      )
  }
  for (const [turnIndex, raw] of inputTurns.entries()) {
    const { paragraphs: rawParagraphs, notes: rawNotes, ...fields } = raw
    const turn: Transcript['turns'][number] = { ...normalizeDeep(fields), paragraphs: [] }
    turns.push(turn)
    const paragraphs: number[] = []
    textIndex.paragraphs.push(paragraphs)
    for (const [index, text] of rawParagraphs.entries())
      turn.paragraphs.push(
        yield* add({ kind: 'paragraph', turn: turnIndex, index }, text, paragraphs),
      )
    const notes: number[] = []
    textIndex.notes.push(notes)
    if (rawNotes !== undefined) {
      turn.notes = []
      for (const [index, text] of rawNotes.entries())
        turn.notes.push(yield* add({ kind: 'note', turn: turnIndex, index }, text, notes))
    }
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
    sections: new Map(
      turns.some((t) => t.section !== turns[0]?.section)
        ? (transcript.sections ?? []).map((s) => [s.id, s])
        : [],
    ),
    topics: new Map((transcript.topics ?? []).map((t) => [t.id, t])),
    entities: new Map(entities.map((e) => [e.id, e])),
    speakerTurnCounts: countBy(turns.map((t) => t.speaker)),
    topicTurnCounts: countBy(turns.flatMap((t) => t.topics ?? [])),
  }
}

/** The model at once, for callers that need not share the thread (the CLI, tests, small files). */
export function buildModel(input: Transcript): TranscriptModel {
  return finish(buildModelSlices(input))
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
