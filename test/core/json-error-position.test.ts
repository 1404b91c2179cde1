import fc from 'fast-check'
import { expect, test } from 'vitest'
import { describeJsonError, findJsonErrorOffset } from '#core/json-error-position.ts'

test.each([
  ['{"a": 1,}', 8],
  ['{\n  "id": ,\n}', 10],
  ['[1, 2', 5],
  ['{"a" 1}', 5],
  ['nul', 0],
  ['"unterminated', 13],
  ['{"a": "bad \\x escape"}', 11],
  ['[] []', 3],
])('%j fails at offset %i', (source, offset) => {
  expect(() => JSON.parse(source)).toThrow()
  expect(findJsonErrorOffset(source)).toBe(offset)
})

test('valid JSON has no error, whatever its shape', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
      expect(findJsonErrorOffset(JSON.stringify(value, null, indent))).toBeUndefined()
    }),
  )
})

test('it agrees with JSON.parse on whether text is JSON', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', ' ', 'a', '\\', 'n', 'u'),
      }),
      (text) => {
        let isJson = true
        try {
          JSON.parse(text)
        } catch {
          isJson = false
        }
        expect(findJsonErrorOffset(text) === undefined).toBe(isJson)
      },
    ),
    { numRuns: 2000 },
  )
})

test('10,000 levels of nesting are scanned without overflowing the stack', () => {
  expect(findJsonErrorOffset(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBeUndefined()
  expect(findJsonErrorOffset(`${'['.repeat(10_000)}`)).toBe(10_000)
})

test.each([
  ['{"a": 1,}', 'not valid JSON at line 1, column 9: unexpected "}"'],
  ['{\n  "a": [1, 2', 'not valid JSON at line 2, column 13: the text ends early'],
  ['{"a": \u0007}', 'not valid JSON at line 1, column 7: unexpected "\\u0007"'],
])('describeJsonError(%j) says where and what, in one line', (source, message) => {
  expect(describeJsonError(source)).toBe(message)
})

test('describeJsonError never repeats the text around the error', () => {
  const message = describeJsonError(`{"a": ${'x'.repeat(1_000_000)}}`)
  expect(message).toBe('not valid JSON at line 1, column 7: unexpected "x"')
})
