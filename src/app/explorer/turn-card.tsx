import { memo, type ReactNode } from 'react'
import type { Turn } from '#core/transcript-schema.ts'
import { absoluteUrl, appHref, paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { CopyLinkButton } from './copy-link-button.tsx'
import type { ExplorerValue } from './explorer-context.tsx'
import { ClampedText } from './clamped-text.tsx'
import { textHighlights } from './text-highlights.ts'
import { TranslatorNote } from './translator-note.tsx'

type TurnCardProps = {
  turn: Turn
  turnIndex: number
  isLinked: boolean
  notice?: ReactNode
  /** The explorer's state at this render; read only when `signature` says something changed. */
  explorer: ExplorerValue
  /** Everything of the explorer's state that shows in this turn (PRODUCT §7 scale). */
  signature: string
}

/**
 * One turn: speaker, number (a link to itself), copy-link button, speech, and notes set apart. It
 * re-renders only when its own highlights change (its `signature`), not on every keystroke.
 */
export const TurnCard = memo(
  function TurnCard({ turn, turnIndex, isLinked, notice, explorer }: TurnCardProps) {
    const { t } = useLocale()
    const { model, source } = explorer
    const speaker = model.speakers.get(turn.speaker)
    const headingId = `turn-${turn.id}-heading`
    const paragraphIndexes = model.textIndex.paragraphs[turnIndex] ?? []
    const noteIndexes = model.textIndex.notes[turnIndex] ?? []

    const renderText = (text: string, textIndex: number) => (
      <ClampedText text={text} textIndex={textIndex} {...textHighlights(explorer, textIndex)} />
    )

    return (
      <article
        id={`turn-${turn.id}`}
        data-speaker={turn.speaker}
        data-role={speaker?.role}
        className={isLinked ? 'turn is-linked' : 'turn'}
        aria-labelledby={headingId}
        aria-current={isLinked ? 'true' : undefined}
        tabIndex={-1}
      >
        <header className="turn-header">
          <h3 id={headingId} className="turn-speaker">
            <span className="visually-hidden">{t('turnNumber', { n: turn.id })}: </span>
            {speaker?.name ?? turn.speaker}
          </h3>
          {/* A plain link whose href does not change with the filters; a click on it keeps them
            (useLinkTakeover), so filter changes need not re-render every turn. */}
          <a
            className="turn-number"
            href={appHref(paths.turnIn(source, turn.id))}
            data-turn-link={turn.id}
            aria-label={`#${turn.id} ${t('turnLabel', { n: turn.id, speaker: speaker?.name ?? turn.speaker })}`}
          >
            #{turn.id}
          </a>
          <CopyLinkButton url={absoluteUrl(paths.turnIn(source, turn.id))} turnNumber={turn.id} />
        </header>
        {notice}
        <div className="turn-body">
          {turn.paragraphs.map((text, i) => (
            <p key={i}>{renderText(text, paragraphIndexes[i] ?? -1)}</p>
          ))}
        </div>
        {turn.notes?.map((text, i) => (
          <TranslatorNote key={i}>{renderText(text, noteIndexes[i] ?? -1)}</TranslatorNote>
        ))}
      </article>
    )
  },
  (before, after) =>
    before.turn === after.turn &&
    before.turnIndex === after.turnIndex &&
    before.isLinked === after.isLinked &&
    before.notice === after.notice &&
    before.signature === after.signature,
)
