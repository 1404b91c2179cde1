import { useEffect, useEffectEvent } from 'react'

type Takeover = { onEntity: (entity: string) => void; onTurn: (turnId: string) => void }

/**
 * Mentions and turn numbers are plain links whose hrefs do not change with the filters (for a new
 * tab, and so the text need not re-render when the filters do). A plain click on one is taken
 * over here, so it keeps the reader's filters and search (PRODUCT §5.2, §5.3).
 */
export function useLinkTakeover(takeover: Takeover) {
  const handle = useEffectEvent((event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = event.target instanceof Element ? event.target.closest('a') : null
    const entity = link?.getAttribute('data-entity-link')
    const turn = link?.getAttribute('data-turn-link')
    if (entity) {
      event.preventDefault()
      takeover.onEntity(entity)
    } else if (turn) {
      event.preventDefault()
      takeover.onTurn(turn)
    }
  })
  useEffect(() => {
    const listener = (event: MouseEvent) => handle(event)
    document.addEventListener('click', listener)
    return () => document.removeEventListener('click', listener)
  }, [])
}
