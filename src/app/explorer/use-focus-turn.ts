import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * PRODUCT §5.3: the linked turn is in view and focused on first load, reload, in-app navigation
 * and Back/Forward (each of which gives the location a new key).
 */
export function useFocusTurn(turnId: string | undefined, isKnown: boolean) {
  const { key } = useLocation()
  useEffect(() => {
    if (turnId === undefined || !isKnown) return
    const element = document.getElementById(`turn-${turnId}`)
    if (element === null) return
    // Jump, don't animate: the reader asked for this turn, not for a tour of the page.
    element.scrollIntoView?.({ block: 'start' })
    element.focus({ preventScroll: true })
  }, [turnId, isKnown, key])
}
