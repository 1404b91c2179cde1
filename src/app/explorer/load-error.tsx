import { Link } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths, type TranscriptSource } from '../paths.ts'
import { IssueList } from '../open/issue-list.tsx'
import { OpenPanel } from '../open/open-panel.tsx'
import { OpenStatus } from '../open/open-status.tsx'
import { RemoveLocalButton } from '../open/remove-local-button.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { useErrorText, type TranslateError } from '../shell/use-error-text.ts'
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

function hostOf(url: string): string {
  try {
    return shortAddress(new URL(url, window.location.href).host)
  } catch {
    return shortAddress(url)
  }
}

/**
 * What failed and what to do, in the reader's words: network, CORS, an HTTP status or the format
 * (PRODUCT §5.6, §5.7). Addresses are cut short, so no message repeats the input.
 */
function describeError(error: TranscriptError, source: TranscriptSource, t: TranslateError) {
  const url = shortAddress(error.url)
  const host = hostOf(error.url)
  const status = error.status ?? '?'
  switch (error.kind) {
    case 'not-found':
      return source.kind === 'remote'
        ? t('errorFileNotFound', { url })
        : t('errorNotFound', { id: shortAddress(source.id), url, status: error.status ?? 404 })
    case 'http':
      return status === 401 || status === 403
        ? t('errorForbidden', { host, status })
        : t('errorHttp', { status, url })
    case 'cors':
      return t('errorCors', { host })
    case 'network':
      return t('errorNetwork', { host, url })
    case 'invalid':
      return t('errorInvalid', { url, n: error.issues.length })
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
  const te = useErrorText()
  const known = error instanceof TranscriptError ? error : undefined
  const message = known ? describeError(known, source, te) : shortAddress(error?.message ?? '')
  return (
    <div className="explorer is-error">
      <AppHeader title={te('errorTitle')} />
      <main id="transcript" className="reading">
        <div role="alert" className="load-error">
          <p>{message}</p>
          {known?.kind === 'invalid' && <IssueList issues={known.issues} />}
        </div>
        <div className="error-actions">
          {(known === undefined || RETRIED.has(known.kind)) && (
            <button type="button" onClick={onRetry} disabled={isRetrying}>
              {te('retry')}
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
