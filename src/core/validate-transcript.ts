import type * as z from 'zod/mini'
import {
  TRANSCRIPT_FORMAT,
  TRANSCRIPT_VERSION,
  TranscriptSchema,
  type LocalizedText,
  type Transcript,
} from './transcript-schema.ts'

/** One problem found in a transcript: where (`turns[12].speaker`, or `line 7`) and what. */
export type Issue = { path: string; message: string }

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

/** Reports stop here: a hostile file must not produce a million-row error list. */
export const MAX_ISSUES = 200

/** `["turns", 12, "speaker"]` → `turns[12].speaker` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

/** `turns[12].speaker: unknown speaker "hots"` */
export function formatIssue(issue: Issue): string {
  return `${issue.path}: ${issue.message}`
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    return `the string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function describeZodIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path)
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is required (${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(value)}`
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(value)}`
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'custom':
      return issue.message && issue.message !== 'Invalid input'
        ? `${issue.message} (got ${describeValue(value)})`
        : `is not valid (got ${describeValue(value)})`
    case 'invalid_key':
      return `has an invalid key: ${issue.issues.map((i) => i.message).join(', ')}`
    default:
      return issue.message
  }
}

/** The format and version alone: the cheap check that tells "not ours" and "too new" apart. */
export function checkFormatVersion(data: unknown): Issue[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: '(root)', message: `expected a transcript object, got ${describeValue(data)}` }]
  }
  const { format, version } = data as { format?: unknown; version?: unknown }
  if (format !== TRANSCRIPT_FORMAT) {
    return [
      {
        path: 'format',
        message: `expected "${TRANSCRIPT_FORMAT}", got ${describeValue(format)}: this is not a Daedam transcript`,
      },
    ]
  }
  if (version !== TRANSCRIPT_VERSION) {
    return [
      {
        path: 'version',
        message: `unsupported version ${describeValue(version)}: this Daedam reads version ${TRANSCRIPT_VERSION}`,
      },
    ]
  }
  return []
}

function checkUnique(items: readonly { id: string }[] | undefined, key: string, issues: Issue[]) {
  const seen = new Map<string, number>()
  items?.forEach((item, index) => {
    const first = seen.get(item.id)
    if (first === undefined) seen.set(item.id, index)
    else
      issues.push({
        path: `${key}[${index}].id`,
        message: `duplicate id "${item.id}" (already used by ${key}[${first}])`,
      })
  })
  return new Set(seen.keys())
}

function checkLanguage(text: LocalizedText | undefined, path: string, language: string, issues: Issue[]) {
  if (text !== undefined && !(language in text)) {
    issues.push({ path, message: `has no text in the transcript's language "${language}"` })
  }
}

/** PRODUCT §3: every reference resolves, ids are unique, labels speak the transcript's language. */
function checkReferences(t: Transcript): Issue[] {
  const issues: Issue[] = []
  const speakers = checkUnique(t.speakers, 'speakers', issues)
  const sections = checkUnique(t.sections, 'sections', issues)
  const topics = checkUnique(t.topics, 'topics', issues)
  const entities = checkUnique(t.entities, 'entities', issues)
  checkUnique(t.turns, 'turns', issues)

  t.speakers.forEach((speaker, i) => {
    if (speaker.entity !== undefined && !entities.has(speaker.entity)) {
      issues.push({ path: `speakers[${i}].entity`, message: `unknown entity "${speaker.entity}"` })
    }
  })
  t.topics?.forEach((topic, i) => {
    checkLanguage(topic.label, `topics[${i}].label`, t.language, issues)
  })
  t.entities?.forEach((entity, i) => {
    checkLanguage(entity.label, `entities[${i}].label`, t.language, issues)
    checkLanguage(entity.description, `entities[${i}].description`, t.language, issues)
  })
  t.turns.forEach((turn, i) => {
    if (!speakers.has(turn.speaker)) {
      issues.push({ path: `turns[${i}].speaker`, message: `unknown speaker "${turn.speaker}"` })
    }
    if (turn.section !== undefined && !sections.has(turn.section)) {
      issues.push({ path: `turns[${i}].section`, message: `unknown section "${turn.section}"` })
    }
    turn.topics?.forEach((topic, j) => {
      if (!topics.has(topic)) {
        issues.push({ path: `turns[${i}].topics[${j}]`, message: `unknown topic "${topic}"` })
      }
    })
  })
  return issues
}

/**
 * Checks unknown data against format version 1 (PRODUCT §3). Never throws: every problem comes
 * back as an issue naming its JSON path.
 */
export function validateTranscript(data: unknown): Validation<Transcript> {
  const formatIssues = checkFormatVersion(data)
  if (formatIssues.length > 0) return { ok: false, issues: formatIssues }

  const parsed = TranscriptSchema.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: formatPath(issue.path),
      message: describeZodIssue(issue, data),
    }))
    return { ok: false, issues }
  }
  const issues = checkReferences(parsed.data)
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) }
  return { ok: true, value: parsed.data }
}

/** JSON text → transcript; a syntax error is reported with its line and column. */
export function parseTranscriptJson(source: string): Validation<Transcript> {
  let data: unknown
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, issues: [{ path: '(json)', message: describeJsonError(error, source) }] }
  }
  return validateTranscript(data)
}

function describeJsonError(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const position = /position (\d+)/.exec(message)
  if (position?.[1] === undefined) return `not valid JSON: ${message}`
  const offset = Number(position[1])
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`
}
