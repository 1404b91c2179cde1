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

/** Sorted, non-overlapping ranges inside [0, length), as mentions and hits always are. */
function ranges(length: number, step: number, width: number, offset = 0) {
  const list: { start: number; end: number; entity: string }[] = []
  for (let start = offset; start + width <= length; start += step)
    list.push({ start, end: start + width, entity: 'e' })
  return list
}

test('every hit piece lies inside its segment and hits are numbered from the offset', () => {
  const length = 200
  const segments = segmentText(length, ranges(length, 7, 4), ranges(length, 5, 3, 2), 100)
  for (const segment of segments) {
    for (const piece of segment.pieces) {
      expect(piece.start).toBeGreaterThanOrEqual(segment.start)
      expect(piece.end).toBeLessThanOrEqual(segment.end)
    }
  }
  const hitPieces = segments.flatMap((s) => s.pieces).filter((p) => p.hit !== undefined)
  expect(hitPieces[0]).toEqual({ start: 2, end: 4, hit: 100 })
  expect(hitPieces.at(-1)?.hit).toBe(100 + ranges(length, 5, 3, 2).length - 1)
  expect(segments.flatMap((s) => s.pieces).reduce((sum, p) => sum + p.end - p.start, 0)).toBe(
    length,
  )
})

test('a long text with 50,000 mentions and 50,000 hits splits in linear time (issue 15)', () => {
  const length = 500_000
  const start = process.cpuUsage()
  const segments = segmentText(length, ranges(length, 10, 4), ranges(length, 10, 4, 2))
  const { user, system } = process.cpuUsage(start)
  expect(segments).toHaveLength(100_000)
  expect((user + system) / 1000).toBeLessThan(2_000)
}, 60_000)
