import { memo, type MouseEvent } from 'react'
import type { TurnView } from '#core/view-types.ts'
import { absoluteUrl, appHref, paths } from '../../paths.ts'
import { useLocale } from '../../shell/locale.tsx'
import { isPlainClick } from '../text/entity-link.tsx'
import { useExplorer } from '../view/explorer-context.tsx'
import { CopyLinkButton } from './copy-link-button.tsx'
import { TurnBody } from './turn-body.tsx'

/**
 * One turn: speaker, number (a link to itself), copy-link button, speech, and notes set apart. Its
 * `view` is a new object only when something shown in this turn changed, so plain `memo` keeps a
 * keystroke or a filter change from re-rendering the other turns (PRODUCT §7 scale).
 */
export const TurnCard = memo(function TurnCard({ view }: { view: TurnView }) {
  const { t } = useLocale()
  const { model, source, actions } = useExplorer()
  const turn = model.transcript.turns[view.index]
  if (turn === undefined) return null
  const speaker = model.speakers.get(turn.speaker)
  const speakerName = speaker?.name ?? turn.speaker
  const headingId = `turn-${turn.id}-heading`
  const path = paths.turnIn(source, turn.id)

  // The number is a plain link whose href does not change with the filters; a click keeps them.
  function handleNumberClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainClick(event) || turn === undefined) return
    event.preventDefault()
    actions.openTurn(turn.id)
  }

  return (
    <article
      id={`turn-${turn.id}`}
      data-speaker={turn.speaker}
      data-role={speaker?.role}
      className={view.isLinked ? 'turn is-linked' : 'turn'}
      aria-labelledby={headingId}
      aria-current={view.isLinked ? 'true' : undefined}
      tabIndex={-1}
    >
      <header className="turn-header">
        <h3 id={headingId} className="turn-speaker">
          <span className="visually-hidden">{t('turnNumber', { n: turn.id })}: </span>
          {speakerName}
        </h3>
        <a
          className="turn-number"
          href={appHref(path)}
          onClick={handleNumberClick}
          aria-label={`#${turn.id} ${t('turnLabel', { n: turn.id, speaker: speakerName })}`}
        >
          #{turn.id}
        </a>
        <CopyLinkButton url={absoluteUrl(path)} turnNumber={turn.id} />
      </header>
      {view.pin && (
        <p className="turn-notice">
          {t(view.pin === 'linked' ? 'linkedOutsideFilter' : 'outsideFilterNote')}
        </p>
      )}
      <TurnBody view={view} />
    </article>
  )
})
