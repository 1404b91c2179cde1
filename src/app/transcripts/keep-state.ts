import { queryOptions, skipToken } from '@tanstack/react-query'
import type { StoreFailure } from './store-error.ts'
import { transcriptKeys } from './transcript-keys.ts'

// A file the reader opens is shown at once from the query cache, and kept in this browser only
// after the explorer has shown it (PRODUCT §7: nothing is saved until it has been shown to render;
// opening never waits on storage). Its state lives in the same cache, so every part of the page
// that tells the reader about it reads one truth. The work itself is in keep-local.ts, on demand.

export type KeepState = { fileName: string; size: number; openedAt: number } & (
  { status: 'waiting' | 'saving' | 'kept' } | { status: 'not-kept'; reason: StoreFailure }
)

/** What became of a file opened in this visit; no data for a file read back from the store. */
export function keepStateQueryOptions(id: string) {
  return queryOptions<KeepState>({
    queryKey: transcriptKeys.keeping(id),
    queryFn: skipToken, // written by the opener and by `keepShownTranscript`, never fetched
    staleTime: 'static',
    gcTime: Infinity,
  })
}
