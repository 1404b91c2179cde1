import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths, type TranscriptSource } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { localListQueryOptions, removeLocalTranscript } from '../transcripts/local-queries.ts'

/** Says plainly where a transcript came from when it is not one of ours, and lets a local one go. */
export function SourceNotice({ source }: { source: TranscriptSource }) {
  const { t } = useLocale()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const saved = useQuery({ ...localListQueryOptions(), enabled: source.kind === 'local' })
  if (source.kind === 'published') return null
  if (source.kind === 'remote') {
    return <p className="notice source-notice">{t('remoteNotice', { url: source.url })}</p>
  }
  const name = saved.data?.find((file) => file.id === source.id)?.fileName ?? source.id

  async function handleRemove(id: string) {
    await removeLocalTranscript(queryClient, id)
    navigate(paths.transcript(DEFAULT_TRANSCRIPT_ID))
  }

  return (
    <div className="notice source-notice">
      <p>{t('localNotice', { name })}</p>
      <button type="button" className="text-button" onClick={() => void handleRemove(source.id)}>
        {t('removeThis')}
      </button>
    </div>
  )
}
