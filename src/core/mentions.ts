import { FINAL_RIEUL, decomposeSyllable, isHangulSyllable, isJamo } from './hangul.ts'
import { isSpaceCode, lowerAscii, lowerAsciiCode, normaliseForMatch } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'
import {
  buildWordAutomaton,
  longestWordAt,
  shorterWordOf,
  stepWordAutomaton,
  type WordAutomaton,
} from './word-automaton.ts'

// PRODUCT §4: mentions are computed from entity aliases, never stored. An automaton over all
// aliases finds, for every position, the longest alias starting there (notes/korean-text.md
// measured one RegExp alternation as fast, but it backtracks: 600 long aliases froze a tab for
// 71 s and one alias of 6,000 words could not be compiled, issue 15). Plain code then checks the
// left boundary and the right one, where Korean particles attach to the word. Every step is
// linear in the text, or bounded by a small constant per position.

/** One mention of an entity: UTF-16 offsets into the text (`end` exclusive). */
export type Mention = { start: number; end: number; entity: string }

type Alias = {
  /** Normalised: NFC, ASCII lower-cased, single spaces (`normaliseForMatch`). */
  text: string
  /** The entity it names; the first entity to claim an alias keeps it. */
  entity: string
  /** The entity's id as a small number, for the per-document bookkeeping. */
  key: number
  /** Counts only once its entity has been mentioned by a longer alias (`래리` after `래리 엘리슨`). */
  isShort: boolean
}

type Matcher = {
  /** Reads a text backwards: word i is alias i reversed. */
  automaton: WordAutomaton
  aliases: readonly Alias[]
  /** Alias i's length, which is also the number of symbols it spans (see `findCandidates`). */
  lengths: Int32Array
  /** Entity key → its normalised aliases, to recognise a gloss `(Larry Ellison)` after a mention. */
  glosses: OwnAliases[]
}

type OwnAliases = {
  aliases: ReadonlySet<string>
  /** Whether any alias holds a `(`: if none does, a parenthesis holding one is no gloss. */
  hasParen: boolean
}

/**
 * Where particles may follow: any syllable, or one agreeing with the final consonant before it.
 * `rieul` forms (로, 로서, …) follow a vowel or ㄹ; `eu` forms (으로, …) any other consonant.
 */
type Attach = 'any' | 'vowel' | 'consonant' | 'rieul' | 'eu'

/**
 * `particle` may be followed by more of the chain; `ending` closes it; `past` (이었/였) may be
 * followed only by a `tail` (다, 어요, …) or the end of the word.
 */
type Kind = 'particle' | 'ending' | 'past' | 'tail'

type Particle = { form: string; attach: Attach; kind: Kind }

/** `'는/은 가/이'` → 는 after a vowel, 은 after a consonant, … */
function pairs(kind: Kind, list: string): Particle[] {
  return list.split(' ').flatMap((pair): Particle[] => {
    const [vowel = '', consonant = ''] = pair.split('/')
    return [
      { form: vowel, attach: 'vowel', kind },
      { form: consonant, attach: 'consonant', kind },
    ]
  })
}

function forms(kind: Kind, attach: Attach, list: string): Particle[] {
  return list.split(' ').map((form) => ({ form, attach, kind }))
}

// PRODUCT §4's particles and the endings of notes/korean-text.md. Combinations (과의, 에서도,
// 들이, …) are chains of these, so they need no entries of their own. `인` is deliberately absent:
// `미국인` (an American) is not a mention of 미국.
const PARTICLES: readonly Particle[] = [
  ...forms(
    'particle',
    'any',
    '의 에 에게 에게서 한테 한테서 께 께서 에서 부터 까지 처럼 보다 도 만 만큼 마저 조차 밖에 하고 ' +
      '같이 들 님 씨 측 간',
  ),
  ...pairs(
    'particle',
    '는/은 가/이 를/을 와/과 나/이나 랑/이랑 라고/이라고 라는/이라는 란/이란 라도/이라도 ' +
      '라서/이라서 든/이든 든지/이든지 며/이며',
  ),
  ...forms('particle', 'rieul', '로 로서 로써'),
  ...forms('particle', 'eu', '으로 으로서 으로써'),
  // The copula keeps its 이 after a vowel too (`친구이다` beside `친구다`).
  ...forms('ending', 'any', '요 이다 입니다'),
  ...forms('ending', 'vowel', '다'),
  ...pairs('ending', '예요/이에요 죠/이죠 야/이야 고/이고 지만/이지만 니까/이니까 라면/이라면'),
  ...forms('past', 'any', '이었'),
  ...forms('past', 'vowel', '였'),
  ...forms('tail', 'any', '다 어요 어 고 는데 지만 던 습니다 죠'),
]

/** Particles by first character, longest first, so a chain is tried with few comparisons. */
const PARTICLES_BY_FIRST: ReadonlyMap<string, readonly Particle[]> = (() => {
  const map = new Map<string, Particle[]>()
  for (const particle of PARTICLES) {
    const first = particle.form.charAt(0)
    const list = map.get(first) ?? []
    list.push(particle)
    map.set(first, list)
  }
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length)
  return map
})()

/** A word longer than this after an alias is not a particle chain (`에서부터까지도요` is 8). */
const MAX_CHAIN = 12

/** A gloss is a short parenthesis: `(Larry Ellison)`, `(손정의)`. */
const MAX_GLOSS = 200

// PRODUCT §4's word characters: an alias must not be glued to a Hangul letter or [A-Za-z0-9] on
// either side (particles aside).
function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    isHangulSyllable(code) ||
    isJamo(code)
  )
}

function isWordCharAt(text: string, index: number): boolean {
  return index < text.length && isWordCode(text.charCodeAt(index))
}

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
function findShortAliases(own: readonly string[]): Set<string> {
  const automaton = buildWordAutomaton(own)
  const isMarked = new Uint8Array(own.length)
  own.forEach((alias, index) => {
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
  })
  return new Set(own.filter((_, index) => isMarked[index] === 1))
}

function buildMatcher(entities: readonly Entity[]): Matcher | null {
  const list: Alias[] = []
  const claimed = new Set<string>()
  const keys = new Map<string, number>()
  const glosses: OwnAliases[] = []
  for (const entity of entities) {
    const own = new Set<string>()
    for (const raw of aliasesOf(entity)) {
      const alias = normaliseForMatch(raw)
      if (alias !== '') own.add(alias)
    }
    const key = keys.get(entity.id) ?? keys.size
    keys.set(entity.id, key)
    // Entities sharing an id (invalid, but matched all the same) share their bookkeeping; the
    // last one's aliases make its glosses.
    glosses[key] = { aliases: own, hasParen: [...own].some((alias) => alias.includes('(')) }
    const short = own.size > 1 ? findShortAliases([...own]) : new Set<string>()
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
  const automaton = buildWordAutomaton(
    list.map((alias) => alias.text.split('').reverse().join('')),
    { isDense: true },
  )
  const lengths = Int32Array.from(list, (alias) => alias.text.length)
  return { automaton, aliases: list, lengths, glosses }
}

function agrees(attach: Attach, before: number): boolean {
  if (attach === 'any') return true
  const syllable = decomposeSyllable(before)
  // After a Latin letter, a digit or `)` either form reads fine (`OpenAI와`, `CEO로`).
  if (syllable === null) return true
  const { final } = syllable
  switch (attach) {
    case 'vowel':
      return final === 0
    case 'consonant':
      return final !== 0
    case 'rieul':
      return final === 0 || final === FINAL_RIEUL
    case 'eu':
      return final !== 0 && final !== FINAL_RIEUL
  }
}

function isChain(word: string, at: number, before: number, previous: Kind | null): boolean {
  if (at === word.length) return true
  const candidates = PARTICLES_BY_FIRST.get(word.charAt(at))
  if (candidates === undefined || previous === 'ending') return false
  for (const particle of candidates) {
    if ((particle.kind === 'tail') !== (previous === 'past')) continue
    if (!word.startsWith(particle.form, at) || !agrees(particle.attach, before)) continue
    const end = at + particle.form.length
    if (isChain(word, end, word.charCodeAt(end - 1), particle.kind)) return true
  }
  return false
}

/**
 * The right boundary of PRODUCT §4: the text ends, or white space or punctuation follows, or a
 * run of Hangul that is wholly a chain of particles and endings agreeing with the character
 * before it (`무스타파가`, not `무스타파을`; `미국은`, not `미국인`). Reads at most `MAX_CHAIN + 1`
 * characters, however long the run.
 */
function isRightBoundary(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + MAX_CHAIN + 1)
  let stop = end
  while (stop < limit && isHangulSyllable(text.charCodeAt(stop))) stop++
  if (stop - end > MAX_CHAIN) return false
  if (isWordCharAt(text, stop)) return false
  if (stop === end) return true
  return isChain(text.slice(end, stop), 0, text.charCodeAt(end - 1), null)
}

/**
 * Answers "where is the first `char` at or after this position?" for one text, in constant
 * time on average: positions are asked mostly in increasing order, so the last answer is kept
 * and the text searched again only past it; a position before the last one asked is searched
 * only up to `MAX_GLOSS` characters. -1 when there is none (or none within `MAX_GLOSS` of an
 * earlier position), which for a gloss means the same. Searching the whole rest of the text
 * each time made unclosed parentheses quadratic: `가(가(가(…` took 9 s (issue 15).
 */
function createCharFinder(text: string, char: string): (position: number) => number {
  const code = char.charCodeAt(0)
  let asked = -1
  let found = -1
  return (position) => {
    if (asked >= 0 && position >= asked && (found < 0 || position <= found)) return found
    if (asked >= 0 && position < asked) {
      const stop = Math.min(asked, position + MAX_GLOSS + 1)
      for (let i = position; i < stop; i++) if (text.charCodeAt(i) === code) return i
      return stop === asked ? found : -1
    }
    asked = position
    found = text.indexOf(char, position)
    return found
  }
}

/**
 * Reads glosses in one text: `(<alias of the same entity>)` right after a mention (PRODUCT §4,
 * `래리 엘리슨(Larry Ellison)`). Returns where the gloss opening at `open` ends, or -1. Each
 * parenthesis is normalised at most once however many candidates end before it, and one holding
 * another `(` is dismissed at once when no alias of the entity has one.
 */
function createGlossReader(text: string): (open: number, own: OwnAliases) => number {
  const closeAfter = createCharFinder(text, ')')
  const openAfter = createCharFinder(text, '(')
  let lastOpen = -1
  let lastInner = ''
  return (open, own) => {
    if (text.charCodeAt(open) !== 0x28 /* ( */) return -1
    const close = closeAfter(open + 1)
    if (close < 0 || close - open > MAX_GLOSS) return -1
    if (!own.hasParen) {
      const nested = openAfter(open + 1)
      if (nested >= 0 && nested < close) return -1
    }
    if (open !== lastOpen) {
      lastOpen = open
      lastInner = lowerAscii(text.slice(open + 1, close))
        .trim()
        .replace(/\s+/g, ' ')
    }
    return own.aliases.has(lastInner) ? close + 1 : -1
  }
}

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
 * ends. Reads the text once, right to left, through the automaton of reversed aliases; a run of
 * white space reads as the one space of a normalised alias, and ASCII letters in lower case.
 */
function findCandidates(matcher: Matcher, text: string, found: Candidates): void {
  const { automaton, lengths } = matcher
  const { positions } = found
  const size = positions.length
  found.count = 0
  let read = 0
  let state = 0
  for (let i = text.length - 1; i >= 0; i--) {
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

/**
 * A finder of the mentions of `entities` in a document's texts (paragraphs, notes, titles), called
 * once per text in reading order. Texts must already be NFC (normalise once at load). Short
 * aliases (`래리`, part of `래리 엘리슨`) count only after a longer alias of the same entity was
 * found earlier in the document, which is why the finder remembers. PRODUCT §4.
 * Linear in the texts' length; no input makes it throw.
 */
export function createMentionFinder(entities: readonly Entity[]): (text: string) => Mention[] {
  const matcher = buildMatcher(entities)
  if (matcher === null) return () => []
  const { aliases, glosses } = matcher
  const isIntroduced = new Uint8Array(glosses.length)
  const found = createCandidates(matcher.automaton.longestLength)
  return (text) => {
    const mentions: Mention[] = []
    findCandidates(matcher, text, found)
    if (found.count === 0) return mentions
    const { starts, ends, words } = found
    const glossEnd = createGlossReader(text)
    // Candidates left to right, each the longest alias at its position. A candidate before
    // `next` lies inside a mention already taken, or at the position of a rejected one.
    let next = 0
    for (let k = found.count - 1; k >= 0 && mentions.length < MAX_MENTIONS_PER_TEXT; k--) {
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
