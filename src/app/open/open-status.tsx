import { formatIssue } from '#core/transcript-checks.ts'
import { useLocale } from '../shell/locale.tsx'
import { formatBytes, MAX_FILE_BYTES } from '../transcripts/limits.ts'
import { useOpener } from './opener-context.ts'

/** How many problems are listed before "and N more": the first ones are what an editor fixes first. */
const SHOWN_ISSUES = 20

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
    <div role="alert" className="open-error">
      {state.status === 'too-large' ? (
        <p>
          {t('openTooLarge', {
            name: state.name,
            size: formatBytes(state.size),
            limit: formatBytes(MAX_FILE_BYTES),
          })}
        </p>
      ) : (
        <>
          <p>{t('openFailed', { name: state.name, n: state.issues.length })}</p>
          <ol className="issue-list">
            {state.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i} className={i < 3 ? 'is-first' : undefined}>
                <code>{formatIssue(issue)}</code>
              </li>
            ))}
          </ol>
          {state.issues.length > SHOWN_ISSUES && (
            <p>{t('moreIssues', { n: state.issues.length - SHOWN_ISSUES })}</p>
          )}
        </>
      )}
      <button type="button" className="text-button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  )
}
