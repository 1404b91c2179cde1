import { describe, expect, test } from 'vitest'
import {
  FINAL_RIEUL,
  composeSyllable,
  decomposeSyllable,
  getFinalExtensions,
  getInitialRange,
  getMedialExtensions,
  hasFinalConsonant,
  initialToJamo,
  isHangulSyllable,
  isJamo,
  splitConsonantJamo,
  splitFinal,
  toInitialIndex,
} from '#core/hangul.ts'

const code = (char: string) => char.charCodeAt(0)

describe('syllables', () => {
  test.each([
    ['가', { initial: 0, medial: 0, final: 0 }],
    ['힣', { initial: 18, medial: 20, final: 27 }],
    ['릿', { initial: 5, medial: 20, final: 19 }],
    ['닭', { initial: 3, medial: 0, final: 9 }],
    ['슨', { initial: 9, medial: 18, final: 4 }],
  ])('decomposes %s into initial, medial and final indices', (char, parts) => {
    expect(decomposeSyllable(code(char))).toEqual(parts)
  })

  test.each(['a', 'ㄱ', 'ㅏ', 'ᄀ', '(', '漢'])('%s is not a syllable and has no parts', (char) => {
    expect(isHangulSyllable(code(char))).toBe(false)
    expect(decomposeSyllable(code(char))).toBeNull()
  })

  test('composing the parts of every syllable gives the syllable back', () => {
    const wrong: string[] = []
    for (let c = 0xac00; c <= 0xd7a3; c++) {
      const parts = decomposeSyllable(c)
      const back = parts && composeSyllable(parts.initial, parts.medial, parts.final)
      if (back !== String.fromCharCode(c)) wrong.push(String.fromCharCode(c))
    }
    expect(wrong).toEqual([])
  })

  test.each([
    ['슨', true],
    ['엘', true],
    ['닭', true],
    ['스', false],
    ['파', false],
    ['I', false],
    [')', false],
  ])('%s has a final consonant: %s', (char, expected) => {
    expect(hasFinalConsonant(code(char))).toBe(expected)
  })

  test('the final index of ㄹ is FINAL_RIEUL', () => {
    expect(decomposeSyllable(code('울'))?.final).toBe(FINAL_RIEUL)
  })
})

describe('jamo', () => {
  test.each(['ㄱ', 'ㅎ', 'ㅏ', 'ㅣ', 'ㄳ', 'ᄀ', 'ᅡ', 'ᆨ', 'ꥠ', 'ힰ'])('%s is a jamo', (char) => {
    expect(isJamo(code(char))).toBe(true)
  })

  test.each(['가', 'a', '1', ' ', '·'])('%s is not a jamo', (char) => {
    expect(isJamo(code(char))).toBe(false)
  })

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
})

describe('what search needs', () => {
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
})
