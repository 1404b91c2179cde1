import { createContext, useContext } from 'react'
import type { Filters } from '#core/filters.ts'
import type { TranscriptModel } from '#core/transcript-model.ts'
import type { View } from '#core/view-types.ts'
import type { TranscriptSource } from '../../paths.ts'
import type { Viewport } from './viewport.ts'

/** What the reader can do; every function keeps its identity for the life of the explorer. */
export type ExplorerActions = {
  setFilters: (patch: Partial<Filters>, options?: { replace?: boolean }) => void
  /** The one way an entity is selected or cleared (PRODUCT §5.2), keeping the other filters. */
  selectEntity: (entity: string | undefined) => void
  /** Opens one turn, keeping the filters (PRODUCT §5.3). */
  openTurn: (turnId: string, options?: { replace?: boolean }) => void
  stepMention: (delta: number) => void
  stepHit: (delta: number) => void
  /** Clears the search box and `q`. */
  clearSearch: () => void
}

/** Fixed for the life of the explorer: reading it never re-renders. */
export type ExplorerStatic = {
  source: TranscriptSource
  model: TranscriptModel
  actions: ExplorerActions
  viewport: Viewport
}

/** Changes with the URL. */
export type ExplorerState = { filters: Filters; view: View }

export const ExplorerStaticContext = createContext<ExplorerStatic | null>(null)
export const ExplorerStateContext = createContext<ExplorerState | null>(null)

/** The transcript, its source, the reader's actions and the viewport (STYLE §5b). */
export function useExplorer(): ExplorerStatic {
  const value = useContext(ExplorerStaticContext)
  if (value === null) throw new Error('useExplorer needs an ExplorerStaticContext')
  return value
}

/** The URL's filters and the view derived from them. */
export function useExplorerState(): ExplorerState {
  const value = useContext(ExplorerStateContext)
  if (value === null) throw new Error('useExplorerState needs an ExplorerStateContext')
  return value
}
