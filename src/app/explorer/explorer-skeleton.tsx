import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'

/** Loading shows the page's shape, not a spinner on a blank page (PRODUCT §5.6). */
export function ExplorerSkeleton() {
  const { t } = useLocale()
  return (
    <div className="explorer is-loading" aria-busy="true">
      <AppHeader title={t('loading')} />
      <nav className="panel filters" aria-label={t('filters')}>
        <div className="skeleton-block" />
        <div className="skeleton-block short" />
      </nav>
      <main id="transcript" className="reading">
        <p role="status" className="visually-hidden">
          {t('loading')}
        </p>
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="skeleton-turn">
            <div className="skeleton-line short" />
            <div className="skeleton-line" />
            <div className="skeleton-line" />
            <div className="skeleton-line medium" />
          </div>
        ))}
      </main>
      <aside className="panel sidebar" aria-label={t('entitiesAndPosts')}>
        <div className="skeleton-block" />
      </aside>
    </div>
  )
}
