import { queryOptions } from '@tanstack/react-query'

export function localListQueryOptions() {
  return queryOptions({
    queryKey: ['local-transcripts'],
    // The store loads on demand: the first view of a published transcript does not need it.
    queryFn: () => import('./local-store.ts').then((store) => store.listLocalTranscripts()),
    staleTime: 'static',
  })
}

/** Forgets a file this browser kept. */
export async function removeLocalTranscript(id: string) {
  const { deleteLocalTranscript } = await import('./local-store.ts')
  await deleteLocalTranscript(id)
}
