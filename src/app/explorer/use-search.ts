import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { turnOf } from '#core/document-texts.ts'
import { numberHits } from '#core/hit-list.ts'
import type { SearchHit } from '#core/search.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'
import { useCursor } from './use-cursor.ts'
import type { Reveal } from './use-windowed-list.ts'

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
    () =>
      search && hasQuery
        ? search.compileQuery(deferredQuery, model.transcript.entities ?? [])
        : null,
    [search, hasQuery, deferredQuery, model],
  )
  const perText = useMemo<SearchHit[][] | undefined>(
    () =>
      compiled === null || search === undefined
        ? undefined
        : search.searchTexts(compiled, texts, model.mentions),
    [compiled, search, texts, model],
  )
  const turnHasHit = useMemo(
    () =>
      perText === undefined
        ? undefined
        : model.transcript.turns.map((_, turn) =>
            [
              ...(model.textIndex.paragraphs[turn] ?? []),
              ...(model.textIndex.notes[turn] ?? []),
            ].some((i) => (perText[i]?.length ?? 0) > 0),
          ),
    [perText, model],
  )
  return { perText, turnHasHit }
}

/** The hits of the shown texts, numbered through the document, and the current one (Enter / Shift+Enter). */
export function useHits(
  model: TranscriptModel,
  perText: SearchHit[][] | undefined,
  query: string,
  shown: readonly boolean[],
  reveal: Reveal,
  isHeld: boolean,
) {
  const hits = useMemo(
    () =>
      perText === undefined
        ? undefined
        : numberHits(perText, (textIndex) => {
            const turn = turnOf(model.texts[textIndex]?.location)
            return turn === undefined || (shown[turn] ?? false)
          }),
    [perText, model, shown],
  )
  const cursor = useCursor(
    hits ? query : undefined,
    hits?.total ?? 0,
    (i) => ({
      elementId: `hit-${i}`,
      turn: turnOf(model.texts[hits?.textOfHit[i] ?? -1]?.location),
    }),
    reveal,
    isHeld,
  )
  return { hits, cursor }
}
