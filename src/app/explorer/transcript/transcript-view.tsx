import { useLayoutEffect, useMemo } from 'react'
import type { Highlights, ListItem, TurnView } from '#core/view-types.ts'
import { useExplorer } from '../view/explorer-context.tsx'
import { ContextBlock } from './context-block.tsx'
import { TurnCard } from './turn-card.tsx'
import { useWindowedList } from './use-windowed-list.ts'

/** Up to this many shown turns everything is in the DOM (and the browser's find works on all of it); beyond, only what is near the viewport. */
const WINDOW_FROM = 150

type TranscriptViewProps = {
  items: readonly ListItem[]
  turns: readonly TurnView[]
  /** For the texts outside turns (the context block). */
  highlights: Highlights
}

/** The transcript: context, section dividers and the shown turns (windowed when there are many), in the transcript's language. */
export function TranscriptView({ items, turns, highlights }: TranscriptViewProps) {
  const { viewport, model } = useExplorer()
  const keys = useMemo(() => items.map((item) => item.turnId), [items])
  const isWindowed = items.length > WINDOW_FROM
  const { listRef, start, end, padTop, padBottom, measure, reveal } = useWindowedList(
    keys,
    isWindowed,
  )
  // The viewport brings turns into view through this list (STYLE §5b: one owner of scrolling).
  useLayoutEffect(
    () =>
      viewport.register((turnIndex) =>
        reveal(items.findIndex((item) => item.turnIndex === turnIndex)),
      ),
    [viewport, reveal, items],
  )

  return (
    <div className="transcript" lang={model.transcript.language}>
      <ContextBlock highlights={highlights} />
      <div ref={listRef} className="turn-list">
        {padTop > 0 && <div aria-hidden="true" style={{ height: padTop }} />}
        {items.slice(start, end).map(({ turnIndex, turnId, section }) => {
          const view = turns[turnIndex]
          if (view === undefined) return null
          return (
            <div
              key={turnId}
              className="turn-slot"
              data-key={turnId}
              ref={isWindowed ? measure : undefined}
            >
              {section !== undefined && (
                <h2 className="section-divider">
                  <span>{section}</span>
                </h2>
              )}
              <TurnCard view={view} />
            </div>
          )
        })}
        {padBottom > 0 && <div aria-hidden="true" style={{ height: padBottom }} />}
      </div>
    </div>
  )
}
