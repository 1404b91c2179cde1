import {
  composeSyllable,
  decomposeSyllable,
  getFinalExtensions,
  getInitialRange,
  getMedialExtensions,
  initialToJamo,
  splitConsonantJamo,
  splitFinal,
} from './hangul.ts'
import type { Mention } from './mentions.ts'
import { escapeForPattern, normaliseForMatch } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'

// PRODUCT §5.4: instant search without an index. notes/korean-text.md measured a linear scan with
// one RegExp per query at 1–9 ms over 2 M characters, which fits a keystroke; an index would cost
// memory and still not understand initials or half-typed syllables.

/** One search hit: UTF-16 offsets into a text (`end` exclusive). */
export type SearchHit = { start: number; end: number }

export type CompiledQuery = {
  /** The query as searched: NFC, trimmed, inner white space as one space, ASCII lower-cased. */
  readonly text: string
  /** Finds the query in a text. Global, so `searchTexts` resets `lastIndex` before each text. */
  readonly pattern: RegExp
  /** Entities whose alias or label contains the query: their mentions are hits too. */
  readonly entities: ReadonlySet<string>
}

/** Shorter queries (`a`, `샘`) would drag in too many entities through their names. */
const MIN_ENTITY_QUERY = 2

/** Any syllable with the given initial, or the lone consonant itself (ㄹ → `[ㄹ라-맇]`). */
function initialClass(initial: number): string {
  const { first, last } = getInitialRange(initial)
  return `[${initialToJamo(initial)}${first}-${last}]`
}

/** A consonant letter of the query as the initials it stands for (ㄳ → ㄱ then ㅅ). */
function consonantPattern(code: number): string {
  return splitConsonantJamo(code).map(initialClass).join('')
}

/**
 * The query's last syllable may still be being typed (an IME shows `엘릿` on the way to `엘리슨`).
 * With no final it matches any final, and a medial that can still grow (ㅗ → ㅘ ㅙ ㅚ); with a
 * final it matches that final, a compound it can still grow into (달 → 닭), or the final moved on
 * as the next syllable's initial (`릿` → `리[사-싷]`, `닭` → `달[가-깋]`). notes/korean-text.md.
 */
function unfinishedSyllablePattern(code: number): string {
  const syllable = decomposeSyllable(code)
  if (syllable === null) return escapeForPattern(String.fromCharCode(code))
  const { initial, medial, final } = syllable
  if (final === 0) {
    const ranges = [medial, ...getMedialExtensions(medial)].map(
      (m) => `${composeSyllable(initial, m, 0)}-${composeSyllable(initial, m, 27)}`,
    )
    return `[${ranges.join('')}]`
  }
  const whole = [final, ...getFinalExtensions(final)].map((f) =>
    composeSyllable(initial, medial, f),
  )
  const split = splitFinal(final)
  const grown = whole.length === 1 ? whole.join('') : `[${whole.join('')}]`
  if (split === null) return grown
  return `(?:${grown}|${composeSyllable(initial, medial, split.kept)}${initialClass(split.initial)})`
}

function isConsonantOnly(query: string): boolean {
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i)
    if (code !== 0x20 && splitConsonantJamo(code).length === 0) return false
  }
  return true
}

function buildPattern(query: string): RegExp {
  let source = ''
  if (isConsonantOnly(query)) {
    // `ㄹㄹㅇㄹㅅ` finds `래리 엘리슨`: initials only, and the reader does not type the spaces.
    const parts: string[] = []
    for (let i = 0; i < query.length; i++) {
      const code = query.charCodeAt(i)
      parts.push(...splitConsonantJamo(code).map(initialClass))
    }
    source = parts.join('\\s*')
  } else {
    const last = query.length - 1
    for (let i = 0; i <= last; i++) {
      const code = query.charCodeAt(i)
      if (code === 0x20) source += '\\s+'
      else if (splitConsonantJamo(code).length > 0) source += consonantPattern(code)
      else if (i === last) source += unfinishedSyllablePattern(code)
      else source += escapeForPattern(query.charAt(i))
    }
  }
  // The pattern runs on the text itself, so its offsets are the text's. Without the `u` flag, `i`
  // never folds a non-ASCII letter into ASCII (ſ stays ſ).
  return new RegExp(source, /[a-z]/.test(query) ? 'gi' : 'g')
}

function findEntities(query: string, entities: readonly Entity[]): Set<string> {
  const found = new Set<string>()
  if (Array.from(query).length < MIN_ENTITY_QUERY) return found
  for (const entity of entities) {
    const names = [...(entity.aliases ?? []), ...Object.values(entity.label)]
    if (names.some((name) => normaliseForMatch(name).includes(query))) found.add(entity.id)
  }
  return found
}

/**
 * Compiles a search query (PRODUCT §5.4): NFC- and ASCII-case-insensitive, metacharacters taken
 * literally; a query of consonants alone matches initials (`ㅋㅍㅇㄹ` → `코파일럿`), a lone
 * consonant elsewhere matches as an initial (`엘리ㅅ` → `엘리슨`), the last syllable may be half
 * typed (`엘리스`, `엘릿` → `엘리슨`), and a query found in an entity's alias or label in any
 * language (`Ellison`) makes that entity's mentions hits. Null when there is nothing to search for.
 */
export function compileQuery(query: string, entities: readonly Entity[]): CompiledQuery | null {
  const text = normaliseForMatch(query)
  if (text === '') return null
  return { text, pattern: buildPattern(text), entities: findEntities(text, entities) }
}

function mergeHits(hits: SearchHit[]): SearchHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: SearchHit[] = []
  for (const hit of hits) {
    const previous = merged.at(-1)
    if (previous !== undefined && hit.start < previous.end) {
      previous.end = Math.max(previous.end, hit.end)
    } else {
      merged.push({ start: hit.start, end: hit.end })
    }
  }
  return merged
}

/**
 * Searches texts (NFC, as the model holds them) for a compiled query. Returns hits per text, same
 * indexing as `texts`, sorted and non-overlapping; `mentions` are the precomputed mentions per
 * text (same indexing), which supply the hits of entities named by the query.
 */
export function searchTexts(
  query: CompiledQuery,
  texts: readonly string[],
  mentions: readonly (readonly Mention[])[],
): SearchHit[][] {
  const { pattern, entities } = query
  return texts.map((text, index) => {
    const hits: SearchHit[] = []
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      hits.push({ start: match.index, end: match.index + match[0].length })
    }
    if (entities.size === 0) return hits
    const before = hits.length
    for (const mention of mentions[index] ?? []) {
      if (entities.has(mention.entity)) hits.push({ start: mention.start, end: mention.end })
    }
    // Pattern hits come sorted and apart; only entity hits can interleave or overlap them.
    return hits.length === before ? hits : mergeHits(hits)
  })
}
