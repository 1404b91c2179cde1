import { useEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/**
 * PRODUCT §5.3: the linked turn is in view and focused on first load, reload, in-app navigation
 * and Back/Forward. A filter change on the same turn leaves focus where the reader put it. A
 * `#turn-17` fragment (PRODUCT §8) scrolls there too, without taking focus.
 */
export function useFocusTurn(turnId: string | undefined, isKnown: boolean) {
  const { key, hash } = useLocation()
  const navigationType = useNavigationType()
  // Back, Forward and the first load are POP navigations: each gets its own key and so its own focus.
  const visitKey = navigationType === 'POP' ? key : 'same-visit'
  useEffect(() => {
    const fragmentTarget = hash.startsWith('#turn-') ? decodeURIComponent(hash.slice(1)) : undefined
    const targetId = turnId !== undefined && isKnown ? `turn-${turnId}` : fragmentTarget
    if (targetId === undefined) return
    const element = document.getElementById(targetId)
    if (element === null) return
    // Jump, don't animate: the reader asked for this turn, not for a tour of the page.
    element.scrollIntoView?.({ block: 'start' })
    if (turnId !== undefined) element.focus({ preventScroll: true })
  }, [turnId, isKnown, hash, visitKey])
}
