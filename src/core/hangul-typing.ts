// How a syllable still changes while an IME composes it (PRODUCT §5.4): the final that moves on
// to the next syllable when a vowel follows, and the finals and medials a syllable can grow into.
// Indices are those of hangul.ts (`decomposeSyllable`); notes/korean-text.md.

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
