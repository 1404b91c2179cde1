import { expect, test } from 'vitest'
import { matchTurns, pinTurns, readFilters, toggleValue, writeFilters } from '#core/filters.ts'

const turns = [
  { speaker: 'host', topics: ['a'] },
  { speaker: 'guest', topics: ['a', 'b'] },
  { speaker: 'host', topics: ['b'] },
  { speaker: 'guest' },
]

test.each([
  [{ speakers: [], topics: [] }, [true, true, true, true]],
  [{ speakers: ['host'], topics: [] }, [true, false, true, false]],
  [{ speakers: ['host', 'guest'], topics: [] }, [true, true, true, true]],
  [{ speakers: [], topics: ['b'] }, [false, true, true, false]],
  [{ speakers: [], topics: ['a', 'b'] }, [true, true, true, false]],
  [{ speakers: ['host'], topics: ['a', 'b'] }, [true, false, true, false]],
  [{ speakers: ['guest'], topics: ['b'] }, [false, true, false, false]],
])('speakers OR speakers, topics OR topics, AND between: %j', (filters, expected) => {
  expect(matchTurns(turns, filters)).toEqual(expected)
})

test('filters round-trip through the URL in a stable order', () => {
  const params = new URLSearchParams(
    'topic=b&speaker=host&q=%EB%9E%98%EB%A6%AC&speaker=host&entity=x&topic=a',
  )
  const filters = readFilters(params)
  expect(filters).toEqual({
    speakers: ['host'],
    topics: ['b', 'a'],
    entity: 'x',
    q: '래리',
    searchMode: 'all',
  })
  expect(writeFilters(filters).toString()).toBe(
    'speaker=host&topic=b&topic=a&entity=x&q=%EB%9E%98%EB%A6%AC',
  )
  expect(readFilters(writeFilters(filters))).toEqual(filters)
})

test('an empty query string means no filters', () => {
  expect(writeFilters(readFilters(new URLSearchParams(''))).toString()).toBe('')
})

test('toggling adds a missing value and removes a present one', () => {
  expect(toggleValue(['a'], 'b')).toEqual(['a', 'b'])
  expect(toggleValue(['a', 'b'], 'a')).toEqual(['b'])
})

test('a linked turn and the current mention’s turn stay shown when the filters hide them, with why', () => {
  const { shown, pinned } = pinTurns([true, false, false, true], 1, 2)
  expect(shown).toEqual([true, true, true, true])
  expect([...pinned]).toEqual([
    [1, 'linked'],
    [2, 'mention'],
  ])
  expect(pinTurns([true, false], 0, undefined).pinned.size).toBe(0)
})
