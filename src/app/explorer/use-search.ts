import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import type { SearchHit } from '#core/search.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'

/** The search core loads with the first query: the first view does not need it (PRODUCT §7 size). */
function searchModuleQueryOptions() {
  return {
    queryKey: ['module', 'search'],
    queryFn: () => import('#core/search.ts'),
    staleTime: Infinity,
    gcTime: Infinity,
  } as const
}

/**
 * PRODUCT §5.4: hits for the query, per text. The query is deferred so typing never waits for
 * the transcript to re-render; hits are computed once per query, not per render.
 */
export function useSearch(model: TranscriptModel, query: string) {
  const deferredQuery = useDeferredValue(query)
  const hasQuery = deferredQuery.trim() !== ''
  const { data: search } = useQuery({ ...searchModuleQueryOptions(), enabled: hasQuery })
  const texts = useMemo(() => model.texts.map((t) => t.text), [model])
  const compiled = useMemo(
    () => (search && hasQuery ? search.compileQuery(deferredQuery, model.transcript.entities ?? []) : null),
    [search, hasQuery, deferredQuery, model],
  )
  const perText = useMemo<SearchHit[][] | undefined>(
    () => (compiled === null || search === undefined ? undefined : search.searchTexts(compiled, texts, model.mentions)),
    [compiled, search, texts, model],
  )
  const turnHasHit = useMemo(
    () =>
      perText === undefined
        ? undefined
        : model.transcript.turns.map((_, turn) =>
            [...(model.textIndex.paragraphs[turn] ?? []), ...(model.textIndex.notes[turn] ?? [])].some(
              (i) => (perText[i]?.length ?? 0) > 0,
            ),
          ),
    [perText, model],
  )
  return { perText, turnHasHit }
}
