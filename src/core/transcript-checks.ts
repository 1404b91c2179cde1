import { HTTP_URL, TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION } from './transcript-rules.ts'
import type { IssueCode } from './issue-code.ts'
import type { LocalizedText, Transcript } from './transcript-schema.ts'

// The checks that need no schema library: format and version, references and ids (the shape
// check is transcript-shape.ts). The app runs these on published files (fully validated when they
// were built) to keep the first view light; the full validator (validate-transcript.ts) runs them
// too, after checking the shape.

/** The values an issue's wording needs: numbers, ids, paths, a short form of a value. */
export type IssueParams = Readonly<Record<string, string | number>>

/**
 * One problem found in a transcript: where (`turns[12].speaker`, or `line 7`), what kind (`code`,
 * with `params`), and what, in English.
 */
export type Issue = { path: string; code: IssueCode; params?: IssueParams; message: string }

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

function clipString(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string ${clipString(value)}`
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

/**
 * A value as an issue's `got` parameter shows it, in no language: `"hots"` (cut at 40
 * characters), `99`, `null`, `[…]`, `{…}`; empty for no value.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return '[…]'
  if (typeof value === 'string') return clipString(value)
  if (value !== null && typeof value === 'object') return '{…}'
  return String(value)
}

/** The format and version alone: the cheap check that tells "not ours" and "too new" apart. */
export function checkFormatVersion(data: unknown): Issue[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [
      {
        path: '(root)',
        code: 'not-object',
        params: { got: showValue(data) },
        message: `expected a transcript object, got ${describeValue(data)}`,
      },
    ]
  }
  const { format, version } = data as { format?: unknown; version?: unknown }
  if (format !== TRANSCRIPT_FORMAT) {
    return [
      {
        path: 'format',
        code: 'wrong-format',
        params: { expected: TRANSCRIPT_FORMAT, got: showValue(format) },
        message: `expected "${TRANSCRIPT_FORMAT}", got ${describeValue(format)}: this is not a Daedam transcript`,
      },
    ]
  }
  if (version !== TRANSCRIPT_VERSION) {
    return [
      {
        path: 'version',
        code: 'unsupported-version',
        params: { got: showValue(version), supported: TRANSCRIPT_VERSION },
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
        code: 'duplicate-id',
        params: { id: item.id, first: `${key}[${first}]` },
        message: `duplicate id "${item.id}" (already used by ${key}[${first}])`,
      })
  })
  return new Set(seen.keys())
}

function checkLanguage(
  text: LocalizedText | undefined,
  path: string,
  language: string,
  issues: Issue[],
) {
  if (text !== undefined && !(language in text)) {
    issues.push({
      path,
      code: 'no-own-language',
      params: { language },
      message: `has no text in the transcript's language "${language}"`,
    })
  }
}

/** PRODUCT §3: every reference resolves, ids are unique, labels speak the transcript's language. */
export function checkReferences(t: Transcript): Issue[] {
  const issues: Issue[] = []
  const speakers = checkUnique(t.speakers, 'speakers', issues)
  const sections = checkUnique(t.sections, 'sections', issues)
  const topics = checkUnique(t.topics, 'topics', issues)
  const entities = checkUnique(t.entities, 'entities', issues)
  checkUnique(t.turns, 'turns', issues)

  const unknown = (path: string, kind: 'speaker' | 'section' | 'topic' | 'entity', id: string) =>
    issues.push({
      path,
      code: `unknown-${kind}`,
      params: { id },
      message: `unknown ${kind} "${id}"`,
    })
  t.speakers.forEach((speaker, i) => {
    if (speaker.entity !== undefined && !entities.has(speaker.entity)) {
      unknown(`speakers[${i}].entity`, 'entity', speaker.entity)
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
    if (!speakers.has(turn.speaker)) unknown(`turns[${i}].speaker`, 'speaker', turn.speaker)
    if (turn.section !== undefined && !sections.has(turn.section)) {
      unknown(`turns[${i}].section`, 'section', turn.section)
    }
    turn.topics?.forEach((topic, j) => {
      if (!topics.has(topic)) unknown(`turns[${i}].topics[${j}]`, 'topic', topic)
    })
  })
  return issues
}

/** PRODUCT §3: the app renders a link only to an http: or https: address. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTP_URL.test(value)
}
