import { lazy, Suspense, useState } from 'react'
import type { TranscriptModel } from '#core/transcript-model.ts'
import { useOpener } from '../open/opener-context.ts'
import type { TranscriptSource } from '../paths.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { preloadable } from '../shell/preloadable.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { FilterPanel } from './sidebar/filter-panel.tsx'
import { PanelToggles, type PanelName } from './sidebar/panel-toggles.tsx'
import { Sidebar } from './sidebar/sidebar.tsx'
import { useSheet } from './sidebar/use-sheet.ts'
import { ReadingColumn } from './transcript/reading-column.tsx'
import { ExplorerStateContext, ExplorerStaticContext } from './view/explorer-context.tsx'
import { useExplorerShortcuts } from './view/use-explorer-shortcuts.ts'
import { useExplorerView } from './view/use-explorer-view.ts'
import { useWarmUp } from './view/use-warm-up.ts'

// Not needed to show a transcript: loaded on first use (PRODUCT §7 size).
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
)
// Shown only once a phone reader opens a panel; fetched ahead when the page is idle.
const SheetHeader = preloadable(() =>
  import('./sidebar/sheet-header.tsx').then((module) => module.SheetHeader),
)

type ExplorerLayoutProps = {
  source: TranscriptSource
  turnId: string | undefined
  model: TranscriptModel
}

/** The explorer around one loaded transcript: it lays out what `useExplorerView` derives. */
export function ExplorerLayout({ source, turnId, model }: ExplorerLayoutProps) {
  const { t } = useLocale()
  const { explorer, state, searchSeed } = useExplorerView(model, source, turnId)
  const opening = useOpener().state
  // Choosing an entity or a file in a sheet closes it, so the transcript shows the choice.
  const [openPanel, togglePanel] = useSheet(state.filters.entity, opening)
  const [isShortcutsOpen, setShortcutsOpen] = useState(false)
  useWarmUp(SheetHeader.preload)
  const sheetHeader = (name: PanelName) =>
    openPanel === name && (
      <RegionBoundary>
        <Suspense fallback={null}>
          <SheetHeader name={name} onToggle={togglePanel} />
        </Suspense>
      </RegionBoundary>
    )
  useExplorerShortcuts({
    turns: model.transcript.turns,
    shown: state.view.shown,
    filters: state.filters,
    actions: explorer.actions,
    isPanelOpen: openPanel !== undefined,
    closePanel: togglePanel,
    showShortcuts: () => setShortcutsOpen(true),
  })

  return (
    <ExplorerStaticContext value={explorer}>
      <ExplorerStateContext value={state}>
        <div className="explorer" data-open-panel={openPanel}>
          <AppHeader
            title={model.transcript.title}
            titleLang={model.transcript.language}
            onShowShortcuts={() => setShortcutsOpen(true)}
          />
          <PanelToggles open={openPanel} onToggle={togglePanel} />
          <nav id="filters-panel" className="panel filters" aria-label={t('filters')}>
            {sheetHeader('filters')}
            <RegionBoundary>
              <FilterPanel filters={state.filters} />
            </RegionBoundary>
          </nav>
          <ReadingColumn turnId={turnId} searchSeed={searchSeed} />
          <Sidebar selected={state.filters.entity} highlights={state.view.highlights}>
            {sheetHeader('entities')}
          </Sidebar>
        </div>
        {isShortcutsOpen && (
          <Suspense fallback={null}>
            <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />
          </Suspense>
        )}
      </ExplorerStateContext>
    </ExplorerStaticContext>
  )
}
