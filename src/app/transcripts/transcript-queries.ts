import { queryOptions } from '@tanstack/react-query'
import type { TranscriptSource } from '../paths.ts'
import { loadTranscript } from './load-published.ts'
import { TranscriptError } from './transcript-error.ts'
import { transcriptKeys } from './transcript-keys.ts'

/**
 * STYLE §3: a TranscriptError says what is wrong with the file or address, and asking again will
 * not change it (a server that does not allow the page to read it, CORS, among them); anything
 * else (and a network failure) is tried twice more. A time limit reached is not retried: that
 * would keep the reader waiting three times as long.
 */
function shouldRetry(count: number, error: Error): boolean {
  return !(error instanceof TranscriptError && error.kind !== 'network') && count < 2
}

/** A published transcript: the default view, so its loader is in the first bundle. */
export function transcriptQueryOptions(id: string) {
  return queryOptions({
    queryKey: transcriptKeys.source({ kind: 'published', id }),
    queryFn: ({ signal }) => loadTranscript(id, signal),
    staleTime: 'static', // a published file never changes during a visit
    retry: shouldRetry,
  })
}

/** One query per transcript, whatever its source (STYLE §3); other sources load their code on demand. */
export function sourceQueryOptions(source: TranscriptSource) {
  switch (source.kind) {
    case 'published':
      return transcriptQueryOptions(source.id)
    case 'local':
      return queryOptions({
        queryKey: transcriptKeys.source(source),
        queryFn: () =>
          import('./load-local.ts').then(({ loadLocalTranscript }) =>
            loadLocalTranscript(source.id),
          ),
        staleTime: 'static',
        // A file opened in this visit may live only here, if the browser would not keep it.
        gcTime: Infinity,
        retry: false,
      })
    case 'remote':
      return queryOptions({
        queryKey: transcriptKeys.source(source),
        queryFn: ({ signal }) =>
          import('./load-remote.ts').then(({ loadRemoteTranscript }) =>
            loadRemoteTranscript(source.url, signal),
          ),
        staleTime: 'static',
        retry: shouldRetry,
      })
  }
}
