import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import type { TranscriptModel } from '#core/transcript-model.ts'
import type { SearchResult } from '#core/view-types.ts'

/** The search core loads with the first query: the first view does not need it (PRODUCT §7 size). */
export function searchModuleQueryOptions() {
  return {
    queryKey: ['module', 'search'],
    queryFn: () =>
      Promise.all([import('#core/search-query.ts'), import('#core/search.ts')]).then(
        ([{ compileQuery }, { searchTexts }]) => ({ compileQuery, searchTexts }),
      ),
    staleTime: Infinity,
    gcTime: Infinity,
  } as const
}

/**
 * PRODUCT §5.4: hits for the query, per text, and which turns have any. The query is deferred so
 * typing never waits for the transcript to re-render; hits are computed once per query.
 */
export function useSearch(model: TranscriptModel, query: string): SearchResult | undefined {
  const deferredQuery = useDeferredValue(query)
  const hasQuery = deferredQuery.trim() !== ''
  const { data: search } = useQuery({ ...searchModuleQueryOptions(), enabled: hasQuery })
  const texts = useMemo(() => model.texts.map((t) => t.text), [model])
  return useMemo(() => {
    if (search === undefined || !hasQuery) return undefined
    const compiled = search.compileQuery(deferredQuery, model.transcript.entities ?? [])
    if (compiled === null) return undefined
    const perText = search.searchTexts(compiled, texts, model.mentions)
    const turnHasHit = model.transcript.turns.map((_, turn) =>
      [...(model.textIndex.paragraphs[turn] ?? []), ...(model.textIndex.notes[turn] ?? [])].some(
        (i) => (perText[i]?.length ?? 0) > 0,
      ),
    )
    return { perText, turnHasHit }
  }, [search, hasQuery, deferredQuery, model, texts])
}
