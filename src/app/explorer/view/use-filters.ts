import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readFilters, writeFilters, type Filters } from '#core/filters.ts'

/** The URL is the state (STYLE §4): filters are read from and written to the query string. */
export function useFilters() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => readFilters(params), [params])
  function setFilters(patch: Partial<Filters>, options?: { replace?: boolean }) {
    setParams((prev) => {
      const next = writeFilters({ ...readFilters(prev), ...patch })
      // `src` names the transcript of /remote, not a filter: it stays.
      const src = prev.get('src')
      if (src !== null) next.set('src', src)
      return next
    }, options)
  }
  return [filters, setFilters] as const
}
