import { lazy, Suspense, useState } from 'react'
import { useLocale } from '../../shell/locale.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

// The list itself is loaded when first opened (PRODUCT §7 size).
const ContentsDialog = lazy(() =>
  import('./contents-dialog.tsx').then((module) => ({ default: module.ContentsDialog })),
)

/** Opens the contents (PRODUCT §5.8), on any screen, where there is something to list. */
export function ContentsButton() {
  const { t } = useLocale()
  const { model } = useExplorer()
  const [isOpen, setOpen] = useState(false)
  return (
    (model.sections.size > 0 || model.topicTurnCounts.size > 0) && (
      <>
        <button
          type="button"
          className="text-button contents-button"
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          {t('contents')}
        </button>
        {isOpen && (
          <Suspense fallback={null}>
            <ContentsDialog onClose={() => setOpen(false)} />
          </Suspense>
        )}
      </>
    )
  )
}
