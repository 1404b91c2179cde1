import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, use } from 'react'
import { useParams, useSearchParams } from 'react-router'
import type { Transcript } from '#core/transcript-schema.ts'
import { AskBeforeFetching } from '../open/ask-before-fetching.tsx'
import { DEFAULT_TRANSCRIPT_ID, type TranscriptSource } from '../paths.ts'
import { asksBeforeFetching } from '../transcripts/remote-url.ts'
import { sourceQueryOptions } from '../transcripts/transcript-queries.ts'
import { useKeepOnceShown } from '../transcripts/use-keep-once-shown.ts'
import { ExplorerLayout } from './explorer-layout.tsx'
import { ExplorerSkeleton } from './explorer-skeleton.tsx'
import { modelBuildFor } from './view/model-build.ts'

// A failure is rare: its page loads when needed (PRODUCT §7 size).
const LoadError = lazy(() =>
  import('./load-error.tsx').then((module) => ({ default: module.LoadError })),
)

type ExplorerPageProps = { kind: TranscriptSource['kind'] }

function useSource(kind: TranscriptSource['kind']): TranscriptSource {
  const { transcriptId = DEFAULT_TRANSCRIPT_ID, localId = '' } = useParams()
  const [params] = useSearchParams()
  if (kind === 'local') return { kind, id: localId }
  if (kind === 'remote') return { kind, url: params.get('src') ?? '' }
  return { kind, id: transcriptId }
}

/** `/i/:id`, `/local/:id`, `/remote?src=` (each with `/t/:turnId`): loads the transcript and shows one of the three states. */
export function ExplorerPage({ kind }: ExplorerPageProps) {
  const source = useSource(kind)
  const { turnId } = useParams()
  // PRODUCT §7: another origin's `?src=` is fetched only once the reader says Open (refetch).
  const asksFirst = asksBeforeFetching(source)
  const query = useQuery({ ...sourceQueryOptions(source), enabled: !asksFirst })
  const sourceKey = source.kind === 'remote' ? source.url : source.id

  if (query.status === 'pending') {
    return asksFirst && query.fetchStatus === 'idle' ? (
      <AskBeforeFetching url={sourceKey} onOpen={() => void query.refetch()} />
    ) : (
      <ExplorerSkeleton />
    )
  }
  if (query.status === 'error') {
    return (
      <Suspense fallback={<ExplorerSkeleton />}>
        <LoadError
          source={source}
          error={query.error}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      </Suspense>
    )
  }
  return (
    <Suspense fallback={<ExplorerSkeleton />}>
      <ModelReady
        key={`${source.kind}:${sourceKey}`}
        source={source}
        turnId={turnId}
        transcript={query.data}
      />
    </Suspense>
  )
}

type ModelReadyProps = {
  source: TranscriptSource
  turnId: string | undefined
  transcript: Transcript
}

/** The explorer once the model is built: at once for a small transcript, in slices for a big one. */
function ModelReady({ source, turnId, transcript }: ModelReadyProps) {
  const model = use(modelBuildFor(transcript).promise)
  // PRODUCT §7: a file opened in this visit is kept only once it has been shown.
  useKeepOnceShown(source, true)
  return <ExplorerLayout source={source} turnId={turnId} model={model} />
}
