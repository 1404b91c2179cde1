import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  longestWordAt,
  shorterWordOf,
  stepWordAutomaton,
  type WordAutomaton,
} from '#core/word-automaton.ts'
import { buildWordAutomaton } from '#core/word-automaton-build.ts'

/** After each code unit of `text`: the words ending there, longest first, as the automaton lists them. */
function wordsEndingAt(automaton: WordAutomaton, words: readonly string[], text: string) {
  const found: string[][] = []
  let state = 0
  for (let i = 0; i < text.length; i++) {
    state = stepWordAutomaton(automaton, state, text.charCodeAt(i))
    const here: string[] = []
    for (
      let word = longestWordAt(automaton, state);
      word >= 0;
      word = shorterWordOf(automaton, word)
    )
      here.push(words[word] ?? '?')
    found.push(here)
  }
  return found
}

/** The same, the slow and obvious way. */
function wordsEndingAtNaively(words: readonly string[], text: string) {
  const distinct = [...new Set(words.filter((word) => word !== ''))]
  return [...text].map((_, i) =>
    distinct
      .filter((word) => text.slice(0, i + 1).endsWith(word))
      .sort((a, b) => b.length - a.length),
  )
}

test('after each character it names every word ending there, longest first', () => {
  const words = ['he', 'she', 'his', 'hers', 'e']
  expect(wordsEndingAt(buildWordAutomaton(words), words, 'ushers')).toEqual([
    [],
    [],
    [],
    ['she', 'he', 'e'],
    [],
    ['hers'],
  ])
})

test('it agrees with a naive search on any words and text', () => {
  const unit = fc.constantFrom('a', 'b', 'c', '가', ' ')
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit, maxLength: 5 }), { maxLength: 8 }),
      fc.string({ unit, maxLength: 40 }),
      fc.boolean(),
      (words, text, isDense) => {
        const automaton = buildWordAutomaton(words, { isDense })
        expect(wordsEndingAt(automaton, words, text)).toEqual(wordsEndingAtNaively(words, text))
      },
    ),
    { numRuns: 500 },
  )
})

test('a node with many children finds each of them', () => {
  const words = Array.from({ length: 300 }, (_, i) => `x${String.fromCharCode(0xac00 + i * 7)}`)
  const automaton = buildWordAutomaton(words)
  words.forEach((word, index) => {
    expect(wordsEndingAt(automaton, words, word).at(-1)).toEqual([words[index]])
  })
})

test('a repeated word keeps its first index; empty words are ignored', () => {
  const words = ['', 'ab', 'ab']
  const automaton = buildWordAutomaton(words)
  const state = stepWordAutomaton(automaton, stepWordAutomaton(automaton, 0, 0x61), 0x62)
  expect(longestWordAt(automaton, state)).toBe(1)
  expect(automaton.longestLength).toBe(2)
  expect(longestWordAt(buildWordAutomaton([]), 0)).toBe(-1)
})

test('a word of 100,000 characters builds and matches without recursion', () => {
  const word = 'ab'.repeat(50_000)
  const automaton = buildWordAutomaton([word, 'b'])
  const found = wordsEndingAt(automaton, [word, 'b'], `x${word}`)
  expect(found.at(-1)).toEqual([word, 'b'])
})
