import { MAX_QUERY_LENGTH } from './query-limit.ts'
import { compileProgram, type QueryProgram } from './search-program.ts'
import { normaliseForMatch } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'

/** How much of a pasted query is even looked at: enough for any query that fits once normalised. */
const MAX_RAW_QUERY_LENGTH = MAX_QUERY_LENGTH * 50

export type CompiledQuery = {
  /**
   * The query as searched: NFC, trimmed, inner white space as one space, ASCII lower-cased, and
   * at most `MAX_QUERY_LENGTH` long.
   */
  readonly text: string
  /** True when the query was longer than `MAX_QUERY_LENGTH` and only its start is searched. */
  readonly isTruncated: boolean
  /** Entities whose alias or label contains the query: their mentions are hits too. */
  readonly entities: ReadonlySet<string>
  /** How the query reads a text (see `searchTexts`). */
  readonly program: QueryProgram
}

/** Shorter queries (`a`, `샘`) would drag in too many entities through their names. */
const MIN_ENTITY_QUERY = 2

/** Normalised names per entity list, so a keystroke does not normalise every name again. */
const namesCache = new WeakMap<readonly Entity[], readonly (readonly string[])[]>()

function findEntities(query: string, entities: readonly Entity[]): Set<string> {
  const found = new Set<string>()
  if (Array.from(query).length < MIN_ENTITY_QUERY) return found
  let names = namesCache.get(entities)
  if (names === undefined) {
    names = entities.map((entity) =>
      [...(entity.aliases ?? []), ...Object.values(entity.label)].map(normaliseForMatch),
    )
    namesCache.set(entities, names)
  }
  names.forEach((list, index) => {
    const entity = entities[index]
    if (entity !== undefined && list.some((name) => name.includes(query))) found.add(entity.id)
  })
  return found
}

/** `text` cut to at most `length` code units, never inside a surrogate pair, and trimmed again. */
function cutQuery(text: string, length: number): string {
  if (text.length <= length) return text
  const last = text.charCodeAt(length - 1)
  const end = last >= 0xd800 && last <= 0xdbff ? length - 1 : length
  return text.slice(0, end).trimEnd()
}

/**
 * Compiles a search query (PRODUCT §5.4): NFC-insensitive, case-insensitive for letters with a
 * one-to-one case pair, every character taken literally; a query of consonants alone matches
 * initials (`ㅋㅍㅇㄹ` → `코파일럿`), a lone consonant elsewhere matches as an initial (`엘리ㅅ` →
 * `엘리슨`), the last syllable may be half typed (`엘리스`, `엘릿` → `엘리슨`), and a query found in
 * an entity's alias or label in any language (`Ellison`) makes that entity's mentions hits. Null
 * when there is nothing to search for. A query longer than `MAX_QUERY_LENGTH` is cut; no query
 * makes it throw.
 */
export function compileQuery(query: string, entities: readonly Entity[]): CompiledQuery | null {
  const normalised = normaliseForMatch(query.slice(0, MAX_RAW_QUERY_LENGTH))
  const text = cutQuery(normalised, MAX_QUERY_LENGTH)
  if (text === '') return null
  return {
    text,
    isTruncated: text.length < normalised.length || query.length > MAX_RAW_QUERY_LENGTH,
    entities: findEntities(text, entities),
    program: compileProgram(text),
  }
}
