import {
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { errorMessage } from '#core/error-message.ts'
import { describeJsonError } from '#core/json-error-position.ts'
import { formatIssue, MAX_ISSUES, type Issue } from '#core/transcript-checks.ts'

// What the CLI needs around the core (PRODUCT §6): read and write files without ever destroying
// an input or leaving debris, and print errors as one short line each (issue 15).

/** A printed error line is cut here, so no message can dump a long piece of the input. */
const MAX_LINE_LENGTH = 300

type Result<T> = { ok: true; value: T } | { ok: false; message: string }

/** The error code of a failed file operation (`ENOENT`, `EISDIR`, …), or its message. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && 'code' in error) return String(error.code)
  return errorMessage(error)
}

/** `text` cut to `MAX_LINE_LENGTH` code units (never inside a surrogate pair), marked with `…`. */
function shortenLine(text: string): string {
  if (text.length <= MAX_LINE_LENGTH) return text
  const last = text.charCodeAt(MAX_LINE_LENGTH - 1)
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_LINE_LENGTH - 1 : MAX_LINE_LENGTH
  return `${text.slice(0, end)}…`
}

/** Reads a UTF-8 file, or says which file could not be read and why. */
export function readText(
  path: string,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') }
  } catch (error) {
    return { ok: false, message: `cannot read ${path} (${reasonOf(error)})` }
  }
}

/**
 * Reads a JSON file, with or without a byte-order mark (editors on Windows add one, and the app
 * accepts it). A syntax error is reported with its line and column, never with the text itself.
 */
export function readJson(path: string): Result<unknown> {
  const file = readText(path)
  if (!file.ok) return { ok: false, message: file.message }
  const text = file.text.replace(/^\uFEFF/, '')
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    // JSON.parse's own message quotes the text around the error: not shown.
    return { ok: false, message: `${path}: ${describeJsonError(text)}` }
  }
}

/** The path with every symbolic link resolved; for a file not yet there, its directory's. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path))
    } catch {
      return resolve(path)
    }
  }
}

/** True when two paths name the same file: the same real path, or the same inode (a hard link). */
export function isSameFile(a: string, b: string): boolean {
  if (realPathOf(a) === realPathOf(b)) return true
  try {
    const first = statSync(a)
    const second = statSync(b)
    return first.dev === second.dev && first.ino === second.ino
  } catch {
    return false
  }
}

/**
 * Why `path` cannot receive a written file (a directory, something other than a file, a missing
 * or non-directory parent), or undefined when it can.
 */
export function findWriteProblem(path: string): string | undefined {
  try {
    const stats = statSync(path)
    if (stats.isDirectory()) return `${path} is a directory`
    if (!stats.isFile()) return `${path} is not a regular file`
    return undefined
  } catch (error) {
    if (reasonOf(error) !== 'ENOENT') return `cannot write ${path} (${reasonOf(error)})`
  }
  const parent = dirname(resolve(path))
  try {
    if (!statSync(parent).isDirectory()) return `cannot write ${path}: ${parent} is not a directory`
    return undefined
  } catch {
    return `cannot write ${path}: the directory ${parent} does not exist`
  }
}

/**
 * Writes `text` beside `path`, then renames it into place, so a crash never leaves a half-written
 * file; on any failure the temporary file is removed and the reason comes back as one line.
 */
export function writeTextAtomically(path: string, text: string): Result<undefined> {
  const temporary = `${path}.tmp-${process.pid}`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
    return { ok: true, value: undefined }
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Never created, or already gone.
    }
    return { ok: false, message: `cannot write ${path} (${reasonOf(error)})` }
  }
}

/** Prints issues to stderr, naming the file they belong to: at most `MAX_ISSUES`, each one line. */
export function printIssues(file: string, issues: readonly Issue[]) {
  console.error(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`)
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    console.error(`  ${shortenLine(formatIssue(issue).replace(/[\r\n]+/g, ' '))}`)
  }
  if (issues.length > MAX_ISSUES) console.error(`  … and ${issues.length - MAX_ISSUES} more`)
}

/**
 * Runs a command's `main` with the process arguments and sets the exit code. Whatever it throws
 * becomes one line and exit status 1, never a stack trace.
 */
export function runMain(command: string, main: (argv: string[]) => number) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    console.error(shortenLine(`${command} failed: ${reasonOf(error)}`))
    process.exitCode = 1
  }
}
