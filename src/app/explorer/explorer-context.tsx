import { createContext, useContext } from 'react'
import type { Filters } from '#core/filters.ts'
import type { HitList } from '#core/hit-list.ts'
import type { MentionRef, TranscriptModel } from '#core/transcript-model.ts'
import type { TranscriptSource } from '../paths.ts'

export type ExplorerValue = {
  source: TranscriptSource
  model: TranscriptModel
  filters: Filters
  /** The selected entity's current mention. */
  currentMention: MentionRef | undefined
  /** Search hits of the shown texts, numbered through the document; undefined without a query. */
  hits: HitList | undefined
  currentHit: number | undefined
}

export const ExplorerContext = createContext<ExplorerValue | null>(null)

/** Where the transcript comes from: fixed for the life of the explorer, so reading it never re-renders. */
export const ExplorerSourceContext = createContext<TranscriptSource | null>(null)

/** What the explorer's parts read: the model and the URL's filters (STYLE §5). */
export function useExplorer(): ExplorerValue {
  const value = useContext(ExplorerContext)
  if (value === null) throw new Error('useExplorer needs an ExplorerContext')
  return value
}

export function useExplorerSource(): TranscriptSource {
  const value = useContext(ExplorerSourceContext)
  if (value === null) throw new Error('useExplorerSource needs an ExplorerSourceContext')
  return value
}
