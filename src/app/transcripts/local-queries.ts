import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { transcriptKeys } from './transcript-keys.ts'

export function localListQueryOptions() {
  return queryOptions({
    queryKey: transcriptKeys.localList(),
    // The store loads on demand: the first view of a published transcript does not need it.
    queryFn: () => import('./local-store.ts').then((store) => store.listLocalTranscripts()),
    // Not 'static': that would ignore the invalidation after a file is opened or removed.
    staleTime: Infinity,
  })
}

/** Forgets a file this browser kept: from storage, from the list, and from the query cache. */
export async function removeLocalTranscript(queryClient: QueryClient, id: string) {
  const { deleteLocalTranscript } = await import('./local-store.ts')
  await deleteLocalTranscript(id)
  queryClient.removeQueries({ queryKey: transcriptKeys.source({ kind: 'local', id }), exact: true })
  await queryClient.invalidateQueries({ queryKey: transcriptKeys.localList() })
}
