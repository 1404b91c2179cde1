import { pickLabel } from '#core/transcript-model.ts'
import type { View } from '#core/view-types.ts'
import { useLocale } from '../../shell/locale.tsx'
import { EntityLink } from '../text/entity-link.tsx'
import { LabelText } from '../text/label-text.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

/** The selected entity: its description, "i of n" and previous/next (PRODUCT §5.2). */
export function EntityNavigator({ mentions }: { mentions: View['mentions'] }) {
  const { t, locale } = useLocale()
  const { model, actions } = useExplorer()
  const entity = mentions.key === undefined ? undefined : model.entities.get(mentions.key)
  if (entity === undefined) return null
  const language = model.transcript.language
  const description = pickLabel(entity.description, locale, language)
  const { total, index = 0, outsideFilter } = mentions
  return (
    <section className="entity-navigator" aria-labelledby="selected-entity">
      <div className="entity-navigator-head">
        <h2 id="selected-entity">
          <LabelText label={pickLabel(entity.label, locale, language)} />
        </h2>
        <EntityLink entity={undefined} className="icon-button" aria-label={t('clearSelection')}>
          ✕
        </EntityLink>
      </div>
      {description.text && (
        <p className="entity-description" lang={description.lang}>
          {description.text}
        </p>
      )}
      <div className="entity-steps">
        <button
          type="button"
          onClick={() => actions.stepMention(-1)}
          disabled={total === 0}
          aria-keyshortcuts="Shift+N"
          aria-label={t('previousMention')}
        >
          ‹ <span className="step-label">{t('previousMention')}</span>
        </button>
        <span className="entity-position" aria-live="polite">
          {total === 0 ? t('noMentions') : t('mentionOf', { i: index + 1, total })}
        </span>
        <button
          type="button"
          onClick={() => actions.stepMention(1)}
          disabled={total === 0}
          aria-keyshortcuts="N"
          aria-label={t('nextMention')}
        >
          <span className="step-label">{t('nextMention')}</span> ›
        </button>
      </div>
      {outsideFilter > 0 && (
        <p className="entity-outside">{t('outsideFilter', { n: outsideFilter })}</p>
      )}
    </section>
  )
}
