import { isFiltering } from '#core/filters.ts'
import { OpenStatus } from '../../open/open-status.tsx'
import { SourceNotice } from '../../open/source-notice.tsx'
import { useLocale } from '../../shell/locale.tsx'
import { RegionBoundary } from '../../shell/region-boundary.tsx'
import { SearchBox } from '../search/search-box.tsx'
import { useExplorer, useExplorerState } from '../view/explorer-context.tsx'
import { EntityNavigator } from './entity-navigator.tsx'
import { StatusLine } from './status-line.tsx'
import { TranscriptView } from './transcript-view.tsx'

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
  return (
    <main id="transcript" className="reading" tabIndex={-1}>
      <OpenStatus />
      <SourceNotice source={source} />
      <SearchBox
        key={searchSeed.epoch}
        initialQuery={searchSeed.q}
        mode={filters.searchMode}
        position={view.hits.index}
        total={view.hits.list?.total}
        isTruncated={view.search?.isTruncated ?? false}
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
      />
      <RegionBoundary>
        <EntityNavigator mentions={view.mentions} />
      </RegionBoundary>
      <RegionBoundary>
        <TranscriptView items={view.items} turns={view.turns} highlights={view.highlights} />
      </RegionBoundary>
    </main>
  )
}
