import { expect, test } from 'vitest'
import { composeSyllable, decomposeSyllable } from '#core/hangul.ts'
import {
  getInitialRange,
  initialToJamo,
  splitConsonantJamo,
  toInitialIndex,
} from '#core/hangul-initials.ts'

const code = (char: string) => char.charCodeAt(0)

test.each(
  [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'].map((char, index) => [char, index] as const),
)('compatibility consonant %s is initial %i, and back', (char, index) => {
  expect(toInitialIndex(code(char))).toBe(index)
  expect(initialToJamo(index)).toBe(char)
  expect(decomposeSyllable(code(composeSyllable(index, 0)))?.initial).toBe(index)
})

test('conjoining initials map to the same indices as compatibility consonants', () => {
  expect(toInitialIndex(0x1100)).toBe(0)
  expect(toInitialIndex(0x1105)).toBe(toInitialIndex(code('ㄹ')))
  expect(toInitialIndex(0x1112)).toBe(18)
})

test.each(['ㄳ', 'ㄺ', 'ㅏ', '가', 'a'])('%s is not a single initial consonant', (char) => {
  expect(toInitialIndex(code(char))).toBeNull()
})

test.each([
  ['ㄱ', 'ㄱ'],
  ['ㄳ', 'ㄱㅅ'],
  ['ㄵ', 'ㄴㅈ'],
  ['ㄺ', 'ㄹㄱ'],
  ['ㅀ', 'ㄹㅎ'],
  ['ㅄ', 'ㅂㅅ'],
  ['ㅏ', ''],
  ['가', ''],
])('consonant letter %s stands for the initials %s', (char, initials) => {
  expect(splitConsonantJamo(code(char)).map(initialToJamo).join('')).toBe(initials)
})

test.each([
  [5, '라', '맇'],
  [0, '가', '깋'],
  [9, '사', '싷'],
  [18, '하', '힣'],
])('initial %i spans the syllables %s to %s', (initial, first, last) => {
  expect(getInitialRange(initial)).toEqual({ first, last })
})

test('a syllable range holds exactly the syllables with that initial', () => {
  const { first, last } = getInitialRange(5)
  expect(decomposeSyllable(code(first) - 1)?.initial).toBe(4)
  expect(decomposeSyllable(code(last) + 1)?.initial).toBe(6)
})
