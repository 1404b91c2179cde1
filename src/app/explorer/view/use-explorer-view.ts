import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { createViewDeriver } from '#core/derive-view.ts'
import { readFilters } from '#core/filters.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'
import { moveStep, NO_STEP } from '#core/view-steps.ts'
import { paths, type TranscriptSource } from '../../paths.ts'
import { useSearch } from './use-search.ts'
import type { ExplorerActions, ExplorerState, ExplorerStatic } from './explorer-context.tsx'
import { useFilters } from './use-filters.ts'
import { useFocusTurn } from './use-focus-turn.ts'
import { useFollowCursor } from './use-follow-cursor.ts'
import { createViewport } from './viewport.ts'

/**
 * URL → view (STYLE §5b): reads the filters, searches, derives the view in the core, and owns
 * what follows from it in the outside world (scrolling, focus). Components render what it returns.
 */
export function useExplorerView(
  model: TranscriptModel,
  source: TranscriptSource,
  turnId: string | undefined,
) {
  const navigate = useNavigate()
  const [filters, setFilters] = useFilters()
  const search = useSearch(model, filters.q)
  const [steps, setSteps] = useState({ mention: NO_STEP, hit: NO_STEP })
  const [derive] = useState(createViewDeriver)
  const view = useMemo(
    () =>
      derive(model, {
        filters,
        linkedTurnId: turnId,
        search,
        mentionStep: steps.mention,
        hitStep: steps.hit,
      }),
    [derive, model, filters, turnId, search, steps],
  )
  // What the search box starts from; renewed (and the box remounted) when `q` changes other than
  // by typing in it: Back/Forward, or Esc elsewhere.
  const [searchSeed, setSearchSeed] = useState(() => ({ epoch: 0, q: filters.q }))

  // Actions keep their identity; they act on the latest committed view.
  const latest = useRef({ view, filters, setFilters, navigate, source })
  useLayoutEffect(() => {
    latest.current = { view, filters, setFilters, navigate, source }
  })
  const [actions] = useState<ExplorerActions>(() => ({
    setFilters: (patch, options) => latest.current.setFilters(patch, options),
    selectEntity: (entity) => latest.current.setFilters({ entity }),
    openTurn: (id, options) => {
      const { navigate, source, filters } = latest.current
      navigate(paths.turnIn(source, id, filters), options)
    },
    stepMention: (delta) => {
      const { key, total } = latest.current.view.mentions
      setSteps((s) => ({ ...s, mention: moveStep(s.mention, key, total, delta) }))
    },
    stepHit: (delta) => {
      const { key, total } = latest.current.view.hits
      setSteps((s) => ({ ...s, hit: moveStep(s.hit, key, total, delta) }))
    },
    clearSearch: () => {
      latest.current.setFilters({ q: '' })
      setSearchSeed((seed) => ({ epoch: seed.epoch + 1, q: '' }))
    },
  }))
  const [viewport] = useState(createViewport)
  const explorer = useMemo<ExplorerStatic>(
    () => ({ source, model, actions, viewport }),
    [source, model, actions, viewport],
  )
  const state = useMemo<ExplorerState>(() => ({ filters, view }), [filters, view])

  // Back and Forward are the outside world: the search box takes on the `q` of the URL they reach.
  useEffect(() => {
    const onPop = () => {
      const { q } = readFilters(new URLSearchParams(window.location.search))
      setSearchSeed((seed) => ({ epoch: seed.epoch + 1, q }))
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  useFocusTurn(viewport, turnId, view.linkedTurn)
  // A deep link wins over the first mention or hit of what came in the same URL, until the reader
  // steps or changes the selection or query.
  const [arrival] = useState(() => ({ isLinked: turnId !== undefined, ...filters }))
  const mention = view.mentions.current
  useFollowCursor(
    viewport,
    mention && { elementId: `mention-${mention.textIndex}-${mention.start}`, turn: mention.turn },
    arrival.isLinked && filters.entity === arrival.entity && steps.mention.key !== filters.entity,
  )
  const hitIndex = view.hits.index
  useFollowCursor(
    viewport,
    hitIndex === undefined
      ? undefined
      : { elementId: `hit-${hitIndex}`, turn: view.hits.currentTurn },
    arrival.isLinked && filters.q === arrival.q && steps.hit.key !== view.hits.key,
  )
  return { explorer, state, searchSeed }
}
