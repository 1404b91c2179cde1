// An Aho–Corasick automaton over UTF-16 code units. Mentions (PRODUCT §4) match any number of
// aliases in one pass over a text, in time linear in the text and in the aliases together, with
// no backtracking and no recursion: one RegExp alternation of every alias froze a tab for 71 s
// on 600 long aliases and threw on one alias of 6,000 words (issue 15).

/** No node, no word. */
export const NONE = -1
/** The start state. */
export const ROOT = 0
/** Children of a node are few (one, mostly): a linear scan beats a binary search below this. */
export const LINEAR_SCAN = 8

/**
 * A built automaton. Built by `buildWordAutomaton`. Read a text one code unit at a time with `stepWordAutomaton`, starting from
 * state 0; `longestWordAt` then names the longest word ending there. Plain typed arrays, so a
 * text of millions of characters reads in a tight loop.
 */
export type WordAutomaton = {
  /** Root transitions by code unit when dense (65,536 entries), else empty. */
  readonly rootNext: Int32Array
  /** Node n's children are edges edgeStart[n] … edgeStart[n + 1] - 1, sorted by code. */
  readonly edgeStart: Int32Array
  readonly edgeCode: Int32Array
  readonly edgeTarget: Int32Array
  readonly fail: Int32Array
  /** Node → the index of the longest word that is a suffix of what the node has read, or -1. */
  readonly longest: Int32Array
  /** Word → the longest word that is a proper suffix of it, or -1. */
  readonly shorter: Int32Array
  /** The length of the longest word, in code units. */
  readonly longestLength: number
}

function findChild(automaton: WordAutomaton, node: number, code: number): number {
  const { edgeStart, edgeCode, edgeTarget } = automaton
  let low = edgeStart[node] ?? 0
  let high = edgeStart[node + 1] ?? 0
  if (high - low <= LINEAR_SCAN) {
    for (; low < high; low++) if (edgeCode[low] === code) return edgeTarget[low] ?? NONE
    return NONE
  }
  while (low < high) {
    const middle = (low + high) >>> 1
    const found = edgeCode[middle] ?? 0
    if (found === code) return edgeTarget[middle] ?? NONE
    if (found < code) low = middle + 1
    else high = middle
  }
  return NONE
}

/** The state after reading the code unit `code` in `state` (state 0 is the start). */
export function stepWordAutomaton(automaton: WordAutomaton, state: number, code: number): number {
  const { rootNext, fail } = automaton
  let node = state
  while (node !== ROOT) {
    const next = findChild(automaton, node, code)
    if (next !== NONE) return next
    node = fail[node] ?? ROOT
  }
  const next = rootNext.length > 0 ? (rootNext[code] ?? NONE) : findChild(automaton, ROOT, code)
  return next === NONE ? ROOT : next
}

/** The index of the longest word that ends where `state` stands, or -1. */
export function longestWordAt(automaton: WordAutomaton, state: number): number {
  return automaton.longest[state] ?? NONE
}

/** The longest word that is a proper suffix of word `word` (the next one ending at the same place), or -1. */
export function shorterWordOf(automaton: WordAutomaton, word: number): number {
  return automaton.shorter[word] ?? NONE
}
