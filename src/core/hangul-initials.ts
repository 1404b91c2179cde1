import { composeSyllable, FINAL_COUNT, MEDIAL_COUNT } from './hangul.ts'

// Initial consonants (choseong) as a reader types them in a query: a lone consonant letter, the
// compound an IME makes of two in a row, and the syllables that begin with each (PRODUCT §5.4).

/** Compatibility jamo ㄱ (U+3131) … ㅎ (U+314E) → their parts as initial consonants. */
// Compound consonants (ㄳ, ㄺ, …) are what an IME shows when two consonants are typed in a row,
// so in a query they stand for two initials.
const COMPAT_CONSONANT_INITIALS: readonly (readonly number[])[] = [
  [0], // ㄱ
  [1], // ㄲ
  [0, 9], // ㄳ
  [2], // ㄴ
  [2, 12], // ㄵ
  [2, 18], // ㄶ
  [3], // ㄷ
  [4], // ㄸ
  [5], // ㄹ
  [5, 0], // ㄺ
  [5, 6], // ㄻ
  [5, 7], // ㄼ
  [5, 9], // ㄽ
  [5, 16], // ㄾ
  [5, 17], // ㄿ
  [5, 18], // ㅀ
  [6], // ㅁ
  [7], // ㅂ
  [8], // ㅃ
  [7, 9], // ㅄ
  [9], // ㅅ
  [10], // ㅆ
  [11], // ㅇ
  [12], // ㅈ
  [13], // ㅉ
  [14], // ㅊ
  [15], // ㅋ
  [16], // ㅌ
  [17], // ㅍ
  [18], // ㅎ
]
const COMPAT_CONSONANT_FIRST = 0x3131
const COMPAT_CONSONANT_LAST = 0x314e

/** Initial index → its compatibility jamo, the form a query is typed in. */
const INITIAL_JAMO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'

/**
 * The initial-consonant index of a lone consonant letter: a compatibility jamo ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ
 * ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ or a conjoining initial (U+1100–U+1112); null for anything else,
 * including compound consonants such as ㄳ (see `splitConsonantJamo`).
 */
export function toInitialIndex(code: number): number | null {
  const initials = splitConsonantJamo(code)
  return initials.length === 1 ? (initials[0] ?? null) : null
}

/**
 * The initial consonants a lone consonant letter stands for: one for ㄱ … ㅎ, two for a compound
 * such as ㄳ (ㄱ + ㅅ), which an IME composes when two consonants are typed in a row. Empty for
 * anything that is not a consonant letter.
 */
export function splitConsonantJamo(code: number): readonly number[] {
  if (code >= 0x1100 && code <= 0x1112) return [code - 0x1100]
  if (code < COMPAT_CONSONANT_FIRST || code > COMPAT_CONSONANT_LAST) return []
  return COMPAT_CONSONANT_INITIALS[code - COMPAT_CONSONANT_FIRST] ?? []
}

/** The compatibility jamo of an initial index (0 → ㄱ), as typed in an initial-consonant query. */
export function initialToJamo(initial: number): string {
  return INITIAL_JAMO.charAt(initial)
}

/**
 * The first and last syllable with the given initial, so a character class `[first-last]` matches
 * any syllable starting with it (ㄹ → 라 … 릻).
 */
export function getInitialRange(initial: number): { first: string; last: string } {
  return {
    first: composeSyllable(initial, 0, 0),
    last: composeSyllable(initial, MEDIAL_COUNT - 1, FINAL_COUNT - 1),
  }
}
