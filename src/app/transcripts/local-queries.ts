import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { transcriptKeys } from './transcript-keys.ts'

export function localListQueryOptions() {
  return queryOptions({
    queryKey: transcriptKeys.localList(),
    // The store loads on demand: the first view of a published transcript does not need it.
    queryFn: () => import('./local-store.ts').then((store) => store.listLocalTranscripts()),
    // Not 'static': that would ignore the invalidation after a file is opened or removed.
    staleTime: Infinity,
    retry: false, // a store that did not answer in time is not asked again and again
  })
}

/**
 * Forgets a file this browser kept: from storage first (so nothing reads it back meanwhile), then
 * from the page and the list. Rejects when the store could not delete it, so the reader is never
 * told it is gone when it is not.
 */
export async function removeLocalTranscript(queryClient: QueryClient, id: string) {
  const { deleteLocalTranscript } = await import('./local-store.ts')
  await deleteLocalTranscript(id)
  queryClient.removeQueries({ queryKey: transcriptKeys.source({ kind: 'local', id }), exact: true })
  queryClient.removeQueries({ queryKey: transcriptKeys.keeping(id), exact: true })
  await queryClient.invalidateQueries({ queryKey: transcriptKeys.localList() })
}
