import { useImperativeHandle, useMemo, type Ref } from 'react'
import type { PinReason } from '#core/filters.ts'
import { useLocale } from '../shell/locale.tsx'
import { useExplorer } from './explorer-context.tsx'
import { ContextBlock } from './context-block.tsx'
import { TurnCard } from './turn-card.tsx'
import { turnSignatures } from './turn-signatures.ts'
import { useWindowedList, type Reveal } from './use-windowed-list.ts'

/** Up to this many shown turns everything is in the DOM (and the browser's find works on all of it); beyond, only what is near the viewport. */
const WINDOW_FROM = 150

type TranscriptViewProps = {
  /** Whether each turn is shown, by index (filters plus pinned turns). */
  shown: readonly boolean[]
  linkedTurnIndex: number | undefined
  /** Turns shown although the filters hide them, with why. */
  pinned: ReadonlyMap<number, PinReason>
  /** Set to a function that brings a turn (by index) into the DOM and near the viewport. */
  revealRef: Ref<Reveal>
}

/** The transcript: context, section dividers and the shown turns, in the transcript's language. */
export function TranscriptView({ shown, linkedTurnIndex, pinned, revealRef }: TranscriptViewProps) {
  const { t } = useLocale()
  const explorer = useExplorer()
  const { model } = explorer
  const signatureOf = turnSignatures(explorer)
  const pinNotice = (reason: PinReason | undefined) =>
    reason && (
      <p className="turn-notice">
        {t(reason === 'linked' ? 'linkedOutsideFilter' : 'outsideFilterNote')}
      </p>
    )
  const { transcript } = model
  // A divider opens each run of shown turns from a new section.
  const items = useMemo(() => {
    const list: { turnIndex: number; section: string | undefined }[] = []
    let lastSection: string | undefined
    transcript.turns.forEach((turn, turnIndex) => {
      if (!shown[turnIndex]) return
      const section = turn.section !== undefined ? model.sections.get(turn.section) : undefined
      list.push({
        turnIndex,
        section: section !== undefined && section.id !== lastSection ? section.label : undefined,
      })
      if (section !== undefined) lastSection = section.id
    })
    return list
  }, [transcript, model, shown])
  const keys = useMemo(
    () => items.map((item) => transcript.turns[item.turnIndex]?.id ?? ''),
    [items, transcript],
  )
  const isWindowed = items.length > WINDOW_FROM
  const { listRef, start, end, padTop, padBottom, measure, reveal } = useWindowedList(
    keys,
    isWindowed,
  )
  useImperativeHandle(
    revealRef,
    () => (turnIndex: number) => reveal(items.findIndex((item) => item.turnIndex === turnIndex)),
    [reveal, items],
  )

  return (
    <div className="transcript" lang={transcript.language}>
      <ContextBlock />
      <div ref={listRef} className="turn-list">
        {padTop > 0 && <div aria-hidden="true" style={{ height: padTop }} />}
        {items.slice(start, end).map(({ turnIndex, section }) => {
          const turn = transcript.turns[turnIndex]
          if (turn === undefined) return null
          return (
            <div
              key={turn.id}
              className="turn-slot"
              data-key={turn.id}
              ref={isWindowed ? measure : undefined}
            >
              {section !== undefined && (
                <h2 className="section-divider">
                  <span>{section}</span>
                </h2>
              )}
              <TurnCard
                turn={turn}
                turnIndex={turnIndex}
                isLinked={turnIndex === linkedTurnIndex}
                notice={pinNotice(pinned.get(turnIndex))}
                explorer={explorer}
                signature={signatureOf(turnIndex)}
              />
            </div>
          )
        })}
        {padBottom > 0 && <div aria-hidden="true" style={{ height: padBottom }} />}
      </div>
    </div>
  )
}
