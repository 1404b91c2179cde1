// Hangul arithmetic for mentions (PRODUCT §4) and search (PRODUCT §5.4). Hand-written rather than
// es-hangul: the few functions below are all we need and weigh a fraction of the package
// (notes/korean-text.md). Everything works on UTF-16 code units: every Hangul letter is in the BMP.

const SYLLABLE_FIRST = 0xac00
const SYLLABLE_LAST = 0xd7a3
const MEDIAL_COUNT = 21
const FINAL_COUNT = 28
/** Syllables per initial consonant: 21 medials × 28 finals. */
const SYLLABLES_PER_INITIAL = MEDIAL_COUNT * FINAL_COUNT

/** Index of ㄹ among the finals: (으)로 takes 로 after it, like after a vowel. */
export const FINAL_RIEUL = 8

/** The three parts of a precomposed syllable, as indices into the Unicode jamo orders. */
export type Syllable = { initial: number; medial: number; final: number }

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
 * Final index → how it splits when a vowel follows: the final that stays on the syllable and the
 * initial that moves to the next one (`릿` + vowel → `리` + ㅅ…, `닭` → `달` + ㄱ…).
 */
const FINAL_SPLITS: readonly (readonly [kept: number, initial: number])[] = [
  [0, -1], // none
  [0, 0], // ㄱ
  [0, 1], // ㄲ
  [1, 9], // ㄳ
  [0, 2], // ㄴ
  [4, 12], // ㄵ
  [4, 18], // ㄶ
  [0, 3], // ㄷ
  [0, 5], // ㄹ
  [8, 0], // ㄺ
  [8, 6], // ㄻ
  [8, 7], // ㄼ
  [8, 9], // ㄽ
  [8, 16], // ㄾ
  [8, 17], // ㄿ
  [8, 18], // ㅀ
  [0, 6], // ㅁ
  [0, 7], // ㅂ
  [17, 9], // ㅄ
  [0, 9], // ㅅ
  [0, 10], // ㅆ
  [0, 11], // ㅇ
  [0, 12], // ㅈ
  [0, 14], // ㅊ
  [0, 15], // ㅋ
  [0, 16], // ㅌ
  [0, 17], // ㅍ
  [0, 18], // ㅎ
]

/** Finals an IME can still grow into with one more consonant: ㄹ → ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ, … */
const FINAL_EXTENSIONS: ReadonlyMap<number, readonly number[]> = new Map([
  [1, [3]],
  [4, [5, 6]],
  [8, [9, 10, 11, 12, 13, 14, 15]],
  [17, [18]],
])

/** Medials an IME can still grow into with one more vowel: ㅗ → ㅘ ㅙ ㅚ, ㅜ → ㅝ ㅞ ㅟ, ㅡ → ㅢ. */
const MEDIAL_EXTENSIONS: ReadonlyMap<number, readonly number[]> = new Map([
  [8, [9, 10, 11]],
  [13, [14, 15, 16]],
  [18, [19]],
])

/** True for a precomposed Hangul syllable (가 … 힣). */
export function isHangulSyllable(code: number): boolean {
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST
}

/**
 * True for a Hangul jamo in any of its blocks: conjoining (U+1100–U+11FF, extended A and B) and
 * compatibility (U+3131–U+318E, what an IME shows for a lone consonant such as ㄹ).
 */
export function isJamo(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3131 && code <= 0x318e) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xd7b0 && code <= 0xd7ff)
  )
}

/** Splits a syllable into initial, medial and final indices (final 0 = none); null otherwise. */
export function decomposeSyllable(code: number): Syllable | null {
  if (!isHangulSyllable(code)) return null
  const k = code - SYLLABLE_FIRST
  return {
    initial: Math.floor(k / SYLLABLES_PER_INITIAL),
    medial: Math.floor((k % SYLLABLES_PER_INITIAL) / FINAL_COUNT),
    final: k % FINAL_COUNT,
  }
}

/** The syllable made of the given indices (the inverse of `decomposeSyllable`). */
export function composeSyllable(initial: number, medial: number, final = 0): string {
  return String.fromCharCode(
    SYLLABLE_FIRST + initial * SYLLABLES_PER_INITIAL + medial * FINAL_COUNT + final,
  )
}

/** True for a syllable that ends in a consonant (받침), which decides 은/는, 이/가, 을/를, … */
export function hasFinalConsonant(code: number): boolean {
  return isHangulSyllable(code) && (code - SYLLABLE_FIRST) % FINAL_COUNT !== 0
}

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

/**
 * How a final consonant splits when a vowel follows: the final kept on the syllable and the
 * initial of the next one (`릿` → `리` + ㅅ; `닭` → `달` + ㄱ). Null for final 0 (none).
 */
export function splitFinal(final: number): { kept: number; initial: number } | null {
  const split = FINAL_SPLITS[final]
  if (split === undefined || split[1] < 0) return null
  return { kept: split[0], initial: split[1] }
}

/** Finals the given final still grows into while typing (ㄹ → ㄺ ㄻ …); empty when none. */
export function getFinalExtensions(final: number): readonly number[] {
  return FINAL_EXTENSIONS.get(final) ?? []
}

/** Medials the given medial still grows into while typing (ㅗ → ㅘ ㅙ ㅚ); empty when none. */
export function getMedialExtensions(medial: number): readonly number[] {
  return MEDIAL_EXTENSIONS.get(medial) ?? []
}
