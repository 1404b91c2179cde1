import type { ListItem, TurnView } from '#core/view-types.ts'
import { TurnCard } from './turn-card.tsx'

type TurnSlotProps = {
  item: ListItem
  view: TurnView
  /** Measures the slot, in a windowed list. */
  measure?: (element: HTMLElement | null) => (() => void) | undefined
}

/** One shown turn in the list, with the section divider that opens it. */
export function TurnSlot({ item, view, measure }: TurnSlotProps) {
  return (
    <div className="turn-slot" data-key={item.turnId} ref={measure}>
      {item.section !== undefined && (
        <h2 className="section-divider">
          <span>{item.section}</span>
        </h2>
      )}
      <TurnCard view={view} />
    </div>
  )
}
