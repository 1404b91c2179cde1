import { Link } from 'react-router'
import { formatIssue } from '#core/transcript-checks.ts'
import { DEFAULT_TRANSCRIPT_ID, paths, type TranscriptSource } from '../paths.ts'
import { OpenPanel } from '../open/open-panel.tsx'
import { OpenStatus } from '../open/open-status.tsx'
import { RemoveLocalButton } from '../open/remove-local-button.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale, type Translate } from '../shell/locale.tsx'
import {
  formatBytes,
  MAX_FILE_BYTES,
  REMOTE_TIMEOUT_MS,
  shortAddress,
} from '../transcripts/limits.ts'
import { TranscriptError } from '../transcripts/transcript-error.ts'

type LoadErrorProps = {
  source: TranscriptSource
  error: Error | null
  onRetry: () => void
  isRetrying: boolean
}

/** What failed, in the reader's words; addresses are cut short, so no message repeats the input. */
function describeError(error: TranscriptError, transcriptId: string, t: Translate): string {
  const url = shortAddress(error.url)
  switch (error.kind) {
    case 'not-found':
      return t('errorNotFound', {
        id: shortAddress(transcriptId),
        url,
        status: error.status ?? 404,
      })
    case 'http':
      return t('errorHttp', { status: error.status ?? '?', url })
    case 'invalid':
      return t('errorInvalid', { url, n: error.issues.length })
    case 'network':
      // Another origin's failure may be CORS: the browser does not say which.
      return `${t('errorNetwork', { url })}${error.isCrossOrigin ? ` ${t('corsHint')}` : ''}`
    case 'timeout':
      return t('errorTimeout', { url, seconds: REMOTE_TIMEOUT_MS / 1000 })
    case 'refused':
      return t('errorRefused', { url })
    case 'too-large':
      return t('errorTooLarge', { url, limit: formatBytes(MAX_FILE_BYTES) })
    case 'missing-local':
      return t('errorMissingLocal')
    case 'storage':
      return t('errorStorage')
  }
}

const RETRIED = new Set(['network', 'http', 'timeout', 'storage'])

/** A failed load says what failed, lists the validator's issues, and offers a retry (PRODUCT §5.6). */
export function LoadError({ source, error, onRetry, isRetrying }: LoadErrorProps) {
  const transcriptId = source.kind === 'remote' ? source.url : source.id
  const { t } = useLocale()
  const known = error instanceof TranscriptError ? error : undefined
  const message = known ? describeError(known, transcriptId, t) : shortAddress(error?.message ?? '')
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
          {(known === undefined || RETRIED.has(known.kind)) && (
            <button type="button" onClick={onRetry} disabled={isRetrying}>
              {t('retry')}
            </button>
          )}
          {/* A kept file that fails to load can be removed from its own page (PRODUCT §7). */}
          {source.kind === 'local' && known?.kind !== 'missing-local' && (
            <RemoveLocalButton id={source.id} />
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
