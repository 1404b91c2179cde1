import type { QueryClient } from '@tanstack/react-query'
import type { Transcript } from '#core/transcript-schema.ts'
import type { TranscriptSource } from '../paths.ts'
import { keepStateQueryOptions, type KeepState } from './keep-state.ts'
import { storeFailureOf } from './store-error.ts'
import { transcriptKeys } from './transcript-keys.ts'

// Opening a file and keeping it once shown (PRODUCT §7), loaded when a file is opened.

/** A fresh id for a file: readable, and unique in this browser. */
function newLocalId(transcriptId: string): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${transcriptId.slice(0, 40)}-${random}`
}

type OpenedFile = { transcript: Transcript; fileName: string; size: number }

/** Puts an opened file where the explorer will find it, waiting to be kept; returns its source. */
export function stageOpenedFile(queryClient: QueryClient, file: OpenedFile): TranscriptSource {
  const source: TranscriptSource = { kind: 'local', id: newLocalId(file.transcript.id) }
  queryClient.setQueryData(transcriptKeys.source(source), file.transcript)
  queryClient.setQueryData(keepStateQueryOptions(source.id).queryKey, {
    status: 'waiting',
    fileName: file.fileName,
    size: file.size,
    openedAt: Date.now(),
  })
  return source
}

/** Opening a file: the store starts to open now, so keeping it later waits on nothing new. */
export function warmStore(): void {
  void import('./local-store.ts').then((store) => store.warmStore())
}

/** Keeps a staged file once it has been shown; a file read back from the store is left alone. */
export async function keepShownTranscript(queryClient: QueryClient, id: string): Promise<void> {
  const { queryKey } = keepStateQueryOptions(id)
  const staged = queryClient.getQueryData(queryKey)
  const transcript = queryClient.getQueryData<Transcript>(
    transcriptKeys.source({ kind: 'local', id }),
  )
  if (staged?.status !== 'waiting' || transcript === undefined) return
  const { fileName, size, openedAt } = staged
  const update = (next: KeepState) => {
    // Removed meanwhile: its state is gone, and stays gone.
    if (queryClient.getQueryData(queryKey) !== undefined) queryClient.setQueryData(queryKey, next)
  }
  update({ fileName, size, openedAt, status: 'saving' })
  try {
    const store = await import('./local-store.ts')
    await store.saveLocalTranscript({ id, fileName, size, savedAt: openedAt, transcript })
    if (queryClient.getQueryData(queryKey) === undefined) {
      await store.deleteLocalTranscript(id) // the reader removed it while it was being written
      return
    }
    // The list shows it before the page says it is kept.
    await queryClient.invalidateQueries({ queryKey: transcriptKeys.localList() })
    update({ fileName, size, openedAt, status: 'kept' })
  } catch (error) {
    update({ fileName, size, openedAt, status: 'not-kept', reason: storeFailureOf(error) })
  }
}
