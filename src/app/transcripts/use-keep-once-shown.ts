import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { TranscriptSource } from '../paths.ts'

/**
 * Called by the explorer page: once a file opened in this visit has been shown, it is kept in
 * this browser (in the background; the page never waits on it). Syncs with the browser's store.
 */
export function useKeepOnceShown(source: TranscriptSource, isShown: boolean) {
  const queryClient = useQueryClient()
  const localId = source.kind === 'local' ? source.id : undefined
  useEffect(() => {
    if (!isShown || localId === undefined) return
    void import('./keep-local.ts').then(({ keepShownTranscript }) =>
      keepShownTranscript(queryClient, localId),
    )
  }, [queryClient, localId, isShown])
}
