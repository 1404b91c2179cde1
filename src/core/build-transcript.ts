import { AnnotationsSchema, type Annotations } from './annotations-schema.ts'
import { parseTranscriptText, type ParsedText } from './parse-text.ts'
import { formatPath, type Issue, type Validation } from './transcript-checks.ts'
import { MAX_SPEAKER_LENGTH, TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION } from './transcript-rules.ts'
import { type Section, type Speaker, type Transcript, type Turn } from './transcript-schema.ts'
import { validateTranscript } from './validate-transcript.ts'

export type BuildOptions = {
  /** Used when the annotations give none (the CLI passes the output file's name). */
  id?: string
  title?: string
  language?: string
}

const HANGUL = /[\uAC00-\uD7A3]/

/** A URL- and id-safe slug of ASCII text, or undefined when nothing ASCII is left. */
export function slugify(text: string): string | undefined {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? undefined : slug.slice(0, 64).replace(/-+$/, '')
}

function annotationIssue(path: readonly PropertyKey[], message: string): Issue {
  return { path: `annotations.${formatPath(path)}`, message }
}

/** Checks the shape of an annotations file; its paths start with `annotations.`. */
export function validateAnnotations(data: unknown): Validation<Annotations> {
  const parsed = AnnotationsSchema.safeParse(data)
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    issues: parsed.error.issues
      .slice(0, 50)
      .map((issue) =>
        annotationIssue(
          issue.path,
          issue.message === 'Invalid input' ? `is not valid (${issue.code})` : issue.message,
        ),
      ),
  }
}

/** An error names at most this many known speakers, so a long list never floods the output. */
const MAX_NAMES_SHOWN = 10

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES_SHOWN).join(', ')
  const more = names.length - MAX_NAMES_SHOWN
  return more > 0 ? `${shown}, and ${more} more` : shown
}

function buildSpeakers(parsed: ParsedText, annotations: Annotations | undefined, issues: Issue[]) {
  const byName = new Map<string, Speaker>()
  // A Set, not a list: with one lookup per turn, a list made 150,000 speakers quadratic.
  const names = new Set<string>()
  for (const turn of parsed.turns) names.add(turn.speakerName)

  if (annotations?.speakers !== undefined) {
    const known = new Map(annotations.speakers.map((s) => [s.name, s]))
    const knownNames = listNames([...known.keys()])
    for (const turn of parsed.turns) {
      const speaker = known.get(turn.speakerName)
      if (speaker !== undefined) byName.set(turn.speakerName, speaker)
      else if (!byName.has(turn.speakerName)) {
        issues.push({
          path: `line ${turn.line}`,
          message: `speaker "${turn.speakerName}" is not in the annotations (known: ${knownNames})`,
        })
      }
    }
    return { byName, speakers: annotations.speakers }
  }

  const used = new Set<string>()
  Array.from(names).forEach((name, index) => {
    let id = slugify(name) ?? `speaker-${index + 1}`
    while (used.has(id)) id = `${id}-${index + 1}`
    used.add(id)
    byName.set(name, { id, name: name.slice(0, MAX_SPEAKER_LENGTH), role: 'other' })
  })
  return { byName, speakers: [...byName.values()] }
}

function buildSections(parsed: ParsedText, annotations: Annotations | undefined, language: string) {
  const annotated = annotations?.sections ?? []
  const leadIn = annotated.find((s) => s.id === 'lead-in')
  // Annotated sections by label, in order: each marker takes the first whose id is still free
  // (one pass over each list, however many sections there are).
  const byLabel = new Map<string, { list: Section[]; next: number }>()
  for (const s of annotated) {
    const entry = byLabel.get(s.label) ?? { list: [], next: 0 }
    entry.list.push(s)
    byLabel.set(s.label, entry)
  }
  const used = new Set<string>()
  const takeByLabel = (label: string): Section | undefined => {
    const entry = byLabel.get(label)
    if (entry === undefined) return undefined
    // `used` only grows, so a section passed over here is never free again.
    while (entry.next < entry.list.length && used.has(entry.list[entry.next]?.id ?? ''))
      entry.next++
    return entry.list[entry.next]
  }
  return parsed.sections.map((section, index): Section => {
    const match = index === 0 ? leadIn : takeByLabel(section.label)
    const id = match?.id ?? (index === 0 ? 'lead-in' : `section-${index}`)
    used.add(id)
    const label =
      match?.label ?? (index === 0 ? (language === 'ko' ? '도입' : 'Lead-in') : section.label)
    return { id, label }
  })
}

/**
 * "5-10" → the indices of turns "5" … "10" in the turns' order, as [first, last]; a single id
 * stands for itself. Undefined for an unknown id or a range that runs backwards.
 */
function resolveTurnRange(
  range: string,
  turnIndex: ReadonlyMap<string, number>,
): [number, number] | undefined {
  const single = turnIndex.get(range)
  if (single !== undefined) return [single, single]
  const dash = range.indexOf('-')
  if (dash < 0) return undefined
  const from = turnIndex.get(range.slice(0, dash))
  const to = turnIndex.get(range.slice(dash + 1))
  if (from === undefined || to === undefined || to < from) return undefined
  return [from, to]
}

/** Ranges of turn indices, sorted and merged where they overlap or touch. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [from, to] of ranges) {
    const last = merged.at(-1)
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

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
  const sections = buildSections(parsed, annotations, language)
  const turnIds = parsed.turns.map((_, index) => String(index + 1))
  const turnIndex = new Map(turnIds.map((id, index) => [id, index]))

  // Each topic's ranges are merged first, so the work is the number of (turn, topic) pairs
  // however the ranges repeat or overlap; `tagged` keeps a topic id listed once per turn.
  const topicsByTurn = new Map<number, string[]>()
  const tagged = new Map<string, Set<number>>()
  annotations?.topics?.forEach((topic, i) => {
    const ranges: [number, number][] = []
    topic.turns.forEach((range, j) => {
      const resolved = resolveTurnRange(range, turnIndex)
      if (resolved !== undefined) ranges.push(resolved)
      else {
        issues.push(
          annotationIssue(
            ['topics', i, 'turns', j],
            `unknown turn "${range}" (the text has turns ${turnIds[0] ?? '–'}–${turnIds.at(-1) ?? '–'})`,
          ),
        )
      }
    })
    const done = tagged.get(topic.id) ?? new Set<number>()
    tagged.set(topic.id, done)
    for (const [from, to] of mergeRanges(ranges)) {
      for (let turn = from; turn <= to; turn++) {
        if (done.has(turn)) continue
        done.add(turn)
        const list = topicsByTurn.get(turn) ?? []
        list.push(topic.id)
        topicsByTurn.set(turn, list)
      }
    }
  })

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
    return {
      id,
      speaker: byName.get(turn.speakerName)?.id ?? turn.speakerName,
      section: sections[turn.section]?.id,
      ...(topics ? { topics } : {}),
      paragraphs: turn.paragraphs,
      ...(turn.notes.length > 0 ? { notes: turn.notes } : {}),
    }
  })
  if (issues.length > 0) return { ok: false, issues }

  const title =
    annotations?.title ??
    options.title ??
    parsed.context[0]?.slice(0, 80) ??
    options.id ??
    'Transcript'
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
    sections: sections.filter((_, index) => usedSections.has(index)),
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
