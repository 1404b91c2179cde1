// An Aho–Corasick automaton over UTF-16 code units. Mentions (PRODUCT §4) match any number of
// aliases in one pass over a text, in time linear in the text and in the aliases together, with
// no backtracking and no recursion: one RegExp alternation of every alias froze a tab for 71 s
// on 600 long aliases and threw on one alias of 6,000 words (issue 15).

const NONE = -1
const ROOT = 0
/** Children of a node are few (one, mostly): a linear scan beats a binary search below this. */
const LINEAR_SCAN = 8

/**
 * A built automaton. Read a text one code unit at a time with `stepWordAutomaton`, starting from
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

/**
 * Builds an Aho–Corasick automaton that recognises `words` (empty words are ignored; a repeated
 * word keeps its first index). Time and memory are linear in the words' total length.
 * `isDense` spends 256 KB on a root table, worth it for an automaton that reads long texts.
 */
export function buildWordAutomaton(
  words: readonly string[],
  options: { isDense?: boolean } = {},
): WordAutomaton {
  const capacity = words.reduce((sum, word) => sum + word.length, 0) + 1
  // The trie while it grows: nodes link to their first child and to their next sibling.
  const firstChild = new Int32Array(capacity).fill(NONE)
  const nextSibling = new Int32Array(capacity).fill(NONE)
  const codeOf = new Int32Array(capacity)
  const wordAt = new Int32Array(capacity).fill(NONE)
  // Finding a child by walking siblings would be slow for a node with thousands of children
  // (the root, typically), so children are also kept in one Map per parent once there are many.
  const childMaps = new Map<number, Map<number, number>>()
  const childCounts = new Int32Array(capacity)
  let size = 1

  const childInTrie = (node: number, code: number): number => {
    if ((childCounts[node] ?? 0) > LINEAR_SCAN) return childMaps.get(node)?.get(code) ?? NONE
    for (let child = firstChild[node] ?? NONE; child !== NONE; child = nextSibling[child] ?? NONE)
      if (codeOf[child] === code) return child
    return NONE
  }

  let longestLength = 0
  words.forEach((word, index) => {
    if (word === '') return
    let node = ROOT
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      let next = childInTrie(node, code)
      if (next === NONE) {
        next = size++
        codeOf[next] = code
        nextSibling[next] = firstChild[node] ?? NONE
        firstChild[node] = next
        const count = (childCounts[node] = (childCounts[node] ?? 0) + 1)
        const map = childMaps.get(node)
        if (map !== undefined) map.set(code, next)
        else if (count > LINEAR_SCAN) {
          const created = new Map<number, number>()
          for (let c = firstChild[node] ?? NONE; c !== NONE; c = nextSibling[c] ?? NONE)
            created.set(codeOf[c] ?? 0, c)
          childMaps.set(node, created)
        }
      }
      node = next
    }
    if (wordAt[node] === NONE) wordAt[node] = index
    longestLength = Math.max(longestLength, word.length)
  })

  // Edges laid out per node, sorted by code, for `findChild`.
  const edgeStart = new Int32Array(size + 1)
  for (let node = 0; node < size; node++)
    edgeStart[node + 1] = (edgeStart[node] ?? 0) + (childCounts[node] ?? 0)
  const edgeCode = new Int32Array(size - 1)
  const edgeTarget = new Int32Array(size - 1)
  for (let node = 0; node < size; node++) {
    const from = edgeStart[node] ?? 0
    let at = from
    for (let c = firstChild[node] ?? NONE; c !== NONE; c = nextSibling[c] ?? NONE) {
      edgeCode[at] = codeOf[c] ?? 0
      edgeTarget[at++] = c
    }
    if (at - from > 1) {
      const order = Array.from({ length: at - from }, (_, k) => from + k).sort(
        (a, b) => (edgeCode[a] ?? 0) - (edgeCode[b] ?? 0),
      )
      const codes = order.map((k) => edgeCode[k] ?? 0)
      const targets = order.map((k) => edgeTarget[k] ?? 0)
      edgeCode.set(codes, from)
      edgeTarget.set(targets, from)
    }
  }
  const rootNext = new Int32Array(options.isDense === true ? 0x10000 : 0).fill(NONE)
  if (rootNext.length > 0)
    for (let e = edgeStart[ROOT] ?? 0; e < (edgeStart[ROOT + 1] ?? 0); e++)
      rootNext[edgeCode[e] ?? 0] = edgeTarget[e] ?? NONE

  const fail = new Int32Array(size)
  const longest = new Int32Array(size).fill(NONE)
  const automaton: WordAutomaton = {
    rootNext,
    edgeStart,
    edgeCode,
    edgeTarget,
    fail,
    longest,
    shorter: new Int32Array(words.length).fill(NONE),
    longestLength,
  }
  // Failure links, breadth first (a queue, not recursion, so deep words cannot overflow): a
  // node's link is the longest proper suffix of what it has read that is also in the trie.
  const queue = new Int32Array(size)
  let tail = 0
  queue[tail++] = ROOT
  for (let head = 0; head < tail; head++) {
    const parent = queue[head] ?? ROOT
    for (let e = edgeStart[parent] ?? 0; e < (edgeStart[parent + 1] ?? 0); e++) {
      const node = edgeTarget[e] ?? ROOT
      const link =
        parent === ROOT
          ? ROOT
          : stepWordAutomaton(automaton, fail[parent] ?? ROOT, edgeCode[e] ?? 0)
      fail[node] = link
      const own = wordAt[node] ?? NONE
      longest[node] = own !== NONE ? own : (longest[link] ?? NONE)
      if (own !== NONE) automaton.shorter[own] = longest[link] ?? NONE
      queue[tail++] = node
    }
  }
  return automaton
}
