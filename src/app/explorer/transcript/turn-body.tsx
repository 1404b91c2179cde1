import { lazy, Suspense } from 'react'
import type { TurnView } from '#core/view-types.ts'
import { TranslatorNote } from '../text/translator-note.tsx'
import { useExplorer } from '../view/explorer-context.tsx'
import { TurnText } from './turn-text.tsx'

/** A turn with more paragraphs than this shows them a window at a time (PRODUCT §7 safety). */
const MANY_PARAGRAPHS = 100
/** At most this many notes of one turn are shown. */
const MAX_NOTES = 1000

const ParagraphWindow = lazy(() =>
  import('./paragraph-window.tsx').then((module) => ({ default: module.ParagraphWindow })),
)

/** The speech and the notes of one turn, the notes set apart. */
export function TurnBody({ view }: { view: TurnView }) {
  const { model } = useExplorer()
  const paragraphs = model.textIndex.paragraphs[view.index] ?? []
  const notes = model.textIndex.notes[view.index] ?? []
  return (
    <>
      {paragraphs.length > MANY_PARAGRAPHS ? (
        <Suspense fallback={null}>
          <ParagraphWindow view={view} />
        </Suspense>
      ) : (
        <div className="turn-body">
          {paragraphs.map((textIndex) => (
            <p key={textIndex}>
              <TurnText view={view} textIndex={textIndex} />
            </p>
          ))}
        </div>
      )}
      {notes.slice(0, MAX_NOTES).map((textIndex) => (
        <TranslatorNote key={textIndex}>
          <TurnText view={view} textIndex={textIndex} />
        </TranslatorNote>
      ))}
    </>
  )
}
