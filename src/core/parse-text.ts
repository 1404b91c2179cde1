import type { IssueCode } from './issue-code.ts'
import type { Issue, IssueParams, Validation } from './transcript-checks.ts'
import { MAX_SPEAKER_LENGTH } from './transcript-rules.ts'

// PRODUCT §2: the line-oriented plain-text transcript that editors write. Every line is accounted
// for: it becomes part of the result, is a blank separator, or is an error naming its line.

export type ParsedTurn = {
  line: number
  speakerName: string
  /** Index into `sections`; 0 is the lead-in. */
  section: number
  paragraphs: string[]
  notes: string[]
}

export type ParsedSection = { label: string; line?: number }

export type ParsedRelatedPost = { line: number; title: string; comments: number; date: string }

export type ParsedText = {
  context: string[]
  /** Translator's notes that came before the first turn. */
  contextNotes: string[]
  /** `sections[0]` is the lead-in (turns before the first marker); markers follow in order. */
  sections: ParsedSection[]
  turns: ParsedTurn[]
  category?: string
  relatedPosts: ParsedRelatedPost[]
}

const TURN = /^([^\s](?:.*?[^\s])?) -(?: (.*))?$/
const SECTION = /^-- (.*\S.*) --$/
const RELATED_HEADER = /^'(.+)' 카테고리의 다른 글$/
const RELATED_POST = /^(.*\S) \((\d+)\) \| (\d{4})\.(\d{2})\.(\d{2}) \|$/
const RELATED_RULE = /^[-|\s]+$/
const NOTE = "a translator's note"

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** Splits text into lines, accepting a UTF-8 byte-order mark and Windows or old Mac line ends. */
export function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
}

function lineIssue(line: number, code: IssueCode, message: string, params?: IssueParams): Issue {
  return { path: `line ${line}`, code, params: { line, ...params }, message }
}

/**
 * Parses the plain-text transcript format (PRODUCT §2). Never throws; problems come back as
 * issues whose path is `line N`, saying what was expected there.
 */
export function parseTranscriptText(source: string): Validation<ParsedText> {
  const lines = splitLines(source)
  const issues: Issue[] = []
  const result: ParsedText = {
    context: [],
    contextNotes: [],
    sections: [{ label: '' }],
    turns: [],
    relatedPosts: [],
  }
  let inRelated = false
  let relatedHeaderLine = 0

  lines.forEach((raw, index) => {
    const line = index + 1
    const text = raw.trim()
    if (text === '') return
    const turn = result.turns.at(-1)
    const fail = (code: IssueCode, message: string, params?: IssueParams) => {
      issues.push(lineIssue(line, code, message, params))
    }

    if (inRelated) {
      if (RELATED_RULE.test(text)) return
      const post = RELATED_POST.exec(text)
      if (post === null) {
        const got = clip(text)
        const expected = 'a related post "<title> (<comments>) | <YYYY.MM.DD> |"'
        return fail('bad-related-post', `expected ${expected}, got "${got}"`, { got })
      }
      const [, title = '', comments = '', year = '', month = '', day = ''] = post
      if (!isRealDate(Number(year), Number(month), Number(day))) {
        const date = `${year}.${month}.${day}`
        return fail('not-a-date', `"${date}" is not a real date`, { date })
      }
      result.relatedPosts.push({
        line,
        title,
        comments: Number(comments),
        date: `${year}-${month}-${day}`,
      })
      return
    }

    const header = RELATED_HEADER.exec(text)
    if (header !== null) {
      inRelated = true
      relatedHeaderLine = line
      result.category = header[1]
      return
    }

    const section = SECTION.exec(text)
    if (section !== null) {
      result.sections.push({ label: (section[1] ?? '').trim(), line })
      return
    }

    if (text.startsWith('(*')) {
      const note = text.slice(2, -1).trim()
      if (!text.endsWith(')')) {
        return fail(
          'note-not-closed',
          `${NOTE} starts with "(*" and must end with ")" on the same line`,
        )
      }
      if (note === '') return fail('note-empty', `${NOTE} "(* …)" must not be empty`)
      if (turn !== undefined) turn.notes.push(note)
      else if (result.context.length > 0) result.contextNotes.push(note)
      else {
        const nothing = 'must follow a turn or a context paragraph, but nothing came before it'
        fail('note-without-turn', `${NOTE} "(* …)" ${nothing}`)
      }
      return
    }

    const turnMatch = TURN.exec(text)
    if (turnMatch !== null && (turnMatch[1]?.length ?? 0) <= MAX_SPEAKER_LENGTH) {
      const speakerName = turnMatch[1] ?? ''
      const speech = (turnMatch[2] ?? '').trim()
      if (speech === '') {
        const message = `expected text after "${speakerName} - "`
        return fail('turn-without-text', message, { speaker: speakerName })
      }
      result.turns.push({
        line,
        speakerName,
        section: result.sections.length - 1,
        paragraphs: [speech],
        notes: [],
      })
      return
    }

    if (turn !== undefined) turn.paragraphs.push(text)
    else result.context.push(text)
  })

  if (lines.every((l) => l.trim() === '')) {
    const message = 'the file is empty: expected turns such as "진행자 - …"'
    return { ok: false, issues: [lineIssue(1, 'empty-file', message)] }
  }
  if (result.turns.length === 0 && issues.length === 0) {
    issues.push(
      lineIssue(
        lines.length,
        'no-turns',
        `no turns found: expected at least one line "<speaker> - <text>" (a speaker of at most ${MAX_SPEAKER_LENGTH} characters, then " - ")`,
        { max: MAX_SPEAKER_LENGTH },
      ),
    )
  }
  if (inRelated && result.relatedPosts.length === 0 && issues.length === 0) {
    const message = 'a related-posts block must list at least one post'
    issues.push(lineIssue(relatedHeaderLine, 'related-empty', message))
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: result }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}
