import type { Issue } from '#core/transcript-checks.ts'
import { shortAddress } from './limits.ts'

type TranscriptErrorKind =
  | 'not-found'
  | 'http'
  | 'network'
  | 'cors'
  | 'timeout'
  | 'invalid'
  | 'refused'
  | 'too-large'
  | 'missing-local'
  | 'storage'

type TranscriptErrorOptions = {
  status?: number
  issues?: Issue[]
  cause?: unknown
}

/** A transcript that could not be shown, with what a reader needs to know about why. */
export class TranscriptError extends Error {
  readonly kind: TranscriptErrorKind
  readonly url: string
  readonly status: number | undefined
  readonly issues: Issue[]

  constructor(kind: TranscriptErrorKind, url: string, options: TranscriptErrorOptions = {}) {
    super(`${kind}: ${shortAddress(url)}${options.status ? ` (${options.status})` : ''}`, {
      cause: options.cause,
    })
    this.name = 'TranscriptError'
    this.kind = kind
    this.url = url
    this.status = options.status
    this.issues = options.issues ?? []
  }
}
