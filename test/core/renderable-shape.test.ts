import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkReferences } from '#core/transcript-checks.ts'
import { hasRenderableShape } from '#core/transcript-shape.ts'
import { validateTranscript } from '#core/validate-transcript.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

// Issue 9, item 5: the first view accepts a published file with the cheap guard and the reference
// checks alone (no schema library). Whatever they accept, the full validator must accept too, and
// they must accept every valid file, or the app would load the validator for nothing.

/** What the app's first view accepts without loading the schema library. */
function isAcceptedCheaply(data: unknown): boolean {
  return hasRenderableShape(data) && checkReferences(data).length === 0
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

const fullSeed = readSeedTranscript()
/** The seed with its first four turns: every kind of part, small enough to damage quickly. */
const seed = { ...fullSeed, turns: fullSeed.turns.slice(0, 4) } as unknown as Json

const TURN = { id: '1', speaker: 'a', paragraphs: ['Hello.'] }

const MINIMAL = {
  format: 'daedam.transcript',
  version: 1,
  id: 'tiny',
  title: 'Tiny',
  language: 'en',
  speakers: [{ id: 'a', name: 'A', role: 'other' }],
  turns: [TURN],
} satisfies Json

// --- valid transcripts -------------------------------------------------------------------------

const id = fc.stringMatching(/^[a-z0-9]{1,4}(?:-[a-z0-9]{1,3})?$/)
const ids = (minLength: number) => fc.uniqueArray(id, { minLength, maxLength: 4 })
const someText = fc.string({ maxLength: 12 })
const nonEmptyText = fc.string({ minLength: 1, maxLength: 12 })
const localized = fc.record(
  { ko: nonEmptyText, en: nonEmptyText, 'zh-Hant': nonEmptyText },
  { requiredKeys: ['ko'] },
)
const pick = <T>(values: readonly T[]) =>
  values.length === 0
    ? fc.constant(undefined)
    : fc.option(fc.constantFrom(...values), { nil: undefined })
const url = fc.constantFrom('https://example.com/a', 'http://example.org/b?c=d', 'HTTPS://X.KR')

/** Transcripts whose every reference resolves, with optional parts present or absent. */
const validTranscript = fc
  .record({ speakers: ids(1), sections: ids(0), topics: ids(0), entities: ids(0) })
  .chain((ref) =>
    fc.record(
      {
        format: fc.constant('daedam.transcript'),
        version: fc.constant(1),
        id,
        title: nonEmptyText,
        language: fc.constant('ko'),
        category: someText,
        context: fc.array(someText, { maxLength: 2 }),
        contextNotes: fc.array(someText, { maxLength: 2 }),
        speakers: fc.tuple(
          ...ref.speakers.map((speakerId) =>
            fc.record(
              {
                id: fc.constant(speakerId),
                name: fc.string({ minLength: 1, maxLength: 40 }),
                role: fc.constantFrom('host', 'guest', 'other'),
                entity: pick(ref.entities),
              },
              { requiredKeys: ['id', 'name', 'role'] },
            ),
          ),
        ),
        sections: fc.constant(ref.sections.map((sectionId) => ({ id: sectionId, label: '장' }))),
        topics: fc.tuple(
          ...ref.topics.map((topicId) =>
            fc.record(
              { id: fc.constant(topicId), label: localized, description: localized },
              { requiredKeys: ['id', 'label'] },
            ),
          ),
        ),
        entities: fc.tuple(
          ...ref.entities.map((entityId) =>
            fc.record(
              {
                id: fc.constant(entityId),
                type: fc.constantFrom(
                  'person',
                  'organization',
                  'product',
                  'place',
                  'event',
                  'concept',
                ),
                label: localized,
                aliases: fc.array(nonEmptyText, { maxLength: 2 }),
                description: localized,
                url,
              },
              { requiredKeys: ['id', 'type', 'label'] },
            ),
          ),
        ),
        turns: fc.uniqueArray(
          fc.record(
            {
              id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,5}$/),
              speaker: fc.constantFrom(...ref.speakers),
              section: pick(ref.sections),
              topics: fc.subarray(ref.topics),
              paragraphs: fc.array(someText, { minLength: 1, maxLength: 2 }),
              notes: fc.array(someText, { maxLength: 1 }),
            },
            { requiredKeys: ['id', 'speaker', 'paragraphs'] },
          ),
          { minLength: 1, maxLength: 5, selector: (turn) => turn.id },
        ),
        relatedPosts: fc.array(
          fc.record(
            {
              title: nonEmptyText,
              date: fc.constantFrom('2025-01-24', '1999-12-31'),
              comments: fc.nat({ max: 50 }),
              url,
            },
            { requiredKeys: ['title'] },
          ),
          { maxLength: 2 },
        ),
      },
      {
        requiredKeys: [
          ...(['format', 'version', 'id', 'title', 'language', 'speakers', 'turns'] as const),
          // A list that something refers to is there; an unused one may be left out.
          ...(['sections', 'topics', 'entities'] as const).filter((key) => ref[key].length > 0),
        ],
      },
    ),
  )
  // fast-check writes an absent optional field as a missing key; JSON has no `undefined`.
  .map((transcript) => JSON.parse(JSON.stringify(transcript)) as Json)

// --- mutations ---------------------------------------------------------------------------------

function pathsOf(value: Json, path: Path = []): Path[] {
  const here = path.length > 0 ? [path] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))]
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))]
  return here
}

function valueAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root)
}

/** A deep copy of `root` with the value at `path` replaced (or removed, for `undefined`). */
function withValueAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null
  const copy = structuredClone(root)
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>
  const key = path.at(-1)!
  if (value !== undefined) parent[key] = value
  else if (Array.isArray(parent)) parent.splice(Number(key), 1)
  else delete parent[key]
  return copy
}

/** Values that break a rule somewhere: wrong kinds, near-miss strings, unknown ids. */
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 1e21, '', ' ', [], {}, [''], { ko: '' }),
  fc.constantFrom<Json>(
    'Not-A-Slug',
    'a b',
    'a--b',
    '-a',
    'nobody',
    'ko',
    'KO',
    'en',
    'x'.repeat(41),
  ),
  fc.constantFrom<Json>('2025-1-24', 'javascript:alert(1)', 'ftp://x', 'https://', 'moderator'),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
)

type Mutation = (root: Json, path: Path) => Json

const mutation: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  fc.constant<[string, Mutation]>(['drop', (root, path) => withValueAt(root, path, undefined)]),
  wrongValue.map<[string, Mutation]>((value) => [
    `set ${JSON.stringify(value)}`,
    (root, path) => withValueAt(root, path, value),
  ]),
  fc.constant<[string, Mutation]>([
    'wrap in an array',
    (root, path) => withValueAt(root, path, [valueAt(root, path)]),
  ]),
  fc.constant<[string, Mutation]>([
    'wrap in an object',
    (root, path) => withValueAt(root, path, { value: valueAt(root, path) }),
  ]),
  fc.constant<[string, Mutation]>([
    'duplicate (an array item twice, or a value moved into its parent)',
    (root, path) => {
      const parent = valueAt(root, path.slice(0, -1))
      const value = valueAt(root, path)
      return Array.isArray(parent)
        ? withValueAt(root, path.slice(0, -1), [...parent, value])
        : withValueAt(root, path.slice(0, -1), value)
    },
  ]),
)

/** A valid transcript, then one to three mutations at random places in it. */
const damagedTranscript = fc
  .tuple(
    fc.oneof(fc.constant(seed), fc.constant(MINIMAL as Json), validTranscript),
    fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
  )
  .map(([base, steps]) => {
    let data = base
    const applied: string[] = []
    for (const [at, [name, mutate]] of steps) {
      const paths = pathsOf(data)
      if (paths.length === 0) break
      const path = paths[at % paths.length]!
      data = mutate(data, path)
      applied.push(`${name} at ${path.join('.')}`)
    }
    return { data, applied }
  })

// --- properties --------------------------------------------------------------------------------

test('every generated valid transcript passes the cheap checks and the full validator', () => {
  fc.assert(
    fc.property(validTranscript, (data) => {
      expect(validateTranscript(data)).toMatchObject({ ok: true })
      expect(isAcceptedCheaply(data)).toBe(true)
    }),
    { numRuns: 300 },
  )
})

test('the cheap checks accept a damaged transcript exactly when the full validator does', () => {
  let rejected = 0
  fc.assert(
    fc.property(damagedTranscript, ({ data, applied }) => {
      const valid = validateTranscript(data).ok
      if (!valid) rejected++
      expect(isAcceptedCheaply(data), applied.join('; ')).toBe(valid)
    }),
    { numRuns: 800 },
  )
  // The mutations must mostly break something, or the property above proves little.
  expect(rejected).toBeGreaterThan(400)
}, 60_000)

test('the cheap checks reject any JSON value that is not a transcript', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(isAcceptedCheaply(value)).toBe(false)
    }),
    { numRuns: 300 },
  )
})

// --- cases -------------------------------------------------------------------------------------

const ENTITY = { id: 'larry', type: 'person', label: { en: 'Larry' } }
const POST = { title: 'Post' }

/** One change to the minimal transcript: the value at a path, or `undefined` to remove it. */
const REJECTED: [string, Path, Json | undefined][] = [
  ['a missing title', ['title'], undefined],
  ['an empty title', ['title'], ''],
  ['an id with capitals', ['id'], 'Tiny'],
  ['a language that is not a BCP 47 tag', ['language'], 'English'],
  ['version "1" as a string', ['version'], '1'],
  ['context as a string', ['context'], 'background'],
  ['a category that is a number', ['category'], 7],
  ['no speakers', ['speakers'], []],
  ['a speaker name of 41 characters', ['speakers', 0, 'name'], 'x'.repeat(41)],
  ['an unknown speaker role', ['speakers', 0, 'role'], 'moderator'],
  ['a speaker entity that does not exist', ['speakers', 0, 'entity'], 'nobody'],
  ['no turns', ['turns'], []],
  ['a turn without paragraphs', ['turns', 0, 'paragraphs'], []],
  ['a paragraph that is a number', ['turns', 0, 'paragraphs'], [1]],
  ['a turn id with a space', ['turns', 0, 'id'], '1 2'],
  ['a turn by an unknown speaker', ['turns', 0, 'speaker'], 'b'],
  ['a turn in an unknown section', ['turns', 0, 'section'], 'intro'],
  ['a turn on an unknown topic', ['turns', 0, 'topics'], ['weather']],
  ['turns nested in an object', ['turns'], { 0: TURN }],
  ['a turn wrapped in an array', ['turns'], [[TURN]]],
  ['two turns with one id', ['turns'], [TURN, TURN]],
  ['a section label that is empty', ['sections'], [{ id: 's', label: '' }]],
  ['a topic label keyed by a bad tag', ['topics'], [{ id: 't', label: { EN: 'x' } }]],
  ['a topic label without the language', ['topics'], [{ id: 't', label: { ko: 'x' } }]],
  ['an entity of an unknown type', ['entities'], [{ ...ENTITY, type: 'animal' }]],
  ['an entity with an empty alias', ['entities'], [{ ...ENTITY, aliases: [''] }]],
  ['an entity with a javascript: URL', ['entities'], [{ ...ENTITY, url: 'javascript:x' }]],
  ['an entity whose label is a string', ['entities'], [{ ...ENTITY, label: 'Larry' }]],
  ['a related post dated 2025-1-24', ['relatedPosts'], [{ ...POST, date: '2025-1-24' }]],
  ['a related post with -1 comments', ['relatedPosts'], [{ ...POST, comments: -1 }]],
  ['a related post with 1.5 comments', ['relatedPosts'], [{ ...POST, comments: 1.5 }]],
  ['a related post with a data: URL', ['relatedPosts'], [{ ...POST, url: 'data:,x' }]],
]

test.each(REJECTED)('the cheap checks and the validator both reject %s', (_name, path, value) => {
  const data = withValueAt(MINIMAL, path, value)
  expect(validateTranscript(data).ok).toBe(false)
  expect(isAcceptedCheaply(data)).toBe(false)
})

test('the cheap checks accept the seed, the minimal transcript and every optional part', () => {
  expect(isAcceptedCheaply(seed)).toBe(true)
  expect(isAcceptedCheaply(MINIMAL)).toBe(true)
  const full = {
    ...MINIMAL,
    category: '',
    context: [''],
    contextNotes: ['note'],
    speakers: [{ id: 'a', name: 'x'.repeat(40), role: 'host', entity: 'larry' }],
    sections: [{ id: 'lead-in', label: 'Lead-in' }],
    topics: [{ id: 't', label: { en: 'T', 'zh-Hant': '話題' }, description: { en: 'D' } }],
    entities: [{ ...ENTITY, aliases: ['L'], description: { en: 'D' }, url: 'https://x.org' }],
    turns: [{ id: 'a.1_b-2', speaker: 'a', section: 'lead-in', topics: ['t'], paragraphs: [''] }],
    relatedPosts: [{ ...POST, date: '2025-01-24', comments: 0, url: 'http://x.org/p' }],
  }
  expect(validateTranscript(full)).toMatchObject({ ok: true })
  expect(isAcceptedCheaply(full)).toBe(true)
})
