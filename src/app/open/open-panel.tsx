import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { localListQueryOptions, removeLocalTranscript } from '../transcripts/local-queries.ts'
import { useOpener } from './opener-context.ts'

/** "Open your own transcript": a labelled file input, and the files this browser keeps. */
export function OpenPanel() {
  const { t } = useLocale()
  const { openFile } = useOpener()
  const queryClient = useQueryClient()
  const saved = useQuery(localListQueryOptions())

  async function handleRemove(id: string) {
    await removeLocalTranscript(queryClient, id)
  }

  return (
    <section className="open-panel" aria-labelledby="open-heading">
      <h2 id="open-heading">{t('openTitle')}</h2>
      <p className="open-hint">{t('openHint')}</p>
      <label className="file-label" htmlFor="open-file">
        {t('openInput')}
      </label>
      <input
        id="open-file"
        className="file-input"
        type="file"
        accept=".json,.txt,application/json,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file !== undefined) openFile(file)
          event.target.value = ''
        }}
      />
      {(saved.data?.length ?? 0) > 0 && (
        <>
          <h3>{t('savedFiles')}</h3>
          <ul className="saved-files">
            {saved.data?.map((file) => (
              <li key={file.id}>
                <Link to={paths.view({ kind: 'local', id: file.id })}>{file.title}</Link>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => void handleRemove(file.id)}
                  aria-label={t('removeFile', { name: file.title })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
