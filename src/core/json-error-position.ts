import type { Issue } from './transcript-checks.ts'

/**
 * The offset of the first syntax error in JSON text, or undefined when it has none. Browsers word
 * JSON.parse errors differently and some give no position, so errors are located here to name
 * their line and column everywhere (PRODUCT §2: errors name the line).
 */
export function findJsonErrorOffset(source: string): number | undefined {
  let i = 0
  const n = source.length
  const skipSpace = () => {
    while (i < n && ' \t\n\r'.includes(source[i] ?? '')) i++
  }
  // Iterative with an explicit stack, so 10,000 levels of nesting cannot overflow the call stack.
  const stack: ('[' | '{')[] = []
  let expectValue = true
  for (;;) {
    skipSpace()
    if (expectValue) {
      const c = source[i]
      if (c === '{' || c === '[') {
        stack.push(c)
        i++
        skipSpace()
        const close = c === '{' ? '}' : ']'
        if (source[i] === close) {
          stack.pop()
          i++
          expectValue = false
          continue
        }
        if (c === '{') {
          if (!readString()) return i
          skipSpace()
          if (source[i] !== ':') return i
          i++
        }
        continue
      }
      if (c === '"') {
        if (!readString()) return i
      } else if (!readLiteral()) return i
      expectValue = false
      continue
    }
    const top = stack.at(-1)
    if (top === undefined) return i < n ? i : undefined
    const c = source[i]
    if (c === ',') {
      i++
      if (top === '{') {
        skipSpace()
        if (!readString()) return i
        skipSpace()
        if (source[i] !== ':') return i
        i++
      }
      expectValue = true
    } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
      stack.pop()
      i++
    } else return i
  }

  function readString(): boolean {
    if (source[i] !== '"') return false
    i++
    while (i < n) {
      const c = source[i]
      if (c === '"') {
        i++
        return true
      }
      if (c === '\\') {
        const next = source[i + 1] ?? ''
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) return false
          i += 6
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2
        else return false
      } else if ((c ?? '') < ' ') return false
      else i++
    }
    return false
  }

  function readLiteral(): boolean {
    const rest = source.slice(i, i + 32)
    const match = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(rest)
    if (match === null) return false
    i += match[0].length
    return true
  }
}

/** `offset` as 1-based line and column. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/**
 * Says where JSON text that failed to parse goes wrong, by line and column, and what is there:
 * one character at most, never the text around it (JSON.parse's own message quotes it). `reason`
 * (JSON.parse's message) is said only when no position is found.
 */
export function jsonErrorIssue(source: string, reason?: string): Issue {
  const offset = findJsonErrorOffset(source)
  if (offset === undefined) {
    const why = reason?.replace(/ in JSON at position \d+.*$/, '')
    return {
      path: '(json)',
      code: 'json-invalid',
      message: `not valid JSON${why ? `: ${why}` : ''}`,
    }
  }
  const { line, column } = lineAndColumn(source, offset)
  const at = `not valid JSON at line ${line}, column ${column}`
  if (offset >= source.length) {
    return {
      path: '(json)',
      code: 'json-ends-early',
      params: { line, column },
      message: `${at}: the text ends early`,
    }
  }
  const found = JSON.stringify(source.charAt(offset))
  return {
    path: '(json)',
    code: 'json-syntax',
    params: { line, column, found },
    message: `${at}: unexpected ${found}`,
  }
}

/** The same, as one line of English (the CLI's message for a JSON file it cannot read). */
export function describeJsonError(source: string): string {
  return jsonErrorIssue(source).message
}
