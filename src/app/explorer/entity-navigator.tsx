import { Link } from 'react-router'
import { pickLabel } from '#core/transcript-model.ts'
import { paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { useExplorer } from './explorer-context.tsx'
import { LabelText } from './label-text.tsx'

type EntityNavigatorProps = {
  index: number
  total: number
  outsideFilter: number
  onStep: (delta: number) => void
}

/** The selected entity: its description, "i of n" and previous/next (PRODUCT §5.2). */
export function EntityNavigator({ index, total, outsideFilter, onStep }: EntityNavigatorProps) {
  const { t, locale } = useLocale()
  const { model, filters, source } = useExplorer()
  const entity = filters.entity !== undefined ? model.entities.get(filters.entity) : undefined
  if (entity === undefined) return null
  const language = model.transcript.language
  const description = pickLabel(entity.description, locale, language)
  return (
    <section className="entity-navigator" aria-labelledby="selected-entity">
      <div className="entity-navigator-head">
        <h2 id="selected-entity">
          <LabelText label={pickLabel(entity.label, locale, language)} />
        </h2>
        <Link
          className="icon-button"
          to={paths.view(source, { ...filters, entity: undefined })}
          aria-label={t('clearSelection')}
        >
          ✕
        </Link>
      </div>
      {description.text && (
        <p className="entity-description" lang={description.lang}>
          {description.text}
        </p>
      )}
      <div className="entity-steps">
        <button
          type="button"
          onClick={() => onStep(-1)}
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
          onClick={() => onStep(1)}
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
