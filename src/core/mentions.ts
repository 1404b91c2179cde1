import { FINAL_RIEUL, decomposeSyllable, isHangulSyllable } from './hangul.ts'
import { escapeForPattern, lowerAscii, normaliseForMatch } from './text-form.ts'
import type { Entity } from './transcript-schema.ts'

// PRODUCT §4: mentions are computed from entity aliases, never stored. The approach follows
// notes/korean-text.md: one alternation RegExp finds candidates (longest alias first, left
// boundary as a lookbehind), then plain code checks the right boundary, where Korean particles
// attach to the word.

/** One mention of an entity: UTF-16 offsets into the text (`end` exclusive). */
export type Mention = { start: number; end: number; entity: string }

type Alias = {
  entity: string
  /** Counts only once its entity has been mentioned by a longer alias (`래리` after `래리 엘리슨`). */
  isShort: boolean
}

type Matcher = {
  pattern: RegExp
  /** Normalised alias → what it names; the first entity to claim an alias keeps it. */
  aliases: Map<string, Alias>
  /** Entity → its normalised aliases, to recognise a gloss `(Larry Ellison)` after a mention. */
  glosses: Map<string, Set<string>>
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

// PRODUCT §4's word characters: an alias must not be glued to a Hangul letter or [A-Za-z0-9] on
// either side (particles aside). A plain class, not \p{L}: it keeps the lookbehind about three
// times faster over 2 M characters.
const WORD_CLASS =
  '\\u1100-\\u11ff\\u3131-\\u318e\\ua960-\\ua97f\\ud7b0-\\ud7ff\\uac00-\\ud7a3A-Za-z0-9'
const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`)

function isWordCharAt(text: string, index: number): boolean {
  return index < text.length && WORD_CHAR.test(text.charAt(index))
}

/** An entity's aliases; an entity with no `aliases` field is named by its labels instead. */
function aliasesOf(entity: Entity): readonly string[] {
  return entity.aliases ?? Object.values(entity.label)
}

function buildMatcher(entities: readonly Entity[]): Matcher | null {
  const aliases = new Map<string, Alias>()
  const glosses = new Map<string, Set<string>>()
  for (const entity of entities) {
    const own = new Set<string>()
    for (const raw of aliasesOf(entity)) {
      const alias = normaliseForMatch(raw)
      if (alias !== '') own.add(alias)
    }
    glosses.set(entity.id, own)
    for (const alias of own) {
      if (aliases.has(alias)) continue
      const isShort = [...own].some((other) => other.length > alias.length && other.includes(alias))
      aliases.set(alias, { entity: entity.id, isShort })
    }
  }
  if (aliases.size === 0) return null
  // Longest first: alternation takes the first alternative that matches, so at any position the
  // longest alias wins (`엘리슨 연구소` over `엘리슨`). PRODUCT §4.
  const alternatives = [...aliases.keys()]
    .sort((a, b) => b.length - a.length)
    .map((alias) => escapeForPattern(alias).replace(/ /g, '\\s+'))
  const pattern = new RegExp(`(?<![${WORD_CLASS}])(?:${alternatives.join('|')})`, 'g')
  return { pattern, aliases, glosses }
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
 * before it (`무스타파가`, not `무스타파을`; `미국은`, not `미국인`).
 */
function isRightBoundary(text: string, end: number): boolean {
  let stop = end
  while (stop < text.length && isHangulSyllable(text.charCodeAt(stop))) stop++
  if (isWordCharAt(text, stop)) return false
  if (stop === end) return true
  if (stop - end > MAX_CHAIN) return false
  return isChain(text.slice(end, stop), 0, text.charCodeAt(end - 1), null)
}

/** The end of a gloss `(<alias of the same entity>)` starting at `open`, or -1. */
function glossEnd(lower: string, open: number, own: ReadonlySet<string> | undefined): number {
  if (own === undefined || lower.charCodeAt(open) !== 0x28 /* ( */) return -1
  const close = lower.indexOf(')', open + 1)
  if (close < 0 || close - open > 200) return -1
  const inner = lower
    .slice(open + 1, close)
    .trim()
    .replace(/\s+/g, ' ')
  return own.has(inner) ? close + 1 : -1
}

/**
 * A finder of the mentions of `entities` in a document's texts (paragraphs, notes, titles), called
 * once per text in reading order. Texts must already be NFC (normalise once at load). Short
 * aliases (`래리`, part of `래리 엘리슨`) count only after a longer alias of the same entity was
 * found earlier in the document, which is why the finder remembers. PRODUCT §4.
 */
export function createMentionFinder(entities: readonly Entity[]): (text: string) => Mention[] {
  const matcher = buildMatcher(entities)
  if (matcher === null) return () => []
  const { pattern, aliases, glosses } = matcher
  const introduced = new Set<string>()
  return (text) => {
    const mentions: Mention[] = []
    // Same length as `text`, so offsets found in it are offsets into `text`.
    const lower = lowerAscii(text)
    pattern.lastIndex = 0
    for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
      const start = match.index
      const alias = aliases.get(match[0].replace(/\s+/g, ' '))
      let end = start + match[0].length
      // Whatever happens here, the next candidate starts after this position: a rejected
      // longest alias leaves nothing at its position (`엘리슨 연구소장` is not `엘리슨`).
      pattern.lastIndex = start + 1
      if (alias === undefined) continue
      const gloss = glossEnd(lower, end, glosses.get(alias.entity))
      if (gloss >= 0) {
        end = gloss
        // A rejected word with a gloss (`미국(USA)인`) takes its gloss with it.
        pattern.lastIndex = gloss
      }
      if (!isRightBoundary(text, end)) continue
      if (alias.isShort && !introduced.has(alias.entity)) continue
      if (!alias.isShort) introduced.add(alias.entity)
      mentions.push({ start, end, entity: alias.entity })
      pattern.lastIndex = end
    }
    return mentions
  }
}

/** The mentions of `entities` in a document's texts, one list per text (see `createMentionFinder`). */
export function findMentionsInDocument(
  entities: readonly Entity[],
  texts: readonly string[],
): Mention[][] {
  return texts.map(createMentionFinder(entities))
}

/** The mentions of `entities` in one text, as a document of its own (see `findMentionsInDocument`). */
export function findMentions(entities: readonly Entity[], text: string): Mention[] {
  return findMentionsInDocument(entities, [text])[0] ?? []
}
