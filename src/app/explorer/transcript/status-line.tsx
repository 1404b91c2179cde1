import type { ReactNode } from 'react'
import { useLocale } from '../../shell/locale.tsx'

type StatusLineProps = {
  shown: number
  total: number
  isFiltered: boolean
  onClear: () => void
  /** Tools that belong beside the count (the contents). */
  children?: ReactNode
}

/** "N of M turns" as a live region; an empty result says so and offers to clear (PRODUCT §5.1). */
export function StatusLine({ shown, total, isFiltered, onClear, children }: StatusLineProps) {
  const { t } = useLocale()
  return (
    <div className="status-line">
      <p role="status">
        {isFiltered ? t('status', { shown, total }) : t('statusAll', { total })}
        {isFiltered && shown === 0 && <> · {t('emptyResult')}</>}
      </p>
      {isFiltered && (
        <button type="button" className="text-button" onClick={onClear}>
          {t('clearFilters')}
        </button>
      )}
      {children}
    </div>
  )
}
