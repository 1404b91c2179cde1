import type { QueryProgram } from './search-program.ts'
import { isSpaceCode } from './text-form.ts'

// PRODUCT §5.4: instant search without an index. notes/korean-text.md measured a linear scan per
// query at a few ms over 2 M characters, which fits a keystroke; an index would cost memory and
// still not understand initials or half-typed syllables. The scan is not a RegExp: a query is a
// fixed sequence of character sets (a syllable, any syllable with an initial, …), read by a
// bit-parallel matcher (Shift-And) in one pass whatever the query. A RegExp of the same query
// backtracks: `?q=` of `a+` × 5,000 or 10,000 pasted `ㄹ` threw, and 200 initials took 2 s on
// 1 MB, a spaced 10,000-letter query minutes (issue 15).

/** One search hit: UTF-16 offsets into a text (`end` exclusive). */
export type SearchHit = { start: number; end: number }

/**
 * Reads texts with `program`: returns a function that appends the hits in a text to a list,
 * leftmost first, each as long as it reads, the next one after it (the hits a global RegExp
 * would give). One pass, a few operations per character and per 32 steps of the query.
 */
export function createHitFinder(program: QueryProgram): (text: string, hits: SearchHit[]) => void {
  const { steps, words, rowOf, masks, split, skipsSpace, start } = program
  const hasSplit = split.length > 0
  const state = new Uint32Array(words)
  // Text positions of the last symbols read, enough to find where a hit of steps + 1 began.
  let ringSize = 1
  while (ringSize < steps + 2) ringSize *= 2
  const ring = new Int32Array(ringSize)
  const ringMask = ringSize - 1
  const prefixWord = (steps - 2) >>> 5
  const prefixBit = 1 << ((steps - 2) & 31)
  const doneWord = (steps - 1) >>> 5
  const doneBit = 1 << ((steps - 1) & 31)
  return (text, hits) => {
    state.fill(0)
    let isPending = false
    let isActive = false
    let read = 0
    for (let i = 0; i < text.length; i++) {
      if (!isActive) {
        // Nothing under way: jump to where a hit could begin (natively, and linear overall).
        start.lastIndex = i
        if (!start.test(text)) break
        i = start.lastIndex - 1
      }
      let code = text.charCodeAt(i)
      if (isSpaceCode(code)) {
        if (skipsSpace) continue
        if (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) continue
        code = 0x20
      }
      ring[read & ringMask] = i
      read++
      // Whether every step but the last matched, ending at the previous symbol.
      const hadPrefix = steps === 1 || ((state[prefixWord] ?? 0) & prefixBit) !== 0
      let carry = 1
      let any = 0
      const base = (rowOf[code] ?? 0) * words
      for (let w = 0; w < words; w++) {
        const value = state[w] ?? 0
        const next = ((value << 1) | carry) & (masks[base + w] ?? 0)
        state[w] = next
        any |= next
        carry = value >>> 31
      }
      const role = hasSplit ? (split[code] ?? 0) : 0
      // The longer reading of the last syllable (`리` + `[사-싷]`) starts one symbol earlier, so
      // when both end here it is the leftmost, and a RegExp would have taken it.
      const isLongHit = isPending && (role & 1) !== 0
      const isShortHit = ((state[doneWord] ?? 0) & doneBit) !== 0
      isPending = hadPrefix && (role & 2) !== 0
      isActive = any !== 0 || isPending
      if (!isLongHit && !isShortHit) continue
      const length = isLongHit ? steps + 1 : steps
      hits.push({ start: ring[(read - length) & ringMask] ?? i, end: i + 1 })
      state.fill(0)
      isPending = false
      isActive = false
    }
  }
}
