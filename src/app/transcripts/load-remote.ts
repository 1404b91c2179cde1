import type { Transcript } from '#core/transcript-schema.ts'
import { isHtmlType } from './content-type.ts'
import { MAX_FILE_BYTES, REMOTE_TIMEOUT_MS } from './limits.ts'
import { readLimited } from './read-limited.ts'
import { resolveRemoteUrl } from './remote-url.ts'
import { TranscriptError } from './transcript-error.ts'

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Whether a body served as something else starts like an HTML document. */
function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 512).replace(/^\uFEFF/, ''))
}

function webPageError(url: string, status: number): TranscriptError {
  return new TranscriptError('invalid', url, {
    issues: [
      {
        path: '(file)',
        code: 'web-page',
        params: { status },
        message: `the address answered with a web page (HTTP ${status}), not a transcript`,
      },
    ],
  })
}

/** Fetches the file's text, refusing web pages and oversized bodies; the caller bounds the time. */
async function fetchText(url: URL, signal: AbortSignal): Promise<string> {
  // No `*/*`: a static server's page-for-every-path fallback must not answer for a missing file.
  const response = await fetch(url.href, {
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: { Accept: 'application/json, text/plain;q=0.9' },
  })
  if (response.status === 404) throw new TranscriptError('not-found', url.href, { status: 404 })
  if (!response.ok) throw new TranscriptError('http', url.href, { status: response.status })
  if (isHtmlType(response.headers.get('content-type')))
    throw webPageError(url.href, response.status)
  const text = await readLimited(response, url.href, MAX_FILE_BYTES)
  if (looksLikeHtml(text)) throw webPageError(url.href, response.status)
  return text
}

/**
 * Whether the server answers at all, to a request whose answer the page may not read. A
 * cross-origin fetch that fails says no more than "failed": if the server answers this one, what
 * stopped the real request was CORS, not the network.
 */
async function isReachable(url: URL, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url.href, {
      method: 'HEAD',
      mode: 'no-cors',
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
    return true
  } catch {
    return false
  }
}

/**
 * `?src=`: any http(s) URL the browser may fetch (same origin or CORS), JSON or plain text, fully
 * validated. The whole download has a time limit: a server that never answers ends in an error.
 */
export async function loadRemoteTranscript(src: string, signal?: AbortSignal): Promise<Transcript> {
  const url = resolveRemoteUrl(src)
  if (url === undefined) throw new TranscriptError('refused', src)
  const isCrossOrigin = url.origin !== window.location.origin
  // Cancelled while this module loaded: fetch nothing.
  if (signal?.aborted) throw signal.reason
  const limit = new AbortController()
  const stop = () => limit.abort(signal?.reason)
  signal?.addEventListener('abort', stop, { once: true })
  let isTimedOut = false
  const timer = setTimeout(() => {
    isTimedOut = true
    limit.abort()
  }, REMOTE_TIMEOUT_MS)
  let text: string
  try {
    text = await fetchText(url, limit.signal)
  } catch (cause) {
    const timedOut = () => new TranscriptError('timeout', url.href, { cause })
    if (isTimedOut) throw timedOut()
    if (signal?.aborted || cause instanceof TranscriptError) throw cause
    const isCors = isCrossOrigin && (await isReachable(url, limit.signal))
    if (isTimedOut) throw timedOut() // the time limit holds for the second request too
    if (signal?.aborted) throw cause
    throw new TranscriptError(isCors ? 'cors' : 'network', url.href, { cause })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', stop)
  }
  const fileName = safeDecode(url.pathname.split('/').pop() ?? '') || url.hostname
  const { parseTranscriptFile } = await import('./parse-file.ts')
  const result = await parseTranscriptFile(text, fileName)
  if (!result.ok) throw new TranscriptError('invalid', url.href, { issues: result.issues })
  return result.value
}
