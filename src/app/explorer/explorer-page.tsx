import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useParams } from 'react-router'
import { buildModel } from '#core/transcript-model.ts'
import { DEFAULT_TRANSCRIPT_ID } from '../paths.ts'
import { ExplorerLayout } from './explorer-layout.tsx'
import { ExplorerSkeleton } from './explorer-skeleton.tsx'
import { LoadError } from './load-error.tsx'
import { transcriptQueryOptions } from './transcript-query.ts'

/** `/i/:transcriptId(/t/:turnId)`: loads the transcript and shows one of the three states. */
export function ExplorerPage() {
  const { transcriptId = DEFAULT_TRANSCRIPT_ID, turnId } = useParams()
  const query = useQuery(transcriptQueryOptions(transcriptId))
  const model = useMemo(() => (query.data ? buildModel(query.data) : undefined), [query.data])

  if (query.status === 'pending') return <ExplorerSkeleton />
  if (query.status === 'error' || model === undefined) {
    return <LoadError transcriptId={transcriptId} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
  }
  return <ExplorerLayout key={transcriptId} transcriptId={transcriptId} turnId={turnId} model={model} />
}
