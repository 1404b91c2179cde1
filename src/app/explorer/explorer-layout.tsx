import { lazy, Suspense, useState } from 'react'
import type { TranscriptModel } from '#core/transcript-model.ts'
import type { TranscriptSource } from '../paths.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { FilterPanel } from './sidebar/filter-panel.tsx'
import { PanelToggles, type PanelName } from './sidebar/panel-toggles.tsx'
import { Sidebar } from './sidebar/sidebar.tsx'
import { ReadingColumn } from './transcript/reading-column.tsx'
import { ExplorerStateContext, ExplorerStaticContext } from './view/explorer-context.tsx'
import { useExplorerShortcuts } from './view/use-explorer-shortcuts.ts'
import { useExplorerView } from './view/use-explorer-view.ts'

// Not needed to show a transcript: loaded on first use (PRODUCT §7 size).
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
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
  const [openPanel, setOpenPanel] = useState<PanelName | undefined>()
  const [isShortcutsOpen, setShortcutsOpen] = useState(false)
  useExplorerShortcuts({
    turns: model.transcript.turns,
    shown: state.view.shown,
    filters: state.filters,
    actions: explorer.actions,
    closePanel: () => openPanel !== undefined && (setOpenPanel(undefined), true),
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
          <PanelToggles
            open={openPanel}
            onToggle={(name) => setOpenPanel(openPanel === name ? undefined : name)}
          />
          <nav id="filters-panel" className="panel filters" aria-label={t('filters')}>
            <RegionBoundary>
              <FilterPanel filters={state.filters} />
            </RegionBoundary>
          </nav>
          <ReadingColumn turnId={turnId} searchSeed={searchSeed} />
          <Sidebar selected={state.filters.entity} highlights={state.view.highlights} />
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
