import { lazy, Suspense } from 'react'
import { useLocale } from '../shell/locale.tsx'
import { useOpener } from './opener-context.ts'

// A refused file is rare: why, in the reader's language, loads when it happens (PRODUCT §7 size).
const OpenFailure = lazy(() =>
  import('./open-failure.tsx').then((module) => ({ default: module.OpenFailure })),
)

/** The state of opening a reader's file: reading, or precise errors (PRODUCT §5.7). */
export function OpenStatus() {
  const { t } = useLocale()
  const { state, dismiss } = useOpener()
  if (state.status === 'idle') return null
  if (state.status === 'reading') {
    return (
      <p role="status" className="notice">
        {t('opening', { name: state.name })}
      </p>
    )
  }
  return (
    <Suspense fallback={null}>
      <OpenFailure state={state} onDismiss={dismiss} />
    </Suspense>
  )
}
