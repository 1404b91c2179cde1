import { useMemo, useRef, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { isFiltering, matchTurns } from '#core/filters.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'
import { paths } from '../paths.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { EntityList } from './entity-list.tsx'
import { EntityNavigator } from './entity-navigator.tsx'
import { ExplorerContext, type ExplorerValue } from './explorer-context.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { PanelToggles, type PanelName } from './panel-toggles.tsx'
import { RelatedPosts } from './related-posts.tsx'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { StatusLine } from './status-line.tsx'
import { TranscriptView } from './transcript-view.tsx'
import { useFilters } from './use-filters.ts'
import { useFocusTurn } from './use-focus-turn.ts'
import { useMentionCursor } from './use-mention-cursor.ts'
import { useShortcuts } from './use-shortcuts.ts'
import { stepTurn } from './step-turn.ts'

type ExplorerLayoutProps = { transcriptId: string; turnId: string | undefined; model: TranscriptModel }

/** The explorer around one loaded transcript: filters, transcript, entities, and their wiring. */
export function ExplorerLayout({ transcriptId, turnId, model }: ExplorerLayoutProps) {
  const { t } = useLocale()
  const navigate = useNavigate()
  const [filters, setFilters] = useFilters()
  const [openPanel, setOpenPanel] = useState<PanelName | undefined>()
  const shortcutsRef = useRef<HTMLDialogElement>(null)
  const turns = model.transcript.turns

  const linkedTurnIndex = turnId === undefined ? undefined : model.turnIndexById.get(turnId)
  const matches = useMemo(() => matchTurns(turns, filters), [turns, filters])
  const entityMentions = useMemo(
    () => (filters.entity === undefined ? [] : (model.mentionsByEntity.get(filters.entity) ?? [])),
    [model, filters.entity],
  )
  const cursor = useMentionCursor(filters.entity, entityMentions)
  const outsideFilter = entityMentions.filter((m) => m.turn !== undefined && !matches[m.turn]).length

  // A linked turn or the current mention's turn is never hidden by a filter without saying so.
  const notices = new Map<number, ReactNode>()
  if (linkedTurnIndex !== undefined && !matches[linkedTurnIndex]) {
    notices.set(linkedTurnIndex, <p className="turn-notice">{t('linkedOutsideFilter')}</p>)
  }
  const mentionTurn = cursor.current?.turn
  if (mentionTurn !== undefined && !matches[mentionTurn] && !notices.has(mentionTurn)) {
    notices.set(mentionTurn, <p className="turn-notice">{t('outsideFilterNote')}</p>)
  }
  const shown = matches.map((isMatch, i) => isMatch || notices.has(i))
  const shownCount = matches.filter(Boolean).length

  useFocusTurn(turnId, linkedTurnIndex !== undefined)
  useShortcuts((key, event) => {
    if (key === 'j' || key === 'k') {
      const next = stepTurn(turns, shown, key === 'j' ? 1 : -1)
      if (next !== undefined) navigate(paths.turn(transcriptId, next, filters), { replace: true, preventScrollReset: true })
    } else if (key === 'n' || key === 'N') {
      cursor.step(key === 'n' ? 1 : -1)
    } else if (key === 'Escape') {
      if (openPanel !== undefined) setOpenPanel(undefined)
      else if (filters.entity !== undefined) setFilters({ entity: undefined })
    } else if (key === '?') {
      event.preventDefault()
      shortcutsRef.current?.showModal()
    }
  })

  const value: ExplorerValue = {
    transcriptId,
    model,
    filters,
    currentMentionKey: cursor.current ? `${cursor.current.textIndex}:${cursor.current.start}` : undefined,
  }
  const clearFilters = () => setFilters({ speakers: [], topics: [] })

  return (
    <ExplorerContext value={value}>
      <div className="explorer" data-open-panel={openPanel}>
        <AppHeader title={model.transcript.title} titleLang={model.transcript.language} onShowShortcuts={() => shortcutsRef.current?.showModal()} />
        <PanelToggles open={openPanel} onToggle={(name) => setOpenPanel(openPanel === name ? undefined : name)} />
        <nav id="filters-panel" className="panel filters" aria-label={t('filters')}>
          <RegionBoundary>
            <FilterPanel onChange={(patch) => setFilters(patch)} />
          </RegionBoundary>
        </nav>
        <main id="transcript" className="reading" tabIndex={-1}>
          {turnId !== undefined && linkedTurnIndex === undefined && (
            <p role="alert" className="notice">
              {t('unknownTurn', { id: turnId })}
            </p>
          )}
          <StatusLine shown={shownCount} total={turns.length} isFiltered={isFiltering(filters)} onClear={clearFilters} />
          <RegionBoundary>
            <EntityNavigator index={cursor.index} total={entityMentions.length} outsideFilter={outsideFilter} onStep={cursor.step} />
          </RegionBoundary>
          <RegionBoundary>
            <TranscriptView shown={shown} linkedTurnIndex={linkedTurnIndex} notices={notices} />
          </RegionBoundary>
        </main>
        <aside id="entities-panel" className="panel sidebar" aria-label={t('entitiesAndPosts')}>
          <RegionBoundary>
            <EntityList />
          </RegionBoundary>
          <RegionBoundary>
            <RelatedPosts />
          </RegionBoundary>
        </aside>
      </div>
      <ShortcutsDialog ref={shortcutsRef} />
    </ExplorerContext>
  )
}

