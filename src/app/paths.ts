import { writeFilters, type Filters } from '#core/filters.ts'

// PRODUCT §5: public routes. Once shipped, they keep working.

export const DEFAULT_TRANSCRIPT_ID = 'benioff-davos-2025'

/** Where a transcript comes from: published with the app, opened from a file, or fetched from `?src=`. */
export type TranscriptSource =
  | { kind: 'published'; id: string }
  | { kind: 'local'; id: string }
  | { kind: 'remote'; url: string }

function query(source: TranscriptSource | undefined, filters: Filters | undefined): string {
  const params = filters === undefined ? new URLSearchParams() : writeFilters(filters)
  if (source?.kind === 'remote') params.set('src', source.url)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

function basePath(source: TranscriptSource): string {
  switch (source.kind) {
    case 'published':
      return `/i/${encodeURIComponent(source.id)}`
    case 'local':
      return `/local/${encodeURIComponent(source.id)}`
    case 'remote':
      return '/remote'
  }
}

export const paths = {
  home: () => '/',
  transcript: (id: string, filters?: Filters) => paths.view({ kind: 'published', id }, filters),
  /** The explorer of any source, with filters. */
  view: (source: TranscriptSource, filters?: Filters) =>
    `${basePath(source)}${query(source, filters)}`,
  /** One turn of any source, with filters. */
  turnIn: (source: TranscriptSource, turnId: string, filters?: Filters) =>
    `${basePath(source)}/t/${encodeURIComponent(turnId)}${query(source, filters)}`,
}

/** An in-app path as an href for a plain `<a>` (honours the deploy base path). */
export function appHref(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`
}

/** An in-app path as the absolute URL a reader can paste anywhere (honours the deploy base path). */
export function absoluteUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  return new URL(`${base}${path}`, window.location.origin).href
}

/** Where the app's own published files live (honours the deploy base path). */
export function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`
}
