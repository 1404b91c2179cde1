import type { TranscriptSource } from '../paths.ts'

/** A `?src=` value as an http(s) URL, or undefined when it is not one the app may fetch. */
export function resolveRemoteUrl(src: string): URL | undefined {
  if (src.trim() === '') return undefined
  try {
    const url = new URL(src, window.location.href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * A `?src=` on another origin is fetched only once the reader agrees: a shared link must not make
 * a reader's browser fetch an address on its own (PRODUCT §7). Same-origin files need no asking.
 */
export function asksBeforeFetching(source: TranscriptSource): boolean {
  if (source.kind !== 'remote') return false
  const url = resolveRemoteUrl(source.url)
  return url !== undefined && url.origin !== window.location.origin
}
