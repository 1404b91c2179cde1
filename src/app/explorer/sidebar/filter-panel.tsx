import { startTransition, useOptimistic } from 'react'
import { toggleValue, type Filters } from '#core/filters.ts'
import { pickLabel } from '#core/transcript-model.ts'
import { useLocale } from '../../shell/locale.tsx'
import { LabelText } from '../text/label-text.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

type FilterPanelProps = { filters: Filters }

/**
 * Speaker and topic checkboxes with turn counts, driven by the URL (PRODUCT §5.1). A box shows its
 * new state at once, while the URL (a transition) catches up.
 */
export function FilterPanel({ filters: urlFilters }: FilterPanelProps) {
  const { t, locale } = useLocale()
  const { model, actions } = useExplorer()
  const [filters, showFilters] = useOptimistic(
    urlFilters,
    (current: Filters, patch: Partial<Filters>) => ({ ...current, ...patch }),
  )
  function change(patch: Partial<Filters>) {
    startTransition(() => {
      showFilters(patch)
      actions.setFilters(patch)
    })
  }
  const { transcript } = model
  return (
    <div className="filter-panel">
      <fieldset>
        <legend>{t('speakers')}</legend>
        {transcript.speakers.map((speaker) => (
          <label key={speaker.id} className="check">
            <input
              type="checkbox"
              checked={filters.speakers.includes(speaker.id)}
              onChange={() => change({ speakers: toggleValue(filters.speakers, speaker.id) })}
            />
            <span className="check-label" lang={transcript.language}>
              {speaker.name}
            </span>
            <span className="count">{model.speakerTurnCounts.get(speaker.id) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      {(transcript.topics?.length ?? 0) > 0 && (
        <fieldset>
          <legend>{t('topics')}</legend>
          {transcript.topics?.map((topic) => (
            <label key={topic.id} className="check">
              <input
                type="checkbox"
                checked={filters.topics.includes(topic.id)}
                onChange={() => change({ topics: toggleValue(filters.topics, topic.id) })}
              />
              <LabelText
                className="check-label"
                label={pickLabel(topic.label, locale, transcript.language)}
              />
              <span className="count">{model.topicTurnCounts.get(topic.id) ?? 0}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}
