import { useLayoutEffect } from 'react'
import type { Target, Viewport } from './viewport.ts'

/**
 * Brings the current mention or hit into view when it changes, before the browser paints (so a
 * jump is one jump, not a frame of the old position first). `isHeld` keeps the view where a deep
 * link put it until the reader steps.
 */
export function useFollowCursor(
  viewport: Viewport,
  place: Omit<Target, 'mode'> | undefined,
  isHeld: boolean,
) {
  const elementId = place?.elementId
  const turn = place?.turn
  useLayoutEffect(() => {
    if (elementId === undefined || isHeld) return
    viewport.show({ elementId, turn, mode: 'step' })
  }, [viewport, elementId, turn, isHeld])
}
