import { queryOptions } from '@tanstack/react-query'
import type { Transcript } from '#core/transcript-schema.ts'
import { validateTranscript, type Issue } from '#core/validate-transcript.ts'
import { assetUrl } from '../paths.ts'

type TranscriptErrorKind = 'not-found' | 'http' | 'network' | 'invalid'

/** A transcript that could not be shown, with what a reader needs to know about why. */
export class TranscriptError extends Error {
  readonly kind: TranscriptErrorKind
  readonly url: string
  readonly status: number | undefined
  readonly issues: Issue[]

  constructor(kind: TranscriptErrorKind, url: string, options: { status?: number; issues?: Issue[]; cause?: unknown } = {}) {
    super(`${kind}: ${url}${options.status ? ` (${options.status})` : ''}`, { cause: options.cause })
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
