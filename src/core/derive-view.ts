import { turnOf } from './document-texts.ts'
import { matchTurns, pinTurns } from './filters.ts'
import { numberHits, type HitList } from './hit-list.ts'
import type { SearchHit } from './search-matcher.ts'
import type { MentionRef, TranscriptModel } from './transcript-model.ts'
import { cursorIndex } from './view-steps.ts'
import type { Highlights, ListItem, TurnView, View, ViewState } from './view-types.ts'

// STYLE §5b: what a page shows is a pure function of the transcript and the URL. Components only
// render the view; a turn re-renders when its own `TurnView` is a new object, and `deriveView`
// keeps a `TurnView` (and every list) identical to the previous one when nothing in it changed.

function sameArray<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => value === b[i])
}

function sameItems(a: readonly ListItem[] | undefined, b: readonly ListItem[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((item, i) => item.turnIndex === b[i]?.turnIndex && item.section === b[i]?.section)
  )
}

function listItems(model: TranscriptModel, shown: readonly boolean[]): ListItem[] {
  const items: ListItem[] = []
  let lastSection: string | undefined
  model.transcript.turns.forEach((turn, turnIndex) => {
    if (!shown[turnIndex]) return
    const section = turn.section === undefined ? undefined : model.sections.get(turn.section)
    const opens = section !== undefined && section.id !== lastSection
    items.push({ turnIndex, turnId: turn.id, section: opens ? section.label : undefined })
    if (section !== undefined) lastSection = section.id
  })
  return items
}

function turnsWithHits(model: TranscriptModel, hits: HitList | undefined): Set<number> {
  const turns = new Set<number>()
  if (hits === undefined) return turns
  let lastText = -1
  for (const textIndex of hits.textOfHit) {
    if (textIndex === lastText) continue
    lastText = textIndex
    const turn = turnOf(model.texts[textIndex]?.location)
    if (turn !== undefined) turns.add(turn)
  }
  return turns
}

function sameHighlights(a: Highlights | undefined, b: Highlights): a is Highlights {
  return (
    a !== undefined &&
    a.selectedEntity === b.selectedEntity &&
    a.currentMention === b.currentMention &&
    a.hits === b.hits &&
    a.currentHit === b.currentHit
  )
}

function turnViewOf(next: TurnView, previous: TurnView | undefined): TurnView {
  if (
    previous !== undefined &&
    previous.isLinked === next.isLinked &&
    previous.pin === next.pin &&
    sameHighlights(previous, next)
  ) {
    return previous
  }
  return next
}

/**
 * The view of a transcript in a given state (PRODUCT §5.1–5.4): which turns show and why, the
 * selected entity's mentions and the query's hits with "i of n", and what shows in each turn.
 * Pass the previous view to keep the identity of everything that did not change.
 */
export function deriveView(model: TranscriptModel, state: ViewState, previous?: View): View {
  const { filters, search } = state
  const turns = model.transcript.turns
  const linkedTurn =
    state.linkedTurnId === undefined ? undefined : model.turnIndexById.get(state.linkedTurnId)

  const byFilters = matchTurns(turns, filters)
  const isOnlyHits = filters.searchMode === 'only' && search !== undefined
  const matchesNow = isOnlyHits
    ? byFilters.map((isMatch, i) => isMatch && (search.turnHasHit[i] ?? false))
    : byFilters
  const matches = sameArray(previous?.matches, matchesNow) ? previous!.matches : matchesNow

  // The selected entity's mentions, counted also where the filters hide them (PRODUCT §5.2).
  const entity = filters.entity
  const entityMentions =
    entity === undefined ? [] : (model.mentionsByEntity.get(entity) ?? ([] as MentionRef[]))
  const mentionIndex = cursorIndex(state.mentionStep, entity, entityMentions.length)
  const currentMention = mentionIndex === undefined ? undefined : entityMentions[mentionIndex]

  // A linked turn or the current mention's turn is never hidden without saying so (PRODUCT §5.3).
  const pins = pinTurns(matches, linkedTurn, currentMention?.turn)
  const shown = sameArray(previous?.shown, pins.shown) ? previous!.shown : pins.shown
  const pinned =
    previous !== undefined &&
    previous.pinned.size === pins.pinned.size &&
    [...pins.pinned].every(([turn, reason]) => previous.pinned.get(turn) === reason)
      ? previous.pinned
      : pins.pinned
  const itemsNow = shown === previous?.shown ? previous.items : listItems(model, shown)
  const items = sameItems(previous?.items, itemsNow) ? previous!.items : itemsNow

  // Hits of the shown texts, numbered through the document (PRODUCT §5.4).
  const hitList =
    search === undefined
      ? undefined
      : previous?.hits.list !== undefined &&
          previous.shown === shown &&
          previous.hits.key === filters.q &&
          previous.search === search
        ? previous.hits.list
        : numberHits(search.perText as SearchHit[][], (textIndex) => {
            const turn = turnOf(model.texts[textIndex]?.location)
            return turn === undefined || (shown[turn] ?? false)
          })
  const hitKey = hitList === undefined ? undefined : filters.q
  const hitIndex = cursorIndex(state.hitStep, hitKey, hitList?.total ?? 0)
  const currentHitTurn =
    hitIndex === undefined
      ? undefined
      : turnOf(model.texts[hitList?.textOfHit[hitIndex] ?? Number.NaN]?.location)

  const hitTurns = turnsWithHits(model, hitList)
  const entityTurns = new Set(entityMentions.map((mention) => mention.turn))
  const turnViews = turns.map((_, index) =>
    turnViewOf(
      {
        index,
        isLinked: index === linkedTurn,
        pin: pinned.get(index),
        selectedEntity: entityTurns.has(index) ? entity : undefined,
        currentMention: currentMention?.turn === index ? currentMention : undefined,
        hits: hitTurns.has(index) ? hitList : undefined,
        currentHit: currentHitTurn === index ? hitIndex : undefined,
      },
      previous?.turns[index],
    ),
  )

  const highlights: Highlights = {
    selectedEntity: entity,
    currentMention,
    hits: hitList,
    currentHit: hitIndex,
  }
  return {
    search,
    linkedTurn,
    isUnknownTurn: state.linkedTurnId !== undefined && linkedTurn === undefined,
    matches,
    shown,
    pinned,
    matchCount: matches.reduce((count, isMatch) => count + (isMatch ? 1 : 0), 0),
    items,
    mentions: {
      key: entity,
      total: entityMentions.length,
      index: mentionIndex,
      current: currentMention,
      outsideFilter: entityMentions.filter((m) => m.turn !== undefined && !matches[m.turn]).length,
    },
    hits: {
      key: hitKey,
      total: hitList?.total ?? 0,
      index: hitIndex,
      current: hitIndex,
      list: hitList,
      currentTurn: currentHitTurn,
    },
    highlights: sameHighlights(previous?.highlights, highlights)
      ? previous!.highlights
      : highlights,
    turns: sameArray(previous?.turns, turnViews) ? previous!.turns : turnViews,
  }
}

/**
 * `deriveView` with memory: each call passes the view it returned last (for the same model), so
 * unchanged turns keep their identity across renders.
 */
export function createViewDeriver(): (model: TranscriptModel, state: ViewState) => View {
  let last: { model: TranscriptModel; view: View } | undefined
  return (model, state) => {
    const view = deriveView(model, state, last?.model === model ? last.view : undefined)
    last = { model, view }
    return view
  }
}
