import { useErrorText } from '../shell/use-error-text.ts'
import { useLocale } from '../shell/locale.tsx'
import { formatBytes, MAX_FILE_BYTES } from '../transcripts/limits.ts'
import { IssueList } from './issue-list.tsx'
import type { OpenState } from './opener-context.ts'

/** How many problems are listed before "and N more": the first ones are what an editor fixes first. */
const SHOWN_ISSUES = 20

type OpenFailureProps = {
  state: Extract<OpenState, { status: 'failed' | 'too-large' }>
  onDismiss: () => void
}

/** Why a reader's file did not open, in their language (loaded when a file fails). */
export function OpenFailure({ state, onDismiss }: OpenFailureProps) {
  const { t } = useLocale()
  const te = useErrorText()
  return (
    <div role="alert" className="open-error">
      {state.status === 'too-large' ? (
        <p>
          {te('openTooLarge', {
            name: state.name,
            size: formatBytes(state.size),
            limit: formatBytes(MAX_FILE_BYTES),
          })}
        </p>
      ) : (
        <>
          <p>{te('openFailed', { name: state.name, n: state.issues.length })}</p>
          <IssueList issues={state.issues} shown={SHOWN_ISSUES} />
        </>
      )}
      <button type="button" className="text-button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  )
}
