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
import { isSpaceCode, normaliseForMatch } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'

// PRODUCT §5.4: instant search without an index. notes/korean-text.md measured a linear scan per
// query at a few ms over 2 M characters, which fits a keystroke; an index would cost memory and
// still not understand initials or half-typed syllables. The scan is not a RegExp: a query is a
// fixed sequence of character sets (a syllable, any syllable with an initial, …), read by a
// bit-parallel matcher (Shift-And) in one pass whatever the query. A RegExp of the same query
// backtracks: `?q=` of `a+` × 5,000 or 10,000 pasted `ㄹ` threw, and 200 initials took 2 s on
// 1 MB, a spaced 10,000-letter query minutes (issue 15).

/**
 * The longest query searched, in UTF-16 code units after normalisation; a longer one is cut
 * there (`CompiledQuery.isTruncated`), so the work per query stays bounded (PRODUCT §7 safety).
 */
export const MAX_QUERY_LENGTH = 200

/** How much of a pasted query is even looked at: enough for any query that fits once normalised. */
const MAX_RAW_QUERY_LENGTH = MAX_QUERY_LENGTH * 50

/** One search hit: UTF-16 offsets into a text (`end` exclusive). */
export type SearchHit = { start: number; end: number }

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

/**
 * A query as a sequence of steps, each a set of code units, read over a text's symbols: its
 * characters, with each run of white space as one space (`래리 엘리슨` in `래리  엘리슨`), or with
 * white space left out when the query is initials only (`ㄹㄹㅇㄹㅅ` in `래리 엘리슨`).
 */
type QueryProgram = {
  /** Number of steps. */
  readonly steps: number
  /** 32-bit words per row of `masks`. */
  readonly words: number
  /** Code unit → its row in `masks`; row 0 (all clear) for code units no step holds. */
  readonly rowOf: Int32Array
  /** Bit j of a code unit's row is set when the code unit may stand at step j. */
  readonly masks: Uint32Array
  /**
   * The half-typed last syllable may also be a syllable `kept` followed by a second one
   * (`릿` → `리` + `[사-싷]`): per code unit, bit 1 marks `kept`, bit 0 the second set.
   * Empty when the last step has no such reading.
   */
  readonly split: Uint8Array
  readonly skipsSpace: boolean
  /**
   * One character class of the code units a hit can begin with, to skip to the next place one
   * may start. A single class reads each character once, so as a RegExp it cannot backtrack.
   */
  readonly start: RegExp
}

/** Shorter queries (`a`, `샘`) would drag in too many entities through their names. */
const MIN_ENTITY_QUERY = 2

type Range = readonly [first: number, last: number]
type Step = readonly Range[]

/** Any syllable with the given initial, or the lone consonant itself (ㄹ → `ㄹ`, `라`…`맇`). */
function initialStep(initial: number): Step {
  const { first, last } = getInitialRange(initial)
  const jamo = initialToJamo(initial).charCodeAt(0)
  return [
    [jamo, jamo],
    [first.charCodeAt(0), last.charCodeAt(0)],
  ]
}

/**
 * A character of the query as itself, or in the other case when it has a one-to-one case pair
 * (`a`/`A`, `é`/`É`). A non-ASCII letter never stands for an ASCII one (`ſ` is not `s`, the
 * Kelvin sign is not `k`), as in a case-insensitive RegExp.
 */
function literalStep(code: number): Step {
  const char = String.fromCharCode(code)
  const codes = new Set([code])
  for (const other of [char.toLowerCase(), char.toUpperCase()]) {
    if (other.length !== 1) continue
    const otherCode = other.charCodeAt(0)
    if (otherCode < 0x80 === code < 0x80) codes.add(otherCode)
  }
  return [...codes].map((c): Range => [c, c])
}

type LastStep = { step: Step; split?: { kept: number; next: Step } }

/**
 * The query's last syllable may still be being typed (an IME shows `엘릿` on the way to `엘리슨`).
 * With no final it matches any final, and a medial that can still grow (ㅗ → ㅘ ㅙ ㅚ); with a
 * final it matches that final, a compound it can still grow into (달 → 닭), or the final moved on
 * as the next syllable's initial (`릿` → `리[사-싷]`, `닭` → `달[가-깋]`). notes/korean-text.md.
 */
function unfinishedSyllableStep(code: number): LastStep {
  const syllable = decomposeSyllable(code)
  if (syllable === null) return { step: literalStep(code) }
  const { initial, medial, final } = syllable
  if (final === 0) {
    const medials = [medial, ...getMedialExtensions(medial)]
    return {
      step: medials.map((m): Range => [
        composeSyllable(initial, m, 0).charCodeAt(0),
        composeSyllable(initial, m, 27).charCodeAt(0),
      ]),
    }
  }
  const whole = [final, ...getFinalExtensions(final)].map((f): Range => {
    const c = composeSyllable(initial, medial, f).charCodeAt(0)
    return [c, c]
  })
  const split = splitFinal(final)
  if (split === null) return { step: whole }
  return {
    step: whole,
    split: {
      kept: composeSyllable(initial, medial, split.kept).charCodeAt(0),
      next: initialStep(split.initial),
    },
  }
}

function isConsonantOnly(query: string): boolean {
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i)
    if (code !== 0x20 && splitConsonantJamo(code).length === 0) return false
  }
  return true
}

function compileProgram(query: string): QueryProgram {
  const steps: Step[] = []
  let last: LastStep['split']
  const skipsSpace = isConsonantOnly(query)
  if (skipsSpace) {
    // `ㄹㄹㅇㄹㅅ` finds `래리 엘리슨`: initials only, and the reader does not type the spaces.
    for (let i = 0; i < query.length; i++) {
      steps.push(...splitConsonantJamo(query.charCodeAt(i)).map(initialStep))
    }
  } else {
    const end = query.length - 1
    for (let i = 0; i <= end; i++) {
      const code = query.charCodeAt(i)
      const initials = splitConsonantJamo(code)
      if (code === 0x20) steps.push([[0x20, 0x20]])
      else if (initials.length > 0) steps.push(...initials.map(initialStep))
      else if (i === end) {
        const { step, split } = unfinishedSyllableStep(code)
        steps.push(step)
        last = split
      } else steps.push(literalStep(code))
    }
  }
  const words = Math.ceil(steps.length / 32)
  // Steps repeat (a query of 200 ㄹ is one set 200 times): each distinct set is walked once.
  const distinct = new Map<string, { step: Step; bits: Uint32Array }>()
  steps.forEach((step, j) => {
    const key = step.join(' ')
    const entry = distinct.get(key) ?? { step, bits: new Uint32Array(words) }
    entry.bits[j >>> 5] = (entry.bits[j >>> 5] ?? 0) | (1 << (j & 31))
    distinct.set(key, entry)
  })
  const rowOf = new Int32Array(0x10000)
  let rows = 1
  for (const { step } of distinct.values())
    for (const [first, lastCode] of step)
      for (let c = first; c <= lastCode; c++) if (rowOf[c] === 0) rowOf[c] = rows++
  const masks = new Uint32Array(rows * words)
  for (const { step, bits } of distinct.values())
    for (const [first, lastCode] of step)
      for (let c = first; c <= lastCode; c++) {
        const row = (rowOf[c] ?? 0) * words
        for (let w = 0; w < words; w++) masks[row + w] = (masks[row + w] ?? 0) | (bits[w] ?? 0)
      }
  const split = new Uint8Array(last === undefined ? 0 : 0x10000)
  if (last !== undefined) {
    for (const [first, lastCode] of last.next) for (let c = first; c <= lastCode; c++) split[c] = 1
    split[last.kept] = (split[last.kept] ?? 0) | 2
  }
  const first = [
    ...(steps[0] ?? []),
    ...(last !== undefined && steps.length === 1 ? [[last.kept, last.kept] as const] : []),
  ]
  return {
    steps: steps.length,
    words,
    rowOf,
    masks,
    split,
    skipsSpace,
    start: classPattern(first),
  }
}

/** A RegExp of one character class holding `ranges`, every code unit written as an escape. */
function classPattern(ranges: readonly Range[]): RegExp {
  const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`
  const items = ranges.map(([first, last]) =>
    first === last ? escape(first) : `${escape(first)}-${escape(last)}`,
  )
  return new RegExp(`[${items.join('')}]`, 'g')
}

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

/**
 * Reads texts with `program`: returns a function that appends the hits in a text to a list,
 * leftmost first, each as long as it reads, the next one after it (the hits a global RegExp
 * would give). One pass, a few operations per character and per 32 steps of the query.
 */
function createHitFinder(program: QueryProgram): (text: string, hits: SearchHit[]) => void {
  const { steps, words, rowOf, masks, split, skipsSpace, start } = program
  const hasSplit = split.length > 0
  const state = new Uint32Array(words)
  // Text positions of the last symbols read, enough to find where a hit of steps + 1 began.
  let ringSize = 1
  while (ringSize < steps + 2) ringSize *= 2
  const ring = new Int32Array(ringSize)
  const ringMask = ringSize - 1
  const prefixWord = (steps - 2) >>> 5
  const prefixBit = 1 << ((steps - 2) & 31)
  const doneWord = (steps - 1) >>> 5
  const doneBit = 1 << ((steps - 1) & 31)
  return (text, hits) => {
    state.fill(0)
    let isPending = false
    let isActive = false
    let read = 0
    for (let i = 0; i < text.length; i++) {
      if (!isActive) {
        // Nothing under way: jump to where a hit could begin (natively, and linear overall).
        start.lastIndex = i
        if (!start.test(text)) break
        i = start.lastIndex - 1
      }
      let code = text.charCodeAt(i)
      if (isSpaceCode(code)) {
        if (skipsSpace) continue
        if (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) continue
        code = 0x20
      }
      ring[read & ringMask] = i
      read++
      // Whether every step but the last matched, ending at the previous symbol.
      const hadPrefix = steps === 1 || ((state[prefixWord] ?? 0) & prefixBit) !== 0
      let carry = 1
      let any = 0
      const base = (rowOf[code] ?? 0) * words
      for (let w = 0; w < words; w++) {
        const value = state[w] ?? 0
        const next = ((value << 1) | carry) & (masks[base + w] ?? 0)
        state[w] = next
        any |= next
        carry = value >>> 31
      }
      const role = hasSplit ? (split[code] ?? 0) : 0
      // The longer reading of the last syllable (`리` + `[사-싷]`) starts one symbol earlier, so
      // when both end here it is the leftmost, and a RegExp would have taken it.
      const isLongHit = isPending && (role & 1) !== 0
      const isShortHit = ((state[doneWord] ?? 0) & doneBit) !== 0
      isPending = hadPrefix && (role & 2) !== 0
      isActive = any !== 0 || isPending
      if (!isLongHit && !isShortHit) continue
      const length = isLongHit ? steps + 1 : steps
      hits.push({ start: ring[(read - length) & ringMask] ?? i, end: i + 1 })
      state.fill(0)
      isPending = false
      isActive = false
    }
  }
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
 * text (same indexing), which supply the hits of entities named by the query. Linear in the
 * texts' length.
 */
export function searchTexts(
  query: CompiledQuery,
  texts: readonly string[],
  mentions: readonly (readonly Mention[])[],
): SearchHit[][] {
  const { program, entities } = query
  const findHits = createHitFinder(program)
  return texts.map((text, index) => {
    const hits: SearchHit[] = []
    findHits(text, hits)
    if (entities.size === 0) return hits
    const before = hits.length
    for (const mention of mentions[index] ?? []) {
      if (entities.has(mention.entity)) hits.push({ start: mention.start, end: mention.end })
    }
    // Program hits come sorted and apart; only entity hits can interleave or overlap them.
    return hits.length === before ? hits : mergeHits(hits)
  })
}
