import { buildAliasMatcher, type AliasMatcher } from './alias-matcher.ts'
import { createGlossReader } from './glosses.ts'
import { isRightBoundary, isWordCode } from './korean-particles.ts'
import { finish, type Slices } from './slices.ts'
import { isSpaceCode, lowerAsciiCode } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'
import { longestWordAt, stepWordAutomaton } from './word-automaton.ts'

// PRODUCT §4: mentions are computed from entity aliases, never stored. The automaton of
// `alias-matcher.ts` finds, for every position, the longest alias starting there; plain code then
// checks the left boundary and the right one, where Korean particles attach to the word
// (`korean-particles.ts`), and takes in a gloss (`glosses.ts`). Every step is linear in the
// text, or bounded by a small constant per position, and the work pauses every few thousand
// characters, so one huge paragraph never holds the page (issue 15).

/** One mention of an entity: UTF-16 offsets into the text (`end` exclusive). */
export type Mention = { start: number; end: number; entity: string }

/** Code units read, or candidates weighed, between two pauses (a power of two). */
const STEP = 8_192

/**
 * Where aliases start in a text, in descending order of `start`: typed arrays, reused from text
 * to text and grown by doubling (plain arrays of numbers cost several times more to fill).
 */
type Candidates = {
  count: number
  starts: Int32Array
  ends: Int32Array
  words: Int32Array
  /** Ring of the text positions of the last symbols read (see `findCandidates`). */
  positions: Int32Array
}

function createCandidates(ringSize: number): Candidates {
  const capacity = 64
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    words: new Int32Array(capacity),
    positions: new Int32Array(ringSize),
  }
}

function addCandidate(found: Candidates, start: number, end: number, word: number): void {
  if (found.count === found.starts.length) {
    const grow = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2)
      bigger.set(array)
      return bigger
    }
    found.starts = grow(found.starts)
    found.ends = grow(found.ends)
    found.words = grow(found.words)
  }
  found.starts[found.count] = start
  found.ends[found.count] = end
  found.words[found.count] = word
  found.count++
}

/**
 * Where aliases start in `text`: for each position where one does, the longest, and where it
 * ends. Reads the text once, right to left (pausing every `STEP` code units), through the
 * automaton of reversed aliases; a run of white space reads as the one space of a normalised
 * alias, and ASCII letters in lower case.
 */
function* findCandidates(matcher: AliasMatcher, text: string, found: Candidates): Slices<void> {
  const { automaton, lengths } = matcher
  const { positions } = found
  const size = positions.length
  found.count = 0
  let read = 0
  let state = 0
  for (let i = text.length - 1; i >= 0; i--) {
    if (((text.length - i) & (STEP - 1)) === 0) yield
    const code = text.charCodeAt(i)
    if (isSpaceCode(code)) {
      if (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) continue
      state = stepWordAutomaton(automaton, state, 0x20)
      positions[read++ % size] = i
      continue
    }
    state = stepWordAutomaton(automaton, state, lowerAsciiCode(code))
    positions[read++ % size] = i
    const word = longestWordAt(automaton, state)
    if (word < 0) continue
    // `positions` holds the last `size` symbols read, and no alias is longer: its last symbol
    // (one character of the text, as an alias never ends in white space) is still there.
    const length = lengths[word] ?? 1
    addCandidate(found, i, (positions[(read - length) % size] ?? i) + 1, word)
  }
}

/**
 * At most this many mentions are marked in one text. A real paragraph holds a few dozen; a text of
 * 400,000 mentions (`가(가(가(…`) is an attack on the reader's tab, and marking every one would
 * hold the page for seconds (PRODUCT §7 safety). The rest of such a text is searched, not marked.
 */
export const MAX_MENTIONS_PER_TEXT = 10_000

/** The mentions in the next text of a document, as pausable work (see `buildMentionFinder`). */
export type MentionFinder = (text: string) => Slices<Mention[]>

// Nothing to find, so nothing to pause for.
// eslint-disable-next-line require-yield
function* noMentions(): Slices<Mention[]> {
  return []
}

/**
 * A finder of the mentions of `entities` in a document's texts (paragraphs, notes, titles), called
 * once per text in reading order. Texts must already be NFC (normalise once at load). Short
 * aliases (`래리`, part of `래리 엘리슨`) count only after a longer alias of the same entity was
 * found earlier in the document, which is why the finder remembers. PRODUCT §4.
 * Building it and using it are linear in the aliases and the texts, and pause as they go; no
 * input makes them throw.
 */
export function* buildMentionFinder(entities: readonly Entity[]): Slices<MentionFinder> {
  const matcher = yield* buildAliasMatcher(entities)
  if (matcher === null) return noMentions
  const { aliases, glosses } = matcher
  const isIntroduced = new Uint8Array(glosses.length)
  const found = createCandidates(matcher.automaton.longestLength)
  return function* (text) {
    const mentions: Mention[] = []
    yield* findCandidates(matcher, text, found)
    if (found.count === 0) return mentions
    const { starts, ends, words } = found
    const glossEnd = createGlossReader(text)
    // Candidates left to right, each the longest alias at its position. A candidate before
    // `next` lies inside a mention already taken, or at the position of a rejected one.
    let next = 0
    for (let k = found.count - 1; k >= 0 && mentions.length < MAX_MENTIONS_PER_TEXT; k--) {
      if (((found.count - k) & (STEP - 1)) === 0) yield
      const start = starts[k] ?? 0
      const alias = aliases[words[k] ?? 0]
      if (start < next || alias === undefined) continue
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue
      let end = ends[k] ?? start
      // Whatever happens here, the next candidate starts after this position: a rejected
      // longest alias leaves nothing at its position (`엘리슨 연구소장` is not `엘리슨`).
      next = start + 1
      const own = glosses[alias.key]
      const gloss = own === undefined ? -1 : glossEnd(end, own)
      if (gloss >= 0) {
        end = gloss
        // A rejected word with a gloss (`미국(USA)인`) takes its gloss with it.
        next = gloss
      }
      if (!isRightBoundary(text, end)) continue
      if (alias.isShort && isIntroduced[alias.key] !== 1) continue
      if (!alias.isShort) isIntroduced[alias.key] = 1
      mentions.push({ start, end, entity: alias.entity })
      next = end
    }
    return mentions
  }
}

/** A finder as `buildMentionFinder` makes it, working at once: for the CLI and tests. */
export function createMentionFinder(entities: readonly Entity[]): (text: string) => Mention[] {
  const find = finish(buildMentionFinder(entities))
  return (text) => finish(find(text))
}

/** The mentions of `entities` in a document's texts, one list per text (see `createMentionFinder`). */
export function findMentionsInDocument(
  entities: readonly Entity[],
  texts: readonly string[],
): Mention[][] {
  const find = createMentionFinder(entities)
  return texts.map((text) => find(text))
}

/** The mentions of `entities` in one text, as a document of its own (see `findMentionsInDocument`). */
export function findMentions(entities: readonly Entity[], text: string): Mention[] {
  return findMentionsInDocument(entities, [text])[0] ?? []
}
