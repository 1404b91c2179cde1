import type * as z from 'zod/mini'
import {
  checkFormatVersion,
  checkReferences,
  describeValue,
  formatPath,
  MAX_ISSUES,
  type Validation,
} from './transcript-checks.ts'
import { errorMessage } from './error-message.ts'
import { findJsonErrorOffset, lineAndColumn } from './json-error-position.ts'
import { TranscriptSchema, type Transcript } from './transcript-schema.ts'
import { checkSize } from './transcript-size.ts'

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function describeZodIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path)
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is required (${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(value)}`
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(value)}`
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'custom':
      return issue.message && issue.message !== 'Invalid input'
        ? `${issue.message} (got ${describeValue(value)})`
        : `is not valid (got ${describeValue(value)})`
    case 'invalid_key':
      return `has an invalid key: ${issue.issues.map((i) => i.message).join(', ')}`
    default:
      return issue.message
  }
}

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
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: formatPath(issue.path),
      message: describeZodIssue(issue, data),
    }))
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
    return { ok: false, issues: [{ path: '(json)', message: describeJsonError(error, source) }] }
  }
  return validateTranscript(data)
}

function describeJsonError(error: unknown, source: string): string {
  const reason = errorMessage(error).replace(/ in JSON at position \d+.*$/, '')
  const offset = findJsonErrorOffset(source)
  if (offset === undefined) return `not valid JSON: ${reason}`
  const { line, column } = lineAndColumn(source, offset)
  const found =
    offset < source.length
      ? `unexpected ${JSON.stringify(source.slice(offset, offset + 1))}`
      : 'the text ends early'
  return `not valid JSON at line ${line}, column ${column}: ${found}`
}
