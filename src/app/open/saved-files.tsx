import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { formatBytes } from '../transcripts/limits.ts'
import { localListQueryOptions, removeLocalTranscript } from '../transcripts/local-queries.ts'

/** The files this browser keeps, told apart by when they were opened and their size. */
export function SavedFiles() {
  const { t, locale } = useLocale()
  const queryClient = useQueryClient()
  const saved = useQuery(localListQueryOptions())
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })

  async function handleRemove(id: string) {
    await removeLocalTranscript(queryClient, id).catch(() => undefined) // it stays listed then
  }

  if ((saved.data?.length ?? 0) === 0) return null
  return (
    <>
      <h3 id="saved-files-heading">{t('savedFiles')}</h3>
      <ul className="saved-files" aria-labelledby="saved-files-heading">
        {saved.data?.map((file) => {
          const date = when.format(file.savedAt)
          const opened = t('savedFileOpened', { date })
          const details = file.size === undefined ? opened : `${opened} · ${formatBytes(file.size)}`
          return (
            <li key={file.id}>
              <div>
                <Link to={paths.view({ kind: 'local', id: file.id })}>{file.title}</Link>
                <div className="open-hint">{details}</div>
              </div>
              <button
                type="button"
                className="icon-button"
                onClick={() => void handleRemove(file.id)}
                aria-label={t('removeFile', { name: `${file.title} (${date})` })}
              >
                ✕
              </button>
            </li>
          )
        })}
      </ul>
    </>
  )
}
