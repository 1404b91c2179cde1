// A web page is never a transcript: static hosts answer missing files with their HTML page, and a
// `?src=` may point at any site (PRODUCT §7, issue 15 row 11).

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/** Whether a Content-Type header names HTML, in any case and with any parameters. */
export function isHtmlType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
  return HTML_TYPES.has(essence)
}
