import { writeFilters, type Filters } from '#core/filters.ts'

// PRODUCT §5: public routes. Once shipped, they keep working.

export const DEFAULT_TRANSCRIPT_ID = 'benioff-davos-2025'

function query(filters: Filters | undefined): string {
  if (filters === undefined) return ''
  const params = writeFilters(filters).toString()
  return params === '' ? '' : `?${params}`
}

export const paths = {
  home: () => '/',
  transcript: (id: string, filters?: Filters) => `/i/${encodeURIComponent(id)}${query(filters)}`,
  turn: (id: string, turnId: string, filters?: Filters) =>
    `/i/${encodeURIComponent(id)}/t/${encodeURIComponent(turnId)}${query(filters)}`,
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
