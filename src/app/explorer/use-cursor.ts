import { useEffect, useState } from 'react'
import { scrollToElement } from './scroll.ts'

/**
 * A position in a list of places (an entity's mentions, a query's hits) that the reader steps
 * through. The position is kept per `key`, so a new entity or query starts at its first place
 * without an effect resetting state; the current place is scrolled into view.
 */
export function useCursor(key: string | undefined, count: number, elementIdOf: (index: number) => string | undefined) {
  const [cursor, setCursor] = useState<{ key: string | undefined; index: number }>({ key: undefined, index: 0 })
  const index = cursor.key === key ? Math.min(cursor.index, Math.max(count - 1, 0)) : 0
  const isActive = key !== undefined && count > 0

  function step(delta: number) {
    if (!isActive) return
    setCursor({ key, index: (index + delta + count) % count })
  }

  const elementId = isActive ? elementIdOf(index) : undefined
  // Scrolling is the outside world: bring the current place into view when it changes.
  useEffect(() => {
    if (elementId === undefined) return
    const element = document.getElementById(elementId)
    if (element !== null) scrollToElement(element)
  }, [elementId])

  return { index: isActive ? index : undefined, step }
}
