// The one form in which names and queries are compared (PRODUCT §4, §5.4).

/** Lower-cases ASCII letters only: other case mappings can change a string's length. */
export function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text
}

/** A UTF-16 code unit with its ASCII capital letter lower-cased, anything else as it is. */
export function lowerAsciiCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

/**
 * True for exactly the code units RegExp `\s` matches (and `trim` removes): white space and line
 * terminators. Matchers that read code units one by one collapse runs of these as `\s+` would.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** NFC, ASCII lower-cased, trimmed, inner white space as one space. */
export function normaliseForMatch(text: string): string {
  return lowerAscii(text.normalize('NFC')).trim().replace(/\s+/g, ' ')
}
