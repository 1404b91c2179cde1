import type { Filters } from '#core/filters.ts'
import type { ExplorerActions } from './explorer-context.tsx'
import { stepTurn } from './step-turn.ts'
import { useShortcuts } from './use-shortcuts.ts'

type ExplorerShortcuts = {
  turns: readonly { id: string }[]
  shown: readonly boolean[]
  filters: Filters
  actions: ExplorerActions
  /** A phone sheet is open over the transcript. */
  isPanelOpen: boolean
  closePanel: () => void
  showShortcuts: () => void
}

/** PRODUCT §5.5: `/` search, `j`/`k` turns, `n`/`N` mentions, `Esc` clears, `?` lists them. */
export function useExplorerShortcuts(options: ExplorerShortcuts) {
  useShortcuts((key, event) => {
    const { turns, shown, filters, actions } = options
    // An open sheet has the keys: Esc closes it, and nothing behind it moves.
    if (options.isPanelOpen) {
      if (key === 'Escape') options.closePanel()
    } else if (key === '/') {
      event.preventDefault()
      document.getElementById('search-input')?.focus()
    } else if (key === 'j' || key === 'k') {
      const next = stepTurn(turns, shown, key === 'j' ? 1 : -1)
      if (next !== undefined) actions.openTurn(next, { replace: true })
    } else if (key === 'n' || key === 'N') {
      actions.stepMention(key === 'n' ? 1 : -1)
    } else if (key === 'Escape') {
      if (filters.entity !== undefined) actions.selectEntity(undefined)
      else if (filters.q !== '') actions.clearSearch()
    } else if (key === '?') {
      event.preventDefault()
      options.showShortcuts()
    }
  })
}
