import { MAX_QUERY_LENGTH } from '#core/query-limit.ts'
import { startTransition, useOptimistic, useRef, useState, type KeyboardEvent } from 'react'
import type { Filters } from '#core/filters.ts'
import { useLocale } from '../../shell/locale.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

type SearchBoxProps = {
  /** The draft it starts from; the explorer remounts the box with a new one when `q` changes from outside. */
  initialQuery: string
  mode: Filters['searchMode']
  position: number | undefined
  /** Hits of the shown texts; undefined until the search has run. */
  total: number | undefined
}

/**
 * `?q=` search (PRODUCT §5.4). The box keeps its own draft (STYLE §4): a value taken straight from
 * the URL would lose the cursor and break Hangul composition. The explorer remounts it when Back,
 * Forward or Esc changes `q`, so the draft takes on the URL only then.
 */
export function SearchBox({ initialQuery, mode, position, total }: SearchBoxProps) {
  const { t } = useLocale()
  const { actions } = useExplorer()
  const [draft, setDraft] = useState(initialQuery.slice(0, MAX_QUERY_LENGTH))
  const [shownMode, showMode] = useOptimistic(mode)
  // The first keystroke of a burst pushes a history entry; the rest replace it.
  const hasPushed = useRef(false)

  function write(value: string) {
    setDraft(value)
    actions.setFilters({ q: value }, { replace: hasPushed.current })
    hasPushed.current = true
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter also ends a Hangul composition: leave that one to the IME.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return
    if (event.key === 'Enter') {
      event.preventDefault()
      actions.stepHit(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape' && draft !== '') {
      event.preventDefault()
      event.stopPropagation()
      write('')
    }
  }

  const hasQuery = draft.trim() !== ''
  return (
    <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search-input" className="search-label">
        {t('searchLabel')}
      </label>
      <div className="search-row">
        <input
          id="search-input"
          type="search"
          value={draft}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="/"
          aria-describedby="search-count"
          onChange={(event) => write(event.target.value)}
          onBlur={() => (hasPushed.current = false)}
          onKeyDown={handleKeyDown}
        />
        <button
          type="button"
          onClick={() => actions.stepHit(-1)}
          disabled={!total}
          aria-label={t('previousHit')}
          aria-keyshortcuts="Shift+Enter"
        >
          ‹
        </button>
        <button
          type="button"
          onClick={() => actions.stepHit(1)}
          disabled={!total}
          aria-label={t('nextHit')}
          aria-keyshortcuts="Enter"
        >
          ›
        </button>
      </div>
      <div className="search-meta">
        <span id="search-count" aria-live="polite">
          {hasQuery && total !== undefined
            ? total === 0
              ? t('noHits')
              : t('hitOf', { i: (position ?? 0) + 1, total })
            : ''}
        </span>
        {hasQuery && (
          <label className="check inline">
            <input
              type="checkbox"
              checked={shownMode === 'only'}
              onChange={(event) => {
                const next = event.target.checked ? 'only' : 'all'
                // The box shows its new state at once; the URL (a transition) catches up.
                startTransition(() => {
                  showMode(next)
                  actions.setFilters({ searchMode: next })
                })
              }}
            />
            <span>{t('onlyTurnsWithHits')}</span>
          </label>
        )}
      </div>
    </form>
  )
}
