import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readFilters, writeFilters, type Filters } from '#core/filters.ts'

/** The URL is the state (STYLE §4): filters are read from and written to the query string. */
export function useFilters() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => readFilters(params), [params])
  function setFilters(patch: Partial<Filters>, options?: { replace?: boolean }) {
    setParams((prev) => writeFilters({ ...readFilters(prev), ...patch }), options)
  }
  return [filters, setFilters] as const
}
