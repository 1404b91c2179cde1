import { readQuerySteps, type Range, type Step } from './search-steps.ts'

/**
 * A query as a sequence of steps, each a set of code units, read over a text's symbols: its
 * characters, with each run of white space as one space (`래리 엘리슨` in `래리  엘리슨`), or with
 * white space left out when the query is initials only (`ㄹㄹㅇㄹㅅ` in `래리 엘리슨`).
 */
export type QueryProgram = {
  /** Number of steps. */
  readonly steps: number
  /** 32-bit words per row of `masks`. */
  readonly words: number
  /** Code unit → its row in `masks`; row 0 (all clear) for code units no step holds. */
  readonly rowOf: Int32Array
  /** Bit j of a code unit's row is set when the code unit may stand at step j. */
  readonly masks: Uint32Array
  /**
   * The half-typed last syllable may also be a syllable `kept` followed by a second one
   * (`릿` → `리` + `[사-싷]`): per code unit, bit 1 marks `kept`, bit 0 the second set.
   * Empty when the last step has no such reading.
   */
  readonly split: Uint8Array
  readonly skipsSpace: boolean
  /**
   * One character class of the code units a hit can begin with, to skip to the next place one
   * may start. A single class reads each character once, so as a RegExp it cannot backtrack.
   */
  readonly start: RegExp
}

/**
 * Compiles a normalised query into the tables the bit-parallel matcher reads
 * (search-matcher.ts): one bit per step in each code unit's row.
 */
export function compileProgram(query: string): QueryProgram {
  const { steps, split: last, skipsSpace } = readQuerySteps(query)
  const words = Math.ceil(steps.length / 32)
  // Steps repeat (a query of 200 ㄹ is one set 200 times): each distinct set is walked once.
  const distinct = new Map<string, { step: Step; bits: Uint32Array }>()
  steps.forEach((step, j) => {
    const key = step.join(' ')
    const entry = distinct.get(key) ?? { step, bits: new Uint32Array(words) }
    entry.bits[j >>> 5] = (entry.bits[j >>> 5] ?? 0) | (1 << (j & 31))
    distinct.set(key, entry)
  })
  const rowOf = new Int32Array(0x10000)
  let rows = 1
  for (const { step } of distinct.values())
    for (const [first, lastCode] of step)
      for (let c = first; c <= lastCode; c++) if (rowOf[c] === 0) rowOf[c] = rows++
  const masks = new Uint32Array(rows * words)
  for (const { step, bits } of distinct.values())
    for (const [first, lastCode] of step)
      for (let c = first; c <= lastCode; c++) {
        const row = (rowOf[c] ?? 0) * words
        for (let w = 0; w < words; w++) masks[row + w] = (masks[row + w] ?? 0) | (bits[w] ?? 0)
      }
  const split = new Uint8Array(last === undefined ? 0 : 0x10000)
  if (last !== undefined) {
    for (const [first, lastCode] of last.next) for (let c = first; c <= lastCode; c++) split[c] = 1
    split[last.kept] = (split[last.kept] ?? 0) | 2
  }
  const first = [
    ...(steps[0] ?? []),
    ...(last !== undefined && steps.length === 1 ? [[last.kept, last.kept] as const] : []),
  ]
  return {
    steps: steps.length,
    words,
    rowOf,
    masks,
    split,
    skipsSpace,
    start: classPattern(first),
  }
}

/** A RegExp of one character class holding `ranges`, every code unit written as an escape. */
function classPattern(ranges: readonly Range[]): RegExp {
  const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`
  const items = ranges.map(([first, last]) =>
    first === last ? escape(first) : `${escape(first)}-${escape(last)}`,
  )
  return new RegExp(`[${items.join('')}]`, 'g')
}
