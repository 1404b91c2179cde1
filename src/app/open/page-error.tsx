import { Link, matchPath, useLocation } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../paths.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { useErrorText } from '../shell/use-error-text.ts'
import { shortMessage } from '../shell/region-boundary.tsx'
import { RemoveLocalButton } from './remove-local-button.tsx'

/** A page that failed to render: what failed, in short, a way on, and for a kept file its removal. */
export function PageError({ error }: { error: Error }) {
  const { t } = useLocale()
  const te = useErrorText()
  const { pathname } = useLocation()
  const localId = matchPath('/local/:localId/*', pathname)?.params.localId
  const message = shortMessage(error)
  return (
    <div className="explorer is-error">
      <AppHeader title={te('errorTitle')} />
      <main id="transcript" className="reading">
        <p role="alert" className="region-error">
          {t('regionError', { message })}
        </p>
        <div className="error-actions">
          {localId !== undefined && <RemoveLocalButton id={localId} />}
          <Link to={paths.transcript(DEFAULT_TRANSCRIPT_ID)}>{t('goHome')}</Link>
        </div>
      </main>
    </div>
  )
}
