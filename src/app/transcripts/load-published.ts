import { checkFormatVersion, checkReferences } from '#core/transcript-checks.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { hasRenderableShape } from '#core/transcript-shape.ts'
import { assetUrl } from '../paths.ts'
import { isHtmlType } from './content-type.ts'
import { TranscriptError } from './transcript-error.ts'

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
  const isPage = isHtmlType(response.headers.get('content-type'))
  if (response.status === 404 || (response.ok && isPage)) {
    throw new TranscriptError('not-found', url, { status: response.status })
  }
  if (!response.ok) throw new TranscriptError('http', url, { status: response.status })
  let data: unknown
  try {
    data = await response.json()
  } catch (cause) {
    throw new TranscriptError('invalid', url, {
      issues: [{ path: '(json)', code: 'json-invalid', message: 'the file is not valid JSON' }],
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
