import type { Filters } from '#core/filters.ts'
import type { ExplorerActions } from './explorer-context.tsx'
import { stepTurn } from './step-turn.ts'
import { useShortcuts } from './use-shortcuts.ts'

type ExplorerShortcuts = {
  turns: readonly { id: string }[]
  shown: readonly boolean[]
  filters: Filters
  actions: ExplorerActions
  /** Closes an open panel; false when none was open. */
  closePanel: () => boolean
  showShortcuts: () => void
}

/** PRODUCT §5.5: `/` search, `j`/`k` turns, `n`/`N` mentions, `Esc` clears, `?` lists them. */
export function useExplorerShortcuts(options: ExplorerShortcuts) {
  useShortcuts((key, event) => {
    const { turns, shown, filters, actions } = options
    if (key === '/') {
      event.preventDefault()
      document.getElementById('search-input')?.focus()
    } else if (key === 'j' || key === 'k') {
      const next = stepTurn(turns, shown, key === 'j' ? 1 : -1)
      if (next !== undefined) actions.openTurn(next, { replace: true })
    } else if (key === 'n' || key === 'N') {
      actions.stepMention(key === 'n' ? 1 : -1)
    } else if (key === 'Escape') {
      if (options.closePanel()) return
      if (filters.entity !== undefined) actions.selectEntity(undefined)
      else if (filters.q !== '') actions.clearSearch()
    } else if (key === '?') {
      event.preventDefault()
      options.showShortcuts()
    }
  })
}
