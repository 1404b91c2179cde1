import { expect, test } from 'vitest'
import { numberHits } from '#core/hit-list.ts'

const perText = [
  [{ start: 0, end: 1 }],
  [],
  [
    { start: 2, end: 3 },
    { start: 5, end: 6 },
  ],
  [{ start: 1, end: 2 }],
]

test('numbers hits through the document in reading order', () => {
  const list = numberHits(perText, () => true)
  expect(list.total).toBe(4)
  expect(list.offsets).toEqual([0, 1, 1, 3])
  expect(list.textOfHit).toEqual([0, 2, 2, 3])
})

test('leaves out the hits of texts that are not shown', () => {
  const list = numberHits(perText, (i) => i !== 2)
  expect(list.total).toBe(2)
  expect(list.perText[2]).toEqual([])
  expect(list.textOfHit).toEqual([0, 3])
  expect(list.offsets[3]).toBe(1)
})
