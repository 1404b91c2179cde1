// The one form in which names and queries are compared (PRODUCT §4, §5.4).

/** Lower-cases ASCII letters only: other case mappings can change a string's length. */
export function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text
}

/** NFC, ASCII lower-cased, trimmed, inner white space as one space. */
export function normaliseForMatch(text: string): string {
  return lowerAscii(text.normalize('NFC')).trim().replace(/\s+/g, ' ')
}

/** Text as a literal inside a RegExp. */
export function escapeForPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}
