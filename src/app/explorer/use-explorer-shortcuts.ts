import type { RefObject } from 'react'
import { useNavigate } from 'react-router'
import type { Filters } from '#core/filters.ts'
import { paths, type TranscriptSource } from '../paths.ts'
import { stepTurn } from './step-turn.ts'
import { useShortcuts } from './use-shortcuts.ts'

type ExplorerShortcuts = {
  source: TranscriptSource
  turns: readonly { id: string }[]
  shown: readonly boolean[]
  filters: Filters
  setFilters: (patch: Partial<Filters>) => void
  stepMention: (delta: number) => void
  /** Closes an open panel; false when none was open. */
  closePanel: () => boolean
  onSearchCleared: () => void
  dialogRef: RefObject<HTMLDialogElement | null>
}

/** PRODUCT §5.5: `/` search, `j`/`k` turns, `n`/`N` mentions, `Esc` clears, `?` lists them. */
export function useExplorerShortcuts(options: ExplorerShortcuts) {
  const navigate = useNavigate()
  useShortcuts((key, event) => {
    const { source, turns, shown, filters, setFilters } = options
    if (key === '/') {
      event.preventDefault()
      document.getElementById('search-input')?.focus()
    } else if (key === 'j' || key === 'k') {
      const next = stepTurn(turns, shown, key === 'j' ? 1 : -1)
      if (next !== undefined) navigate(paths.turnIn(source, next, filters), { replace: true })
    } else if (key === 'n' || key === 'N') {
      options.stepMention(key === 'n' ? 1 : -1)
    } else if (key === 'Escape') {
      if (options.closePanel()) return
      if (filters.entity !== undefined) setFilters({ entity: undefined })
      else if (filters.q !== '') {
        setFilters({ q: '' })
        options.onSearchCleared()
      }
    } else if (key === '?') {
      event.preventDefault()
      options.dialogRef.current?.showModal()
    }
  })
}
