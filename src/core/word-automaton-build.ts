// Building the automaton of `word-automaton.ts`: a trie of the words, its edges laid out flat,
// then failure links breadth first.

import { finish, type Slices } from './slices.ts'
import { LINEAR_SCAN, NONE, ROOT, stepWordAutomaton, type WordAutomaton } from './word-automaton.ts'

/** Code units or nodes worked through between two pauses of `buildWordAutomatonSlices`. */
const STEP = 16_384

/**
 * Builds an Aho–Corasick automaton that recognises `words` (empty words are ignored; a repeated
 * word keeps its first index). Time and memory are linear in the words' total length.
 * `isDense` spends 256 KB on a root table, worth it for an automaton that reads long texts.
 */
export function buildWordAutomaton(
  words: readonly string[],
  options: { isDense?: boolean } = {},
): WordAutomaton {
  return finish(buildWordAutomatonSlices(words, options))
}

/** `buildWordAutomaton`, pausing after every few thousand code units or nodes (see `slices.ts`). */
export function* buildWordAutomatonSlices(
  words: readonly string[],
  options: { isDense?: boolean } = {},
): Slices<WordAutomaton> {
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
  let work = 0
  for (const [index, word] of words.entries()) {
    let node = ROOT
    for (let i = 0; i < word.length; i++) {
      if (++work === STEP) {
        work = 0
        yield
      }
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
    if (node !== ROOT && wordAt[node] === NONE) wordAt[node] = index
    longestLength = Math.max(longestLength, word.length)
  }

  // Edges laid out per node, sorted by code, for `findChild`.
  const edgeStart = new Int32Array(size + 1)
  for (let node = 0; node < size; node++)
    edgeStart[node + 1] = (edgeStart[node] ?? 0) + (childCounts[node] ?? 0)
  const edgeCode = new Int32Array(size - 1)
  const edgeTarget = new Int32Array(size - 1)
  for (let node = 0; node < size; node++) {
    if (++work === STEP) {
      work = 0
      yield
    }
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
    if (++work === STEP) {
      work = 0
      yield
    }
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
