import { Link } from 'react-router'
import { formatIssue } from '#core/transcript-checks.ts'
import { DEFAULT_TRANSCRIPT_ID, paths, type TranscriptSource } from '../paths.ts'
import { formatBytes, MAX_FILE_BYTES } from '../open/limits.ts'
import { OpenPanel } from '../open/open-panel.tsx'
import { OpenStatus } from '../open/open-status.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { TranscriptError } from './transcript-query.ts'

type LoadErrorProps = {
  source: TranscriptSource
  error: Error | null
  onRetry: () => void
  isRetrying: boolean
}

/** A failed load says what failed, lists the validator's issues, and offers a retry (PRODUCT §5.6). */
export function LoadError({ source, error, onRetry, isRetrying }: LoadErrorProps) {
  const transcriptId = source.kind === 'remote' ? source.url : source.id
  const { t } = useLocale()
  const known = error instanceof TranscriptError ? error : undefined
  const url = known?.url ?? ''
  const message =
    known?.kind === 'not-found'
      ? t('errorNotFound', { id: transcriptId, url, status: known.status ?? 404 })
      : known?.kind === 'http'
        ? t('errorHttp', { status: known.status ?? '?', url })
        : known?.kind === 'invalid'
          ? t('errorInvalid', { url, n: known.issues.length })
          : known?.kind === 'network'
            ? t('errorNetwork', { url })
            : known?.kind === 'refused'
              ? t('errorRefused', { url })
              : known?.kind === 'too-large'
                ? t('errorTooLarge', { url, limit: formatBytes(MAX_FILE_BYTES) })
                : known?.kind === 'missing-local'
                  ? t('errorMissingLocal')
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
          {(known === undefined || known.kind === 'network' || known.kind === 'http') && (
            <button type="button" onClick={onRetry} disabled={isRetrying}>
              {t('retry')}
            </button>
          )}
          {transcriptId !== DEFAULT_TRANSCRIPT_ID && (
            <Link to={paths.transcript(DEFAULT_TRANSCRIPT_ID)}>{t('goHome')}</Link>
          )}
        </div>
        <OpenStatus />
        <OpenPanel />
      </main>
    </div>
  )
}
