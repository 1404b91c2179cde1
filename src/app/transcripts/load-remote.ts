import type { Transcript } from '#core/transcript-schema.ts'
import { MAX_FILE_BYTES } from './limits.ts'
import { readLimited } from './read-limited.ts'
import { TranscriptError } from './transcript-error.ts'

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `?src=`: any http(s) URL the browser may fetch (same origin or CORS), JSON or plain text, fully validated. */
export async function loadRemoteTranscript(src: string, signal?: AbortSignal): Promise<Transcript> {
  let url: URL
  try {
    if (src.trim() === '') throw new Error('no address')
    url = new URL(src, window.location.href)
  } catch {
    throw new TranscriptError('refused', src)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TranscriptError('refused', src)
  let response: Response
  try {
    // No `*/*`: a static server's page-for-every-path fallback must not answer for a missing file.
    response = await fetch(url.href, {
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json, text/plain;q=0.9' },
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new TranscriptError('network', url.href, { cause })
  }
  if (response.status === 404) throw new TranscriptError('not-found', url.href, { status: 404 })
  if (!response.ok) throw new TranscriptError('http', url.href, { status: response.status })
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new TranscriptError('invalid', url.href, {
      issues: [
        {
          path: '(file)',
          message: `the address answered with a web page (HTTP ${response.status}), not a transcript`,
        },
      ],
    })
  }
  const text = await readLimited(response, url.href, MAX_FILE_BYTES)
  const fileName = safeDecode(url.pathname.split('/').pop() ?? '') || url.hostname
  const { parseTranscriptFile } = await import('./parse-file.ts')
  const result = await parseTranscriptFile(text, fileName)
  if (!result.ok) throw new TranscriptError('invalid', url.href, { issues: result.issues })
  return result.value
}
