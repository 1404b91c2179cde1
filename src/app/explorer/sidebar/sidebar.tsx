import type { ReactNode } from 'react'
import type { Highlights } from '#core/view-types.ts'
import { OpenPanel } from '../../open/open-panel.tsx'
import { useLocale } from '../../shell/locale.tsx'
import { RegionBoundary } from '../../shell/region-boundary.tsx'
import { EntityList } from './entity-list.tsx'
import { RelatedPosts } from './related-posts.tsx'

type SidebarProps = {
  selected: string | undefined
  highlights: Highlights
  /** What heads it as a phone sheet. */
  children?: ReactNode
}

/** The sidebar: entities by type, the related posts, and opening one's own transcript. */
export function Sidebar({ selected, highlights, children }: SidebarProps) {
  const { t } = useLocale()
  return (
    <aside id="entities-panel" className="panel sidebar" aria-label={t('entitiesAndPosts')}>
      {children}
      <RegionBoundary>
        <EntityList selected={selected} />
      </RegionBoundary>
      <RegionBoundary>
        <RelatedPosts highlights={highlights} />
      </RegionBoundary>
      <RegionBoundary>
        <OpenPanel />
      </RegionBoundary>
    </aside>
  )
}
