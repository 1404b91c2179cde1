import type { OwnAliases } from './glosses.ts'
import type { Slices } from './slices.ts'
import { normaliseForMatch } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'
import { buildWordAutomatonSlices } from './word-automaton-build.ts'
import {
  longestWordAt,
  shorterWordOf,
  stepWordAutomaton,
  type WordAutomaton,
} from './word-automaton.ts'

// The aliases of every entity in one automaton (PRODUCT §4). notes/korean-text.md measured one
// RegExp alternation as fast, but it backtracks: 600 long aliases froze a tab for 71 s and one
// alias of 6,000 words could not be compiled (issue 15). Building it is linear in the aliases'
// length and pauses as it goes, so thousands of entities never hold the page.

export type Alias = {
  /** Normalised: NFC, ASCII lower-cased, single spaces (`normaliseForMatch`). */
  text: string
  /** The entity it names; the first entity to claim an alias keeps it. */
  entity: string
  /** The entity's id as a small number, for the per-document bookkeeping. */
  key: number
  /** Counts only once its entity has been mentioned by a longer alias (`래리` after `래리 엘리슨`). */
  isShort: boolean
}

export type AliasMatcher = {
  /** Reads a text backwards: word i is alias i reversed. */
  automaton: WordAutomaton
  aliases: readonly Alias[]
  /** Alias i's length, which is also the number of symbols it spans (see `findCandidates`). */
  lengths: Int32Array
  /** Entity key → its normalised aliases, to recognise a gloss `(Larry Ellison)` after a mention. */
  glosses: OwnAliases[]
}

/** Aliases normalised between two pauses of `buildAliasMatcher`. */
const STEP_ALIASES = 2_000
/** Code units of aliases read between two pauses of `findShortAliases`. */
const STEP_CHARS = 16_384

/** An entity's aliases; an entity with no `aliases` field is named by its labels instead. */
function aliasesOf(entity: Entity): readonly string[] {
  return entity.aliases ?? Object.values(entity.label)
}

/**
 * The aliases of one entity that lie inside a longer alias of the same entity (`래리` in
 * `래리 엘리슨`). An automaton over the entity's own aliases keeps this linear in their length
 * however many there are: once an alias is marked, so is every shorter alias it ends with, so
 * each walk down that chain stops at the first mark.
 */
function* findShortAliases(own: readonly string[]): Slices<Set<string>> {
  const automaton = yield* buildWordAutomatonSlices(own)
  const isMarked = new Uint8Array(own.length)
  let work = 0
  for (const [index, alias] of own.entries()) {
    let state = 0
    for (let i = 0; i < alias.length; i++) {
      state = stepWordAutomaton(automaton, state, alias.charCodeAt(i))
      let word = longestWordAt(automaton, state)
      while (word >= 0) {
        if (word !== index) {
          if (isMarked[word] === 1) break
          isMarked[word] = 1
        }
        word = shorterWordOf(automaton, word)
      }
    }
    work += alias.length
    if (work >= STEP_CHARS) {
      work = 0
      yield
    }
  }
  return new Set(own.filter((_, index) => isMarked[index] === 1))
}

/** The matcher of `entities`' aliases, or null when they have none; pauses as it goes. */
export function* buildAliasMatcher(entities: readonly Entity[]): Slices<AliasMatcher | null> {
  const list: Alias[] = []
  const claimed = new Set<string>()
  const keys = new Map<string, number>()
  const glosses: OwnAliases[] = []
  let work = 0
  for (const entity of entities) {
    const own = new Set<string>()
    for (const raw of aliasesOf(entity)) {
      const alias = normaliseForMatch(raw)
      if (alias !== '') own.add(alias)
      if (++work === STEP_ALIASES) {
        work = 0
        yield
      }
    }
    const key = keys.get(entity.id) ?? keys.size
    keys.set(entity.id, key)
    // Entities sharing an id (invalid, but matched all the same) share their bookkeeping; the
    // last one's aliases make its glosses.
    glosses[key] = { aliases: own, hasParen: [...own].some((alias) => alias.includes('(')) }
    const short = own.size > 1 ? yield* findShortAliases([...own]) : new Set<string>()
    for (const alias of own) {
      if (claimed.has(alias)) continue
      claimed.add(alias)
      list.push({ text: alias, entity: entity.id, key, isShort: short.has(alias) })
    }
  }
  if (list.length === 0) return null
  // Read right to left, the automaton tells at each position the longest alias that starts
  // there, and the longest alias wins (`엘리슨 연구소` over `엘리슨`). PRODUCT §4. It reads code
  // units, so the aliases are reversed unit by unit (a surrogate pair reads back to front too).
  const reversed: string[] = []
  for (const alias of list) {
    reversed.push(alias.text.split('').reverse().join(''))
    if (++work === STEP_ALIASES) {
      work = 0
      yield
    }
  }
  const automaton = yield* buildWordAutomatonSlices(reversed, { isDense: true })
  const lengths = Int32Array.from(list, (alias) => alias.text.length)
  return { automaton, aliases: list, lengths, glosses }
}
