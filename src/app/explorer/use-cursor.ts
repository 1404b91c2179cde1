import { useLayoutEffect, useState } from 'react'
import { scrollToElement } from './scroll.ts'
import type { Reveal } from './use-windowed-list.ts'

/** Where a place is: its element's id, and its turn (undefined outside turns). */
export type Place = { elementId: string; turn: number | undefined }

/**
 * A position in a list of places (an entity's mentions, a query's hits) that the reader steps
 * through. The position is kept per `key`, so a new entity or query starts at its first place
 * without an effect resetting state; the current place is brought into view (its turn first
 * rendered, when the list is windowed).
 */
export function useCursor(
  key: string | undefined,
  count: number,
  placeOf: (index: number) => Place | undefined,
  reveal: Reveal,
  /** True while the view should stay where a deep link put it, until the reader steps. */
  isHeld = false,
) {
  const [cursor, setCursor] = useState<{ key: string | undefined; index: number }>({
    key: undefined,
    index: 0,
  })
  const index = cursor.key === key ? Math.min(cursor.index, Math.max(count - 1, 0)) : 0
  const isActive = key !== undefined && count > 0

  function step(delta: number) {
    if (!isActive) return
    setCursor({ key, index: (index + delta + count) % count })
  }

  const place = isActive ? placeOf(index) : undefined
  const elementId = place?.elementId
  const turn = place?.turn
  const isWaiting = isHeld && cursor.key !== key
  // Scrolling is the outside world: bring the current place into view when it changes, before the
  // browser paints (so a jump is one jump, not a frame of the old position first).
  useLayoutEffect(() => {
    if (elementId === undefined || isWaiting) return
    let isCurrent = true
    // A place that was not rendered yet is far away: jump there rather than animate past
    // thousands of turns whose heights are still estimates.
    const isFar = document.getElementById(elementId) === null
    void (turn === undefined ? Promise.resolve() : reveal(turn)).then(() => {
      const element = document.getElementById(elementId)
      if (isCurrent && element !== null) scrollToElement(element, 'center', isFar)
    })
    return () => {
      isCurrent = false
    }
    // `reveal` is stable for a given list; the place is what moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elementId, turn, isWaiting])

  return { index: isActive ? index : undefined, step }
}
