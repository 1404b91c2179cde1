import { turnOf } from '#core/document-texts.ts'
import type { HitList } from '#core/hit-list.ts'
import type { ExplorerValue } from './explorer-context.tsx'

const hitListIds = new WeakMap<HitList, number>()
let nextHitListId = 0

/** A number per hit list: a turn with hits re-renders when the list is a new one. */
function hitListId(hits: HitList): number {
  let id = hitListIds.get(hits)
  if (id === undefined) {
    id = ++nextHitListId
    hitListIds.set(hits, id)
  }
  return id
}

/**
 * For each turn, a short string of everything of the explorer's state that shows in it: its
 * search hits, the current hit or mention if it is there, the selected entity if it mentions it.
 * A turn whose signature did not change does not re-render (PRODUCT §7 scale).
 */
export function turnSignatures(explorer: ExplorerValue): (turnIndex: number) => string {
  const { model, hits, currentHit, currentMention, filters } = explorer
  const hitTurns = new Set<number>()
  const hitId = hits === undefined ? 0 : hitListId(hits)
  for (const textIndex of new Set(hits?.textOfHit)) {
    const turn = turnOf(model.texts[textIndex]?.location)
    if (turn !== undefined) hitTurns.add(turn)
  }
  const currentHitTurn =
    currentHit === undefined
      ? undefined
      : turnOf(model.texts[hits?.textOfHit[currentHit] ?? -1]?.location)
  const entity = filters.entity
  const entityTurns = new Set(
    entity === undefined ? [] : model.mentionsByEntity.get(entity)?.map((m) => m.turn),
  )
  return (turn) =>
    [
      hitTurns.has(turn) ? `h${hitId}` : '',
      turn === currentHitTurn ? `c${currentHit}` : '',
      turn === currentMention?.turn ? `m${currentMention.textIndex}:${currentMention.start}` : '',
      entityTurns.has(turn) ? `e${entity}` : '',
    ].join('|')
}
