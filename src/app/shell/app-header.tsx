import { Link } from 'react-router'
import { paths } from '../paths.ts'
import { useLocale } from './locale.tsx'
import { LocaleSwitch } from './locale-switch.tsx'

type AppHeaderProps = { title?: string; titleLang?: string; onShowShortcuts?: () => void }

/** The banner: the app's name, the page's one `h1`, the language switch and the shortcut list. */
export function AppHeader({ title, titleLang, onShowShortcuts }: AppHeaderProps) {
  const { t } = useLocale()
  return (
    <header className="app-header">
      <a className="skip-link" href="#transcript">
        {t('skipToTranscript')}
      </a>
      <Link to={paths.home()} className="brand">
        {t('appName')}
      </Link>
      <h1 className="page-title" lang={titleLang}>
        {title ?? t('tagline')}
      </h1>
      <div className="header-tools">
        {onShowShortcuts && (
          <button
            type="button"
            className="text-button"
            onClick={onShowShortcuts}
            aria-keyshortcuts="?"
          >
            {t('shortcuts')}
          </button>
        )}
        <LocaleSwitch />
      </div>
    </header>
  )
}
