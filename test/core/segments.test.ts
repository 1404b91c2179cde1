import { expect, test } from 'vitest'
import { segmentText } from '#core/segments.ts'

const text = '래리 엘리슨은 제 멘토예요'

test('a text without mentions or hits is one plain segment', () => {
  expect(segmentText(text.length, [], [])).toEqual([
    {
      start: 0,
      end: text.length,
      mention: undefined,
      pieces: [{ start: 0, end: text.length, hit: undefined }],
    },
  ])
})

test('mentions are the outer level and hits are split inside them', () => {
  const mention = { start: 0, end: 6, entity: 'larry' }
  const segments = segmentText(text.length, [mention], [{ start: 3, end: 9 }], 10)
  expect(segments.map((s) => [s.start, s.end, s.mention?.entity])).toEqual([
    [0, 6, 'larry'],
    [6, text.length, undefined],
  ])
  expect(segments[0]?.pieces).toEqual([
    { start: 0, end: 3, hit: undefined },
    { start: 3, end: 6, hit: 10 },
  ])
  expect(segments[1]?.pieces[0]).toEqual({ start: 6, end: 9, hit: 10 })
})

test('segments cover the whole text exactly once', () => {
  const segments = segmentText(
    text.length,
    [{ start: 3, end: 6, entity: 'e' }],
    [
      { start: 0, end: 2 },
      { start: 8, end: 9 },
    ],
  )
  const covered = segments.flatMap((s) => s.pieces.map((p) => text.slice(p.start, p.end))).join('')
  expect(covered).toBe(text)
})
