import { FINAL_RIEUL, decomposeSyllable, isHangulSyllable, isJamo } from './hangul.ts'

// PRODUCT §4's boundaries of a mention: an alias must not be glued to a word character on either
// side, except for Korean particles and endings after it, which must agree with the final
// consonant before them (`무스타파가`, not `무스타파을`).

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
// either side (particles aside).
export function isWordCode(code: number): boolean {
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
export function isRightBoundary(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + MAX_CHAIN + 1)
  let stop = end
  while (stop < limit && isHangulSyllable(text.charCodeAt(stop))) stop++
  if (stop - end > MAX_CHAIN) return false
  if (isWordCharAt(text, stop)) return false
  if (stop === end) return true
  return isChain(text.slice(end, stop), 0, text.charCodeAt(end - 1), null)
}
