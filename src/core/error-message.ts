/** What went wrong, as text: an Error's message, or anything else thrown turned into a string. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
