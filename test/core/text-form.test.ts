import { expect, test } from 'vitest'
import { isSpaceCode, lowerAsciiCode, normaliseForMatch } from '#core/text-form.ts'

test('isSpaceCode holds for exactly the code units RegExp \\s matches', () => {
  const differing: number[] = []
  for (let code = 0; code <= 0xffff; code++) {
    if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code)
  }
  expect(differing).toEqual([])
})

test('lowerAsciiCode lower-cases A–Z and nothing else', () => {
  expect(String.fromCharCode(...[...'AZaz@[İ가'].map((c) => lowerAsciiCode(c.charCodeAt(0))))).toBe(
    'azaz@[İ가',
  )
})

test('normaliseForMatch composes, lower-cases ASCII, trims and single-spaces', () => {
  expect(normaliseForMatch('  Larry\u3000\n Ellison ')).toBe('larry ellison')
  expect(normaliseForMatch('코파일럿'.normalize('NFD'))).toBe('코파일럿')
})
