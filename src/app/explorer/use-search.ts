import { useDeferredValue, useMemo } from 'react'
import { compileQuery, searchTexts, type SearchHit } from '#core/search.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'

/**
 * PRODUCT §5.4: hits for the query, per text. The query is deferred so typing never waits for
 * the transcript to re-render; hits are computed once per query, not per render.
 */
export function useSearch(model: TranscriptModel, query: string) {
  const deferredQuery = useDeferredValue(query)
  const compiled = useMemo(
    () => compileQuery(deferredQuery, model.transcript.entities ?? []),
    [deferredQuery, model],
  )
  const perText = useMemo<SearchHit[][] | undefined>(
    () =>
      compiled === null
        ? undefined
        : searchTexts(
            compiled,
            model.texts.map((t) => t.text),
            model.mentions,
          ),
    [compiled, model],
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
  return { perText, turnHasHit, isStale: deferredQuery !== query }
}
