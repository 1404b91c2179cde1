import { useLayoutEffect, useMemo } from 'react'
import type { ListItem, TurnView } from '#core/view-types.ts'
import { useExplorer } from '../view/explorer-context.tsx'
import { TurnSlot } from './turn-slot.tsx'
import { useWindowedList } from './use-windowed-list.ts'

type TurnListProps = { items: readonly ListItem[]; turns: readonly TurnView[] }

/**
 * Many shown turns: only those near the viewport are in the DOM, the rest are spacers of measured
 * height (PRODUCT §7 scale). Loaded only for such transcripts.
 */
export function WindowedTurnList({ items, turns }: TurnListProps) {
  const { viewport } = useExplorer()
  const keys = useMemo(() => items.map((item) => item.turnId), [items])
  const { listRef, start, end, padTop, padBottom, measure, reveal } = useWindowedList(keys, true)
  // The viewport brings turns into view through this list (STYLE §5b: one owner of scrolling).
  useLayoutEffect(
    () =>
      viewport.register((turnIndex) =>
        reveal(items.findIndex((item) => item.turnIndex === turnIndex)),
      ),
    [viewport, reveal, items],
  )
  return (
    <div ref={listRef} className="turn-list">
      {padTop > 0 && <div aria-hidden="true" style={{ height: padTop }} />}
      {items.slice(start, end).map((item) => {
        const view = turns[item.turnIndex]
        return view && <TurnSlot key={item.turnId} item={item} view={view} measure={measure} />
      })}
      {padBottom > 0 && <div aria-hidden="true" style={{ height: padBottom }} />}
    </div>
  )
}
