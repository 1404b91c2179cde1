import { Fragment, type ReactNode } from 'react'
import { useLocale } from '../shell/locale.tsx'
import { useExplorer } from './explorer-context.tsx'
import { Highlighted } from './highlighted.tsx'
import { TurnCard } from './turn-card.tsx'

type TranscriptViewProps = {
  /** Whether each turn is shown, by index (filters plus pinned turns). */
  shown: readonly boolean[]
  linkedTurnIndex: number | undefined
  notices: ReadonlyMap<number, ReactNode>
}

/** The transcript: context, section dividers and the shown turns, in the transcript's language. */
export function TranscriptView({ shown, linkedTurnIndex, notices }: TranscriptViewProps) {
  const { t } = useLocale()
  const { model } = useExplorer()
  const { transcript, textIndex } = model
  // A divider opens each run of shown turns from a new section.
  const turnItems: ReactNode[] = []
  let lastSection: string | undefined
  for (const [index, turn] of transcript.turns.entries()) {
    if (!shown[index]) continue
    const section = turn.section !== undefined ? model.sections.get(turn.section) : undefined
    const isNewSection = section !== undefined && section.id !== lastSection
    if (section !== undefined) lastSection = section.id
    turnItems.push(
      <Fragment key={turn.id}>
        {isNewSection && (
          <h2 className="section-divider">
            <span>{section.label}</span>
          </h2>
        )}
        <TurnCard
          turn={turn}
          turnIndex={index}
          isLinked={index === linkedTurnIndex}
          notice={notices.get(index)}
        />
      </Fragment>,
    )
  }

  return (
    <div className="transcript" lang={transcript.language}>
      {(transcript.context?.length ?? 0) > 0 && (
        <section className="context" aria-labelledby="context-heading">
          <h2 id="context-heading" className="context-heading">
            {t('context')}
          </h2>
          {transcript.context?.map((text, i) => {
            const index = textIndex.context[i] ?? -1
            return (
              <p key={i}>
                <Highlighted text={text} textIndex={index} mentions={model.mentions[index] ?? []} />
              </p>
            )
          })}
          {transcript.contextNotes?.map((text, i) => {
            const index = textIndex.contextNotes[i] ?? -1
            return (
              <div key={i} className="translator-note" role="note" aria-label={t('translatorNote')}>
                <span className="translator-note-label" aria-hidden="true">
                  {t('translatorNote')}
                </span>
                <p>
                  <Highlighted text={text} textIndex={index} mentions={model.mentions[index] ?? []} />
                </p>
              </div>
            )
          })}
        </section>
      )}
      {turnItems}
    </div>
  )
}
