import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { removeLocalTranscript } from '../transcripts/local-queries.ts'

// This part's own text, loaded with it rather than with the first view (PRODUCT §7 size, §5.8).
const TEXT = {
  ko: { remove: '이 파일 삭제', failed: '삭제하지 못했습니다.' },
  en: { remove: 'Remove this file', failed: 'Could not remove it.' },
}

/** "Remove this file": forgets a kept file and goes to the default transcript, or says it could not. */
export function RemoveLocalButton({ id }: { id: string }) {
  const text = TEXT[useLocale().locale]
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
        {text.remove}
      </button>
      {hasFailed && (
        <span role="alert" className="notice">
          {text.failed}
        </span>
      )}
    </>
  )
}
