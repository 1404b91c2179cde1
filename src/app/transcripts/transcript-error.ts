import type { Issue } from '#core/transcript-checks.ts'

type TranscriptErrorKind =
  | 'not-found'
  | 'http'
  | 'network'
  | 'invalid'
  | 'refused'
  | 'too-large'
  | 'missing-local'
  | 'storage'

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
