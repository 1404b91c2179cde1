import { useLocale } from '../../shell/locale.tsx'

export type PanelName = 'filters' | 'entities'

type PanelTogglesProps = { open: PanelName | undefined; onToggle: (name: PanelName) => void }

/** On a narrow screen the filters and the sidebar fold into sheets opened from here (PRODUCT §5). */
export function PanelToggles({ open, onToggle }: PanelTogglesProps) {
  const { t } = useLocale()
  return (
    <div className="panel-toggles">
      <button
        type="button"
        aria-expanded={open === 'filters'}
        aria-controls="filters-panel"
        onClick={() => onToggle('filters')}
      >
        {t('filters')}
      </button>
      <button
        type="button"
        aria-expanded={open === 'entities'}
        aria-controls="entities-panel"
        onClick={() => onToggle('entities')}
      >
        {t('entitiesAndPosts')}
      </button>
    </div>
  )
}
