import { useMemo, useRef, useState } from 'react'
import { useLocation, useNavigate, useNavigationType } from 'react-router'
import { isFiltering, matchTurns, pinTurns } from '#core/filters.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'
import { paths, type TranscriptSource } from '../paths.ts'
import { OpenPanel } from '../open/open-panel.tsx'
import { OpenStatus } from '../open/open-status.tsx'
import { SourceNotice } from '../open/source-notice.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { EntityList } from './entity-list.tsx'
import { EntityNavigator } from './entity-navigator.tsx'
import { ExplorerContext, ExplorerSourceContext, type ExplorerValue } from './explorer-context.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { PanelToggles, type PanelName } from './panel-toggles.tsx'
import { RelatedPosts } from './related-posts.tsx'
import { SearchBox } from './search-box.tsx'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { StatusLine } from './status-line.tsx'
import { TranscriptView } from './transcript-view.tsx'
import { useEntityMentions } from './use-entity-mentions.ts'
import { useFilters } from './use-filters.ts'
import { useFocusTurn } from './use-focus-turn.ts'
import { useLinkTakeover } from './use-link-takeover.ts'
import { useHits, useSearch } from './use-search.ts'
import { useExplorerShortcuts } from './use-explorer-shortcuts.ts'
import type { Reveal } from './use-windowed-list.ts'

type ExplorerLayoutProps = {
  source: TranscriptSource
  turnId: string | undefined
  model: TranscriptModel
}

/** The explorer around one loaded transcript: filters, search, transcript, entities, and their wiring. */
export function ExplorerLayout({ source, turnId, model }: ExplorerLayoutProps) {
  const { t } = useLocale()
  const location = useLocation()
  const navigate = useNavigate()
  const navigationType = useNavigationType()
  // The search box takes on `q` from the URL only when Back or Forward (a POP) changed it: it is
  // remounted for each new POP, never for the reader's own typing (STYLE §4).
  const [visit, setVisit] = useState({ key: location.key, pops: 0 })
  if (location.key !== visit.key) {
    setVisit({ key: location.key, pops: visit.pops + (navigationType === 'POP' ? 1 : 0) })
  }
  const [filters, setFilters] = useFilters()
  const [openPanel, setOpenPanel] = useState<PanelName | undefined>()
  const [searchEpoch, setSearchEpoch] = useState(0)
  const shortcutsRef = useRef<HTMLDialogElement>(null)
  const turns = model.transcript.turns
  // The layout is keyed by its source (explorer-page.tsx): the first one is the one for its life.
  const [stableSource] = useState(source)

  const linkedTurnIndex = turnId === undefined ? undefined : model.turnIndexById.get(turnId)
  const search = useSearch(model, filters.q)
  const matches = useMemo(() => {
    const byFilters = matchTurns(turns, filters)
    if (filters.searchMode !== 'only' || search.turnHasHit === undefined) return byFilters
    return byFilters.map((isMatch, i) => isMatch && (search.turnHasHit?.[i] ?? false))
  }, [turns, filters, search.turnHasHit])

  const revealRef = useRef<Reveal>(() => Promise.resolve())
  const reveal: Reveal = (turnIndex) => revealRef.current(turnIndex)
  // A deep link wins over the first mention or hit of what came in the same URL, until the reader
  // steps or changes the selection or query.
  const [arrival] = useState(() => ({
    isLinked: turnId !== undefined,
    entity: filters.entity,
    q: filters.q,
  }))
  const mentions = useEntityMentions(
    model,
    filters.entity,
    matches,
    reveal,
    arrival.isLinked && filters.entity === arrival.entity,
  )
  const currentMention = mentions.current

  // A linked turn or the current mention's turn is never hidden by a filter without saying so.
  const mentionTurn = currentMention?.turn
  const { shown, pinned } = useMemo(
    () => pinTurns(matches, linkedTurnIndex, mentionTurn),
    [matches, linkedTurnIndex, mentionTurn],
  )
  const shownCount = matches.filter(Boolean).length

  const { hits, cursor: hitCursor } = useHits(
    model,
    search.perText,
    filters.q,
    shown,
    reveal,
    arrival.isLinked && filters.q === arrival.q,
  )

  useFocusTurn(turnId, linkedTurnIndex, reveal)
  useLinkTakeover({
    onEntity: (entity) => setFilters({ entity: filters.entity === entity ? undefined : entity }),
    onTurn: (id) => navigate(paths.turnIn(source, id, filters)),
  })
  useExplorerShortcuts({
    source,
    turns,
    shown,
    filters,
    setFilters,
    stepMention: mentions.step,
    closePanel: () => {
      if (openPanel === undefined) return false
      setOpenPanel(undefined)
      return true
    },
    onSearchCleared: () => setSearchEpoch((epoch) => epoch + 1),
    dialogRef: shortcutsRef,
  })

  const value: ExplorerValue = {
    source,
    model,
    filters,
    currentMention,
    hits,
    currentHit: hitCursor.index,
  }

  return (
    <ExplorerSourceContext value={stableSource}>
      <ExplorerContext value={value}>
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
              <FilterPanel onChange={(patch) => setFilters(patch)} />
            </RegionBoundary>
          </nav>
          <main id="transcript" className="reading" tabIndex={-1}>
            <OpenStatus />
            <SourceNotice source={source} />
            <SearchBox
              key={`${visit.pops}:${searchEpoch}`}
              query={filters.q}
              mode={filters.searchMode}
              position={hitCursor.index}
              total={hits?.total}
              onQueryChange={(q, options) => setFilters({ q }, options)}
              onModeChange={(searchMode) => setFilters({ searchMode })}
              onStep={hitCursor.step}
            />
            {turnId !== undefined && linkedTurnIndex === undefined && (
              <p role="alert" className="notice">
                {t('unknownTurn', { id: turnId })}
              </p>
            )}
            <StatusLine
              shown={shownCount}
              total={turns.length}
              isFiltered={isFiltering(filters)}
              onClear={() => setFilters({ speakers: [], topics: [], searchMode: 'all' })}
            />
            <RegionBoundary>
              <EntityNavigator
                index={mentions.index ?? 0}
                total={mentions.total}
                outsideFilter={mentions.outsideFilter}
                onStep={mentions.step}
              />
            </RegionBoundary>
            <RegionBoundary>
              <TranscriptView
                shown={shown}
                linkedTurnIndex={linkedTurnIndex}
                pinned={pinned}
                revealRef={revealRef}
              />
            </RegionBoundary>
          </main>
          <aside id="entities-panel" className="panel sidebar" aria-label={t('entitiesAndPosts')}>
            <RegionBoundary>
              <EntityList />
            </RegionBoundary>
            <RegionBoundary>
              <RelatedPosts />
            </RegionBoundary>
            <RegionBoundary>
              <OpenPanel />
            </RegionBoundary>
          </aside>
        </div>
        <ShortcutsDialog ref={shortcutsRef} />
      </ExplorerContext>
    </ExplorerSourceContext>
  )
}
