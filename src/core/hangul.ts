// Hangul syllable arithmetic for mentions (PRODUCT §4) and search (PRODUCT §5.4). Hand-written
// rather than es-hangul: the few functions here and in hangul-initials.ts and hangul-typing.ts are
// all we need and weigh a fraction of the package (notes/korean-text.md). Everything works on
// UTF-16 code units: every Hangul letter is in the BMP.

const SYLLABLE_FIRST = 0xac00
const SYLLABLE_LAST = 0xd7a3
/** Medials (vowels) per initial consonant. */
export const MEDIAL_COUNT = 21
/** Finals per initial and medial, counting none (index 0). */
export const FINAL_COUNT = 28
/** Syllables per initial consonant: 21 medials × 28 finals. */
const SYLLABLES_PER_INITIAL = MEDIAL_COUNT * FINAL_COUNT

/** Index of ㄹ among the finals: (으)로 takes 로 after it, like after a vowel. */
export const FINAL_RIEUL = 8

/** The three parts of a precomposed syllable, as indices into the Unicode jamo orders. */
export type Syllable = { initial: number; medial: number; final: number }

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
