import { pickLabel } from '#core/transcript-model.ts'
import type { View } from '#core/view-types.ts'
import { useLocale } from '../../shell/locale.tsx'
import { EntityLink } from '../text/entity-link.tsx'
import { LabelText } from '../text/label-text.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

// This part's own text, loaded with it rather than with the first view (PRODUCT §7 size, §5.8).
const TEXT = {
  ko: {
    clear: '선택 해제',
    previous: '이전 언급',
    next: '다음 언급',
    none: '언급이 없습니다',
    of: (i: number, total: number) => `${total}개 중 ${i}번째 언급`,
    outside: (n: number) => `필터 밖 언급 ${n}개`,
  },
  en: {
    clear: 'Clear selection',
    previous: 'Previous mention',
    next: 'Next mention',
    none: 'No mentions',
    of: (i: number, total: number) => `Mention ${i} of ${total}`,
    outside: (n: number) => `${n} more outside the filter`,
  },
}

/** The selected entity: its description, "i of n" and previous/next (PRODUCT §5.2). */
export function EntityNavigator({ mentions }: { mentions: View['mentions'] }) {
  const { locale } = useLocale()
  const text = TEXT[locale]
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
        <EntityLink entity={undefined} className="icon-button" aria-label={text.clear}>
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
          aria-label={text.previous}
        >
          ‹ <span className="step-label">{text.previous}</span>
        </button>
        <span className="entity-position" aria-live="polite">
          {total === 0 ? text.none : text.of(index + 1, total)}
        </span>
        <button
          type="button"
          onClick={() => actions.stepMention(1)}
          disabled={total === 0}
          aria-keyshortcuts="N"
          aria-label={text.next}
        >
          <span className="step-label">{text.next}</span> ›
        </button>
      </div>
      {outsideFilter > 0 && <p className="entity-outside">{text.outside(outsideFilter)}</p>}
    </section>
  )
}
