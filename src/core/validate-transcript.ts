import {
  checkFormatVersion,
  checkReferences,
  MAX_ISSUES,
  type Validation,
} from './transcript-checks.ts'
import { errorMessage } from './error-message.ts'
import { jsonErrorIssue } from './json-error-position.ts'
import { schemaIssue } from './schema-issue.ts'
import { TranscriptSchema, type Transcript } from './transcript-schema.ts'
import { checkSize } from './transcript-size.ts'

/**
 * Checks unknown data against format version 1 (PRODUCT §3), and that it is not too big to show.
 * Never throws: every problem comes back as an issue naming its JSON path.
 */
export function validateTranscript(data: unknown): Validation<Transcript> {
  const formatIssues = checkFormatVersion(data)
  if (formatIssues.length > 0) return { ok: false, issues: formatIssues }
  const sizeIssues = checkSize(data)
  if (sizeIssues.length > 0) return { ok: false, issues: sizeIssues }

  const parsed = TranscriptSchema.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => schemaIssue(issue, data))
    return { ok: false, issues }
  }
  const issues = checkReferences(parsed.data)
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) }
  return { ok: true, value: parsed.data }
}

/** JSON text → transcript; a syntax error is reported with its line and column. */
export function parseTranscriptJson(source: string): Validation<Transcript> {
  let data: unknown
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, issues: [jsonErrorIssue(source, errorMessage(error))] }
  }
  return validateTranscript(data)
}
