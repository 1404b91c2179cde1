import type { LocalizedText, Transcript } from './transcript-schema.ts'

// The checks that need no schema library: format and version, references and ids. The app runs
// these on published files (fully validated when they were built) to keep the first view light;
// the full validator (validate-transcript.ts) runs them too, after checking the shape.

export const TRANSCRIPT_FORMAT = 'daedam.transcript'
export const TRANSCRIPT_VERSION = 1
export const ENTITY_TYPES = [
  'person',
  'organization',
  'product',
  'place',
  'event',
  'concept',
] as const

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

export function describeValue(value: unknown): string {
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

function checkLanguage(
  text: LocalizedText | undefined,
  path: string,
  language: string,
  issues: Issue[],
) {
  if (text !== undefined && !(language in text)) {
    issues.push({ path, message: `has no text in the transcript's language "${language}"` })
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

/** PRODUCT §3: links only to http: and https: addresses. */
export const HTTP_URL = /^https?:\/\/\S+$/i

export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTP_URL.test(value)
}

/** True when the parts the explorer reads have the right kinds, so the cheap checks can run. */
export function hasRenderableShape(data: unknown): data is Transcript {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
  const isStrings = (v: unknown) =>
    v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'))
  const isList = (v: unknown, each: (item: Record<string, unknown>) => boolean, optional = true) =>
    (optional && v === undefined) ||
    (Array.isArray(v) && v.every((item) => isObject(item) && each(item)))
  const hasId = (item: Record<string, unknown>) => typeof item.id === 'string'
  const isLabel = (v: unknown) =>
    isObject(v) && Object.values(v).every((s) => typeof s === 'string')
  if (!isObject(data)) return false
  return (
    typeof data.id === 'string' &&
    typeof data.title === 'string' &&
    typeof data.language === 'string' &&
    isStrings(data.context) &&
    isStrings(data.contextNotes) &&
    data.format === TRANSCRIPT_FORMAT &&
    data.version === TRANSCRIPT_VERSION &&
    isList(
      data.speakers,
      (s) =>
        hasId(s) &&
        typeof s.name === 'string' &&
        ['host', 'guest', 'other'].includes(String(s.role)) &&
        (s.entity === undefined || typeof s.entity === 'string'),
      false,
    ) &&
    isList(data.sections, (s) => hasId(s) && typeof s.label === 'string') &&
    isList(data.topics, (t) => hasId(t) && isLabel(t.label)) &&
    isList(
      data.entities,
      (e) =>
        hasId(e) &&
        (ENTITY_TYPES as readonly unknown[]).includes(e.type) &&
        isLabel(e.label) &&
        isStrings(e.aliases) &&
        (e.description === undefined || isLabel(e.description)),
    ) &&
    isList(
      data.turns,
      (t) =>
        hasId(t) &&
        typeof t.speaker === 'string' &&
        Array.isArray(t.paragraphs) &&
        isStrings(t.paragraphs) &&
        isStrings(t.notes) &&
        isStrings(t.topics) &&
        (t.section === undefined || typeof t.section === 'string'),
      false,
    ) &&
    isList(
      data.relatedPosts,
      (p) =>
        typeof p.title === 'string' &&
        (p.date === undefined || typeof p.date === 'string') &&
        (p.comments === undefined || typeof p.comments === 'number') &&
        (p.url === undefined || isHttpUrl(p.url)),
    )
  )
}
