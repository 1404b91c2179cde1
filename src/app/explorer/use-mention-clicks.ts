import { useEffect, useEffectEvent } from 'react'

/**
 * A click on a mention in the text selects its entity and keeps the reader's filters and search
 * (PRODUCT §5.2). The links carry a plain href (for a new tab) that does not change with the
 * filters, so the text need not re-render when they do; the click is taken over here.
 */
export function useMentionClicks(onSelect: (entity: string) => void) {
  const handle = useEffectEvent((event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return
    const link =
      event.target instanceof Element ? event.target.closest('a[data-entity-link]') : null
    const entity = link?.getAttribute('data-entity-link')
    if (entity === null || entity === undefined) return
    event.preventDefault()
    onSelect(entity)
  })
  useEffect(() => {
    const listener = (event: MouseEvent) => handle(event)
    document.addEventListener('click', listener)
    return () => document.removeEventListener('click', listener)
  }, [])
}
