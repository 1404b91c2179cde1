import type * as z from 'zod/mini'
import type { IssueCode } from './issue-code.ts'
import { describeValue, formatPath, showValue, type Issue } from './transcript-checks.ts'
import { HTTP_URL, ISO_DATE, LANGUAGE_TAG, SLUG, TURN_ID } from './transcript-rules.ts'

// The schema library's issues as Issues: a few generic kinds with the JSON path, worded in English
// here and by code elsewhere (PRODUCT §3: the validator's messages name the JSON path).

const PATTERN_CODES = new Map<string, IssueCode>([
  [String(SLUG), 'not-slug'],
  [String(TURN_ID), 'bad-turn-id'],
  [String(LANGUAGE_TAG), 'bad-language-tag'],
  [String(ISO_DATE), 'bad-date'],
  [String(HTTP_URL), 'not-http-url'],
])

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

type Kind = { code: IssueCode; params?: Record<string, string | number> }

function kindOf(issue: z.core.$ZodIssue, value: unknown): Kind {
  const got = showValue(value)
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? { code: 'missing', params: { expected: issue.expected } }
        : { code: 'wrong-type', params: { expected: issue.expected, got } }
    case 'invalid_value':
      return {
        code: 'not-allowed',
        params: { allowed: issue.values.map((v) => JSON.stringify(v)).join(', '), got },
      }
    case 'invalid_format':
      return { code: PATTERN_CODES.get(issue.pattern ?? '') ?? 'invalid', params: { got } }
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty' }
      if (issue.origin === 'array')
        return { code: 'too-few', params: { min: Number(issue.minimum) } }
      return { code: 'too-small', params: { min: Number(issue.minimum), got } }
    case 'too_big':
      return { code: 'too-long', params: { max: Number(issue.maximum), got } }
    case 'invalid_key':
      return { code: 'bad-language-key' } // the schema's only records are keyed by language
    default:
      return { code: 'invalid', params: { got } }
  }
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
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

/** One schema issue as an Issue: its JSON path, its kind, and the English the CLI prints. */
export function schemaIssue(issue: z.core.$ZodIssue, data: unknown): Issue {
  const value = valueAt(data, issue.path)
  return { path: formatPath(issue.path), ...kindOf(issue, value), message: describe(issue, value) }
}
