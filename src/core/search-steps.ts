import { composeSyllable, decomposeSyllable } from './hangul.ts'
import { getInitialRange, initialToJamo, splitConsonantJamo } from './hangul-initials.ts'
import { getFinalExtensions, getMedialExtensions, splitFinal } from './hangul-typing.ts'

// How each character of a query reads (PRODUCT §5.4): as itself in either case, as an initial
// consonant, or as a syllable still being typed. search-program.ts turns the steps into tables.

/** A run of code units, first and last included. */
export type Range = readonly [first: number, last: number]
/** The code units that may stand at one place of a hit. */
export type Step = readonly Range[]

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

/** The other reading of a half-typed last syllable: `kept`, then a syllable of `next`. */
export type SplitStep = { kept: number; next: Step }

type LastStep = { step: Step; split?: SplitStep }

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

/** A query read as steps; `split` is the other reading of its last syllable, if it has one. */
export type QuerySteps = { steps: Step[]; split: SplitStep | undefined; skipsSpace: boolean }

/**
 * Reads a normalised query as a sequence of steps. A query of consonants alone is initials, read
 * with white space left out; otherwise a consonant letter is an initial, white space is one space,
 * the last character may be a syllable still being typed, and any other character is itself.
 */
export function readQuerySteps(query: string): QuerySteps {
  const steps: Step[] = []
  let last: SplitStep | undefined
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
  return { steps, split: last, skipsSpace }
}
