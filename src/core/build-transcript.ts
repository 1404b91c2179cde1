import type { Annotations } from './annotations-schema.ts'
import { buildSections } from './build-sections.ts'
import { buildSpeakers } from './build-speakers.ts'
import { buildTopicsByTurn } from './build-topics.ts'
import { parseTranscriptText, type ParsedText } from './parse-text.ts'
import { plainTextTitle } from './plain-text-title.ts'
import type { Issue, Validation } from './transcript-checks.ts'
import { TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION } from './transcript-rules.ts'
import { type Transcript, type Turn } from './transcript-schema.ts'
import { annotationIssue, validateAnnotations } from './validate-annotations.ts'
import { validateTranscript } from './validate-transcript.ts'

export type BuildOptions = {
  /** Used when the annotations give none (the CLI passes the output file's name). */
  id?: string
  /** The text file's name, for its title when neither the annotations nor the text give one. */
  fileName?: string
  language?: string
}

const HANGUL = /[\uAC00-\uD7A3]/

/**
 * Merges parsed plain text with its annotations into a format-v1 transcript (PRODUCT §6) and
 * validates the result. Never throws.
 */
export function buildTranscript(
  parsed: ParsedText,
  annotations: Annotations | undefined,
  options: BuildOptions = {},
): Validation<Transcript> {
  const issues: Issue[] = []
  const language =
    annotations?.language ??
    options.language ??
    (parsed.turns.some((t) => HANGUL.test(t.paragraphs[0] ?? '')) ? 'ko' : 'en')
  const { byName, speakers } = buildSpeakers(parsed, annotations, issues)
  // A text without section markers has no sections: one "Lead-in" over every turn divides nothing.
  const sections = parsed.sections.length > 1 ? buildSections(parsed, annotations, language) : []
  const turnIds = parsed.turns.map((_, index) => String(index + 1))
  const topicsByTurn = buildTopicsByTurn(annotations, turnIds, issues)

  const relatedTitles = new Set(parsed.relatedPosts.map((p) => p.title))
  const relatedUrls = new Map<string, string>()
  annotations?.relatedPosts?.forEach((post, i) => {
    if (!relatedTitles.has(post.title)) {
      issues.push(
        annotationIssue(
          ['relatedPosts', i, 'title'],
          `no related post titled "${post.title}" in the text`,
        ),
      )
    }
    relatedUrls.set(post.title, post.url)
  })

  const usedSections = new Set(parsed.turns.map((t) => t.section))
  const turns = parsed.turns.map((turn, index): Turn => {
    const id = turnIds[index] ?? String(index + 1)
    const topics = topicsByTurn.get(index)
    const section = sections[turn.section]?.id
    return {
      id,
      speaker: byName.get(turn.speakerName)?.id ?? turn.speakerName,
      ...(section !== undefined ? { section } : {}),
      ...(topics ? { topics } : {}),
      paragraphs: turn.paragraphs,
      ...(turn.notes.length > 0 ? { notes: turn.notes } : {}),
    }
  })
  if (issues.length > 0) return { ok: false, issues }

  const title = annotations?.title ?? plainTextTitle(parsed.context, options.fileName)
  const transcript: Transcript = {
    format: TRANSCRIPT_FORMAT,
    version: TRANSCRIPT_VERSION,
    id: annotations?.id ?? options.id ?? 'transcript',
    title,
    language,
    ...(parsed.category !== undefined ? { category: parsed.category } : {}),
    ...(parsed.context.length > 0 ? { context: parsed.context } : {}),
    ...(parsed.contextNotes.length > 0 ? { contextNotes: parsed.contextNotes } : {}),
    speakers,
    ...(sections.length > 0
      ? { sections: sections.filter((_, index) => usedSections.has(index)) }
      : {}),
    ...(annotations?.topics
      ? { topics: annotations.topics.map(({ turns: _turns, ...topic }) => topic) }
      : {}),
    ...(annotations?.entities ? { entities: annotations.entities } : {}),
    turns,
    ...(parsed.relatedPosts.length > 0
      ? {
          relatedPosts: parsed.relatedPosts.map((post) => {
            const url = relatedUrls.get(post.title)
            return {
              title: post.title,
              date: post.date,
              comments: post.comments,
              ...(url ? { url } : {}),
            }
          }),
        }
      : {}),
  }
  return validateTranscript(transcript)
}

/** Plain text (and optional annotations data) → validated transcript, as the CLI and the app do it. */
export function transcriptFromText(
  source: string,
  annotationsData?: unknown,
  options: BuildOptions = {},
): Validation<Transcript> {
  let annotations: Annotations | undefined
  if (annotationsData !== undefined) {
    const checked = validateAnnotations(annotationsData)
    if (!checked.ok) return checked
    annotations = checked.value
  }
  const parsed = parseTranscriptText(source)
  if (!parsed.ok) return parsed
  return buildTranscript(parsed.value, annotations, options)
}
