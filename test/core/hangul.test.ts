import { describe, expect, test } from 'vitest'
import {
  FINAL_RIEUL,
  composeSyllable,
  decomposeSyllable,
  hasFinalConsonant,
  isHangulSyllable,
  isJamo,
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
})
