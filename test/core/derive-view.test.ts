import { expect, test } from 'vitest'
import { deriveView } from '#core/derive-view.ts'
import { EMPTY_FILTERS, type Filters } from '#core/filters.ts'
import { compileQuery } from '#core/search-query.ts'
import { searchTexts } from '#core/search.ts'
import { textViewOf } from '#core/text-view.ts'
import { buildModel } from '#core/transcript-model.ts'
import { moveStep, NO_STEP } from '#core/view-steps.ts'
import type { SearchResult, ViewState } from '#core/view-types.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

const model = buildModel(readSeedTranscript())

function stateOf(patch: Partial<Filters> = {}, rest: Partial<ViewState> = {}): ViewState {
  const filters = { ...EMPTY_FILTERS, ...patch }
  return {
    filters,
    linkedTurnId: undefined,
    search: filters.q === '' ? undefined : searchFor(filters.q),
    mentionStep: NO_STEP,
    hitStep: NO_STEP,
    ...rest,
  }
}

function searchFor(query: string): SearchResult {
  const compiled = compileQuery(query, model.transcript.entities ?? [])
  if (compiled === null) throw new Error('empty query')
  const perText = searchTexts(
    compiled,
    model.texts.map((t) => t.text),
    model.mentions,
  )
  const turnHasHit = model.transcript.turns.map((_, turn) =>
    [...(model.textIndex.paragraphs[turn] ?? []), ...(model.textIndex.notes[turn] ?? [])].some(
      (i) => (perText[i]?.length ?? 0) > 0,
    ),
  )
  return { perText, turnHasHit }
}

const turnIds = (indexes: Iterable<number>) =>
  [...indexes].map((i) => model.transcript.turns[i]?.id)

test('with no filters every turn is shown, and each section opens with its label', () => {
  const view = deriveView(model, stateOf())
  expect(view.items).toHaveLength(30)
  expect(view.matchCount).toBe(30)
  expect(view.items.filter((item) => item.section !== undefined).map((i) => i.turnId)).toEqual([
    '1',
    '2',
  ])
  expect(view.isUnknownTurn).toBe(false)
})

test('speakers and topics combine with AND, and the count says how many match', () => {
  const view = deriveView(model, stateOf({ speakers: ['host'], topics: ['politics'] }))
  expect(view.items.map((item) => item.turnId)).toEqual(['11', '13'])
  expect(view.matchCount).toBe(2)
})

test('a linked turn outside the filters is shown anyway, pinned as linked', () => {
  const view = deriveView(model, stateOf({ speakers: ['host'] }, { linkedTurnId: '2' }))
  expect(view.linkedTurn).toBe(1)
  expect(view.pinned.get(1)).toBe('linked')
  expect(view.turns[1]?.pin).toBe('linked')
  expect(view.items.map((item) => item.turnId)).toContain('2')
  expect(view.matchCount).toBe(15)
})

test('an unknown linked turn is reported and hides nothing', () => {
  const view = deriveView(model, stateOf({}, { linkedTurnId: '99' }))
  expect(view.isUnknownTurn).toBe(true)
  expect(view.items).toHaveLength(30)
})

test("a selected entity's mentions are listed with i of n, also outside the filters", () => {
  const view = deriveView(model, stateOf({ entity: 'larry-ellison', speakers: ['host'] }))
  expect(view.mentions.total).toBeGreaterThan(1)
  expect(view.mentions.index).toBe(0)
  expect(
    turnIds(new Set(model.mentionsByEntity.get('larry-ellison')?.map((m) => m.turn ?? -1))),
  ).toEqual(['2', '4'])
  // Both turns are the guest's: every mention is outside the host filter, and the current
  // mention's turn is pinned so it can be shown.
  expect(view.mentions.outsideFilter).toBe(view.mentions.total)
  expect(view.turns[1]?.pin).toBe('mention')
  expect(view.turns[1]?.currentMention).toBe(view.mentions.current)
  expect(view.turns[3]?.selectedEntity).toBe('larry-ellison')
  expect(view.turns[3]?.currentMention).toBeUndefined()
})

test('stepping moves through the mentions and wraps at both ends', () => {
  const total = model.mentionsByEntity.get('larry-ellison')?.length ?? 0
  const back = moveStep(NO_STEP, 'larry-ellison', total, -1)
  expect(back).toEqual({ key: 'larry-ellison', index: total - 1 })
  const view = deriveView(model, stateOf({ entity: 'larry-ellison' }, { mentionStep: back }))
  expect(view.mentions.index).toBe(total - 1)
  expect(view.turns[3]?.currentMention).toBe(view.mentions.current)
  expect(moveStep(back, 'larry-ellison', total, 1).index).toBe(0)
  // A step kept for another list starts the new one at its first place.
  expect(
    deriveView(model, stateOf({ entity: 'openai' }, { mentionStep: back })).mentions.index,
  ).toBe(0)
})

test('search hits are numbered through the shown texts, and "only" keeps the turns with hits', () => {
  const all = deriveView(model, stateOf({ q: '트럼프' }))
  expect(all.hits.total).toBeGreaterThan(0)
  expect(all.hits.index).toBe(0)
  const only = deriveView(model, stateOf({ q: '트럼프', searchMode: 'only' }))
  const withHits = new Set(
    all.hits.list?.textOfHit.map((t) => {
      const location = model.texts[t]?.location
      return location !== undefined && 'turn' in location ? location.turn : -1
    }),
  )
  withHits.delete(-1)
  expect(only.items.map((item) => item.turnIndex)).toEqual([...withHits].sort((a, b) => a - b))
  // A speaker filter drops the hits of hidden turns from the count.
  const host = deriveView(model, stateOf({ q: '트럼프', speakers: ['host'] }))
  expect(host.hits.total).toBeLessThan(all.hits.total)
})

test('a turn keeps its identity while nothing shown in it changes', () => {
  const before = deriveView(model, stateOf())
  const same = deriveView(model, stateOf(), before)
  expect(same.turns).toBe(before.turns)
  expect(same.items).toBe(before.items)

  const selected = deriveView(model, stateOf({ entity: 'larry-ellison' }), before)
  const changed = selected.turns.flatMap((turn, i) => (turn === before.turns[i] ? [] : [i]))
  expect(turnIds(changed)).toEqual(['2', '4'])
  expect(selected.items).toBe(before.items)

  const filtered = deriveView(
    model,
    stateOf({ entity: 'larry-ellison', topics: ['politics'] }),
    selected,
  )
  // A filter change re-renders no turn whose content is unchanged (the pinned turn 2 aside).
  const refiltered = filtered.turns.flatMap((turn, i) => (turn === selected.turns[i] ? [] : [i]))
  expect(turnIds(refiltered)).toEqual(['2'])
})

test('a search re-renders only the turns with hits, and the text view marks the current hit', () => {
  const before = deriveView(model, stateOf())
  const view = deriveView(model, stateOf({ q: '트럼프' }), before)
  const changed = view.turns.flatMap((turn, i) => (turn === before.turns[i] ? [] : [i]))
  expect(changed.length).toBeGreaterThan(0)
  for (const i of changed) expect(view.turns[i]?.hits).toBe(view.hits.list)
  const firstText = view.hits.list?.textOfHit[0] ?? -1
  const firstTurn = changed[0] ?? -1
  const text = textViewOf(model, view.turns[firstTurn]!, firstText)
  expect(text.currentHit).toBe(0)
  expect(text.hits.length).toBeGreaterThan(0)
  const other = textViewOf(model, view.turns[firstTurn]!, model.textIndex.context[0] ?? -1)
  expect(other.currentHit).toBeUndefined()
})
