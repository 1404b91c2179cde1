import { lazy, Suspense } from 'react'
import { isFiltering } from '#core/filters.ts'
import { ContentsButton } from '../contents/contents-button.tsx'
import { OpenStatus } from '../../open/open-status.tsx'
import { useLocale } from '../../shell/locale.tsx'
import { preloadable } from '../../shell/preloadable.tsx'
import { RegionBoundary } from '../../shell/region-boundary.tsx'
import { SearchBox } from '../search/search-box.tsx'
import { useExplorer, useExplorerState } from '../view/explorer-context.tsx'
import { useWarmUp } from '../view/use-warm-up.ts'
import { StatusLine } from './status-line.tsx'
import { TranscriptView } from './transcript-view.tsx'

// Not needed to show a published transcript: each loads when it has something to show
// (PRODUCT §7 size).
const SourceNotice = lazy(() =>
  import('../../open/source-notice.tsx').then((module) => ({ default: module.SourceNotice })),
)
// Fetched ahead once the page is idle: the first entity click should not wait for it.
const EntityNavigator = preloadable(() =>
  import('./entity-navigator.tsx').then((module) => module.EntityNavigator),
)

type ReadingColumnProps = {
  turnId: string | undefined
  /** What the search box starts from, and when to start it again (see `useExplorerView`). */
  searchSeed: { epoch: number; q: string }
}

/** The middle of the page: search, the count, the selected entity, and the transcript. */
export function ReadingColumn({ turnId, searchSeed }: ReadingColumnProps) {
  const { t } = useLocale()
  const { source, model, actions } = useExplorer()
  const { filters, view } = useExplorerState()
  useWarmUp(EntityNavigator.preload)
  return (
    <main id="transcript" className="reading" tabIndex={-1}>
      <OpenStatus />
      <Suspense fallback={null}>
        {source.kind !== 'published' && <SourceNotice source={source} />}
      </Suspense>
      <SearchBox
        key={searchSeed.epoch}
        initialQuery={searchSeed.q}
        mode={filters.searchMode}
        position={view.hits.index}
        total={view.hits.list?.total}
      />
      {view.isUnknownTurn && (
        <p role="alert" className="notice">
          {t('unknownTurn', { id: turnId ?? '' })}
        </p>
      )}
      <StatusLine
        shown={view.matchCount}
        total={model.transcript.turns.length}
        isFiltered={isFiltering(filters)}
        onClear={() => actions.setFilters({ speakers: [], topics: [], searchMode: 'all' })}
      >
        <ContentsButton />
      </StatusLine>
      <RegionBoundary>
        {view.mentions.key !== undefined && (
          <Suspense fallback={null}>
            <EntityNavigator mentions={view.mentions} />
          </Suspense>
        )}
      </RegionBoundary>
      <RegionBoundary>
        <TranscriptView items={view.items} turns={view.turns} highlights={view.highlights} />
      </RegionBoundary>
    </main>
  )
}
