import { lazy, Suspense, useLayoutEffect } from 'react'
import type { Highlights, ListItem, TurnView } from '#core/view-types.ts'
import { useExplorer } from '../view/explorer-context.tsx'
import { ContextBlock } from './context-block.tsx'
import { TurnSlot } from './turn-slot.tsx'

/** Up to this many shown turns everything is in the DOM (and the browser's find works on all of it); beyond, only what is near the viewport. */
const WINDOW_FROM = 150

const WindowedTurnList = lazy(() =>
  import('./windowed-turn-list.tsx').then((module) => ({ default: module.WindowedTurnList })),
)

type TurnListProps = { items: readonly ListItem[]; turns: readonly TurnView[] }

/** Every shown turn in the page: revealing one needs nothing but scrolling. */
function TurnList({ items, turns }: TurnListProps) {
  const { viewport } = useExplorer()
  useLayoutEffect(() => viewport.register(() => Promise.resolve()), [viewport])
  return (
    <div className="turn-list">
      {items.map((item) => {
        const view = turns[item.turnIndex]
        return view && <TurnSlot key={item.turnId} item={item} view={view} />
      })}
    </div>
  )
}

type TranscriptViewProps = TurnListProps & {
  /** For the texts outside turns (the context block). */
  highlights: Highlights
}

/** The transcript: context, section dividers and the shown turns, in the transcript's language. */
export function TranscriptView({ items, turns, highlights }: TranscriptViewProps) {
  const { model } = useExplorer()
  return (
    <div className="transcript" lang={model.transcript.language}>
      <ContextBlock highlights={highlights} />
      {items.length > WINDOW_FROM ? (
        <Suspense fallback={null}>
          <WindowedTurnList items={items} turns={turns} />
        </Suspense>
      ) : (
        <TurnList items={items} turns={turns} />
      )}
    </div>
  )
}
