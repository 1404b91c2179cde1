import { queryOptions } from '@tanstack/react-query'
import {
  checkFormatVersion,
  checkReferences,
  hasRenderableShape,
  type Issue,
} from '#core/transcript-checks.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { MAX_FILE_BYTES } from './limits.ts'
import { assetUrl, type TranscriptSource } from '../paths.ts'

type TranscriptErrorKind =
  'not-found' | 'http' | 'network' | 'invalid' | 'refused' | 'too-large' | 'missing-local'

/** A transcript that could not be shown, with what a reader needs to know about why. */
export class TranscriptError extends Error {
  readonly kind: TranscriptErrorKind
  readonly url: string
  readonly status: number | undefined
  readonly issues: Issue[]

  constructor(
    kind: TranscriptErrorKind,
    url: string,
    options: { status?: number; issues?: Issue[]; cause?: unknown } = {},
  ) {
    super(`${kind}: ${url}${options.status ? ` (${options.status})` : ''}`, {
      cause: options.cause,
    })
    this.name = 'TranscriptError'
    this.kind = kind
    this.url = url
    this.status = options.status
    this.issues = options.issues ?? []
  }
}

/** Fetches a published transcript and validates it; bad data becomes an error carrying the issues. */
export async function loadTranscript(id: string, signal?: AbortSignal): Promise<Transcript> {
  const url = assetUrl(`data/${encodeURIComponent(id)}.json`)
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new TranscriptError('network', url, { cause })
  }
  // Static hosts answer unknown paths with the app's own HTML page: that is "not found" too.
  const type = response.headers.get('content-type') ?? ''
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    throw new TranscriptError('not-found', url, { status: response.status })
  }
  if (!response.ok) throw new TranscriptError('http', url, { status: response.status })
  let data: unknown
  try {
    data = await response.json()
  } catch (cause) {
    throw new TranscriptError('invalid', url, {
      issues: [{ path: '(json)', message: 'the file is not valid JSON' }],
      cause,
    })
  }
  return checkPublishedTranscript(data, url)
}

/**
 * Published files are fully validated when they are built (`npm run ingest`, and CI checks every
 * file in public/data). Here the cheap checks guard what rendering relies on, keeping the schema
 * library out of the first view (PRODUCT §7 size); only when they find a problem is the full
 * validator loaded, to list every issue with its JSON path.
 */
async function checkPublishedTranscript(data: unknown, url: string): Promise<Transcript> {
  const formatIssues = checkFormatVersion(data)
  if (formatIssues.length > 0) throw new TranscriptError('invalid', url, { issues: formatIssues })
  if (hasRenderableShape(data) && checkReferences(data).length === 0) return data
  const { validateTranscript } = await import('#core/validate-transcript.ts')
  const result = validateTranscript(data)
  if (!result.ok) throw new TranscriptError('invalid', url, { issues: result.issues })
  return result.value
}

export function transcriptQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['transcript', id],
    queryFn: ({ signal }) => loadTranscript(id, signal),
    staleTime: 'static', // a published file never changes during a visit
    retry: (count, error) =>
      !(error instanceof TranscriptError && error.kind !== 'network') && count < 2,
  })
}

/** Reads a response body as text, refusing it once it passes `limit` bytes. */
async function readLimited(response: Response, url: string, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > limit) throw new TranscriptError('too-large', url, { status: declared })
  if (response.body === null) return response.text()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new TranscriptError('too-large', url, { status: size })
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

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

/** A transcript the reader opened from a file earlier, kept in this browser. */
export async function loadLocalTranscript(id: string): Promise<Transcript> {
  const [{ getLocalTranscript }, { validateTranscript }] = await Promise.all([
    import('./local-store.ts'),
    import('#core/validate-transcript.ts'),
  ])
  const record = await getLocalTranscript(id)
  if (record === undefined) throw new TranscriptError('missing-local', id)
  // Kept by this browser, perhaps by an older Daedam: checked again, like any file.
  const result = validateTranscript(record.transcript)
  if (!result.ok) throw new TranscriptError('invalid', id, { issues: result.issues })
  return result.value
}

/** One query per transcript, whatever its source (STYLE §3). */
export function sourceQueryOptions(source: TranscriptSource) {
  switch (source.kind) {
    case 'published':
      return transcriptQueryOptions(source.id)
    case 'local':
      return queryOptions({
        queryKey: ['transcript', 'local', source.id],
        queryFn: () => loadLocalTranscript(source.id),
        staleTime: 'static',
        retry: false,
      })
    case 'remote':
      return queryOptions({
        queryKey: ['transcript', 'remote', source.url],
        queryFn: ({ signal }) => loadRemoteTranscript(source.url, signal),
        staleTime: 'static',
        retry: (count, error) =>
          error instanceof TranscriptError && error.kind === 'network' && count < 2,
      })
  }
}
