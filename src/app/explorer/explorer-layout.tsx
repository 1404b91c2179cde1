import { useRef, useState } from 'react'
import { isFiltering } from '#core/filters.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'
import type { TranscriptSource } from '../paths.ts'
import { OpenPanel } from '../open/open-panel.tsx'
import { OpenStatus } from '../open/open-status.tsx'
import { SourceNotice } from '../open/source-notice.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { SearchBox } from './search/search-box.tsx'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { EntityList } from './sidebar/entity-list.tsx'
import { FilterPanel } from './sidebar/filter-panel.tsx'
import { PanelToggles, type PanelName } from './sidebar/panel-toggles.tsx'
import { RelatedPosts } from './sidebar/related-posts.tsx'
import { EntityNavigator } from './transcript/entity-navigator.tsx'
import { StatusLine } from './transcript/status-line.tsx'
import { TranscriptView } from './transcript/transcript-view.tsx'
import { ExplorerStateContext, ExplorerStaticContext } from './view/explorer-context.tsx'
import { useExplorerShortcuts } from './view/use-explorer-shortcuts.ts'
import { useExplorerView } from './view/use-explorer-view.ts'

type ExplorerLayoutProps = {
  source: TranscriptSource
  turnId: string | undefined
  model: TranscriptModel
}

/** The explorer around one loaded transcript: it lays out what `useExplorerView` derives. */
export function ExplorerLayout({ source, turnId, model }: ExplorerLayoutProps) {
  const { t } = useLocale()
  const { explorer, state, searchSeed } = useExplorerView(model, source, turnId)
  const { filters, view } = state
  const { actions } = explorer
  const [openPanel, setOpenPanel] = useState<PanelName | undefined>()
  const shortcutsRef = useRef<HTMLDialogElement>(null)
  useExplorerShortcuts({
    turns: model.transcript.turns,
    shown: view.shown,
    filters,
    actions,
    closePanel: () => openPanel !== undefined && (setOpenPanel(undefined), true),
    dialogRef: shortcutsRef,
  })

  return (
    <ExplorerStaticContext value={explorer}>
      <ExplorerStateContext value={state}>
        <div className="explorer" data-open-panel={openPanel}>
          <AppHeader
            title={model.transcript.title}
            titleLang={model.transcript.language}
            onShowShortcuts={() => shortcutsRef.current?.showModal()}
          />
          <PanelToggles
            open={openPanel}
            onToggle={(name) => setOpenPanel(openPanel === name ? undefined : name)}
          />
          <nav id="filters-panel" className="panel filters" aria-label={t('filters')}>
            <RegionBoundary>
              <FilterPanel filters={filters} />
            </RegionBoundary>
          </nav>
          <main id="transcript" className="reading" tabIndex={-1}>
            <OpenStatus />
            <SourceNotice source={source} />
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
            />
            <RegionBoundary>
              <EntityNavigator mentions={view.mentions} />
            </RegionBoundary>
            <RegionBoundary>
              <TranscriptView items={view.items} turns={view.turns} highlights={view.highlights} />
            </RegionBoundary>
          </main>
          <aside id="entities-panel" className="panel sidebar" aria-label={t('entitiesAndPosts')}>
            <RegionBoundary>
              <EntityList selected={filters.entity} />
            </RegionBoundary>
            <RegionBoundary>
              <RelatedPosts highlights={view.highlights} />
            </RegionBoundary>
            <RegionBoundary>
              <OpenPanel />
            </RegionBoundary>
          </aside>
        </div>
        <ShortcutsDialog ref={shortcutsRef} />
      </ExplorerStateContext>
    </ExplorerStaticContext>
  )
}
