import { Link } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../paths.ts'
import { AppHeader } from './app-header.tsx'
import { useLocale } from './locale.tsx'

/** Any other path: say so, and offer the way back. */
export function NotFoundPage() {
  const { t } = useLocale()
  return (
    <div className="explorer is-error">
      <AppHeader />
      <main id="transcript" className="reading">
        <p role="alert">{t('pageNotFound')}</p>
        <Link to={paths.transcript(DEFAULT_TRANSCRIPT_ID)}>{t('goHome')}</Link>
      </main>
    </div>
  )
}
