import { expect, test } from 'vitest'
import { composeSyllable, decomposeSyllable } from '#core/hangul.ts'
import { initialToJamo } from '#core/hangul-initials.ts'
import { getFinalExtensions, getMedialExtensions, splitFinal } from '#core/hangul-typing.ts'

const code = (char: string) => char.charCodeAt(0)

test.each([
  ['릿', '리', 'ㅅ'],
  ['닭', '달', 'ㄱ'],
  ['있', '이', 'ㅆ'],
  ['않', '안', 'ㅎ'],
  ['값', '갑', 'ㅅ'],
  ['엘', '에', 'ㄹ'],
])('when a vowel follows, %s splits into %s and initial %s', (char, kept, initial) => {
  const parts = decomposeSyllable(code(char))
  const split = parts === null ? null : splitFinal(parts.final)
  expect(split).not.toBeNull()
  if (parts === null || split === null) return
  expect(composeSyllable(parts.initial, parts.medial, split.kept)).toBe(kept)
  expect(initialToJamo(split.initial)).toBe(initial)
})

test('a syllable without a final has nothing to split', () => {
  expect(splitFinal(0)).toBeNull()
})

test.each([
  ['달', '닭닮닯닰닱닲닳'],
  ['각', '갃'],
  ['안', '앉않'],
  ['갑', '값'],
  ['맛', ''],
])('while typing, the final of %s can still grow into %s', (char, grown) => {
  const parts = decomposeSyllable(code(char))
  if (parts === null) throw new Error('not a syllable')
  const finals = getFinalExtensions(parts.final)
  expect(finals.map((f) => composeSyllable(parts.initial, parts.medial, f)).join('')).toBe(grown)
})

test.each([
  ['고', '과괘괴'],
  ['누', '눠눼뉘'],
  ['스', '싀'],
  ['리', ''],
])('while typing, the vowel of %s can still grow into %s', (char, grown) => {
  const parts = decomposeSyllable(code(char))
  if (parts === null) throw new Error('not a syllable')
  const medials = getMedialExtensions(parts.medial)
  expect(medials.map((m) => composeSyllable(parts.initial, m)).join('')).toBe(grown)
})
