/** A first context paragraph at most this long can be a title line. */
const TITLE_LINE_MAX = 80
/** A line wholly in brackets is a stage direction (`[Intro music]`, `(박수)`), not a title. */
const BRACKETED = /^[[(].*[\])]$/s

/**
 * The title of a plain-text transcript whose annotations give none, one rule for the app and the
 * CLI (PRODUCT §5.7, §6): its first context paragraph when that reads as a title line (short, not a
 * stage direction), else the file's name without its extension, else "Transcript".
 */
export function plainTextTitle(context: readonly string[], fileName: string | undefined): string {
  const first = context[0]?.trim() ?? ''
  if (first !== '' && first.length <= TITLE_LINE_MAX && !BRACKETED.test(first)) return first
  const base = (fileName ?? '')
    .replace(/^.*[/\\]/, '')
    .replace(/\.[^.]*$/, '')
    .trim()
  return base === '' ? 'Transcript' : base
}
