import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { removeLocalTranscript } from '../transcripts/local-queries.ts'

/** "Remove this file": forgets a kept file and goes to the default transcript, or says it could not. */
export function RemoveLocalButton({ id }: { id: string }) {
  const { t } = useLocale()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [hasFailed, setHasFailed] = useState(false)

  async function handleRemove() {
    setHasFailed(false)
    try {
      await removeLocalTranscript(queryClient, id)
      navigate(paths.transcript(DEFAULT_TRANSCRIPT_ID))
    } catch {
      setHasFailed(true)
    }
  }

  return (
    <>
      <button type="button" className="text-button" onClick={() => void handleRemove()}>
        {t('removeThis')}
      </button>
      {hasFailed && (
        <span role="alert" className="notice">
          {t('removeFailed')}
        </span>
      )}
    </>
  )
}
