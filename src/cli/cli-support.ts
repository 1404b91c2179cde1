import { readFileSync } from 'node:fs'
import { formatIssue, type Issue } from '#core/transcript-checks.ts'

/** Reads a UTF-8 file, or says which file could not be read and why. */
export function readText(
  path: string,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') }
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    return { ok: false, message: `cannot read ${path} (${reason})` }
  }
}

/** Prints issues to stderr, naming the file they belong to. */
export function printIssues(file: string, issues: readonly Issue[]) {
  console.error(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`)
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`)
}
