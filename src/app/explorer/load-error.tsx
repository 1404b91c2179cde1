import { Link } from 'react-router'
import { formatIssue } from '#core/transcript-checks.ts'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../paths.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { TranscriptError } from './transcript-query.ts'

type LoadErrorProps = { transcriptId: string; error: Error | null; onRetry: () => void; isRetrying: boolean }

/** A failed load says what failed, lists the validator's issues, and offers a retry (PRODUCT §5.6). */
export function LoadError({ transcriptId, error, onRetry, isRetrying }: LoadErrorProps) {
  const { t } = useLocale()
  const known = error instanceof TranscriptError ? error : undefined
  const url = known?.url ?? ''
  const message =
    known?.kind === 'not-found'
      ? t('errorNotFound', { id: transcriptId, url })
      : known?.kind === 'http'
        ? t('errorHttp', { status: known.status ?? '?', url })
        : known?.kind === 'invalid'
          ? t('errorInvalid', { url, n: known.issues.length })
          : known?.kind === 'network'
            ? t('errorNetwork', { url })
            : (error?.message ?? '')
  return (
    <div className="explorer is-error">
      <AppHeader title={t('errorTitle')} />
      <main id="transcript" className="reading">
        <div role="alert" className="load-error">
          <p>{message}</p>
          {known?.kind === 'invalid' && (
            <ol className="issue-list">
              {known.issues.map((issue, i) => (
                <li key={i}>
                  <code>{formatIssue(issue)}</code>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="error-actions">
          {known?.kind !== 'not-found' && known?.kind !== 'invalid' && (
            <button type="button" onClick={onRetry} disabled={isRetrying}>
              {t('retry')}
            </button>
          )}
          {transcriptId !== DEFAULT_TRANSCRIPT_ID && <Link to={paths.transcript(DEFAULT_TRANSCRIPT_ID)}>{t('goHome')}</Link>}
        </div>
      </main>
    </div>
  )
}
