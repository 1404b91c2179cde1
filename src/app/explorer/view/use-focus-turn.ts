import { useEffect, useRef } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import type { Viewport } from './viewport.ts'

type Visit = { pathname: string; hash: string; popKey: string | undefined }

/**
 * PRODUCT §5.3: the linked turn is in view and focused on first load, reload, in-app navigation
 * and Back/Forward. A filter change on the same turn leaves focus where the reader put it. A
 * `#turn-17` fragment (PRODUCT §8) scrolls there too, without taking focus.
 */
export function useFocusTurn(
  viewport: Viewport,
  turnId: string | undefined,
  turnIndex: number | undefined,
) {
  const { key, hash, pathname } = useLocation()
  // Back, Forward, reload and the first load are POP navigations, each with its own key.
  const popKey = useNavigationType() === 'POP' ? key : undefined
  const lastVisit = useRef<Visit | undefined>(undefined)

  useEffect(() => {
    const last = lastVisit.current
    const isNewVisit =
      last === undefined ||
      last.pathname !== pathname ||
      last.hash !== hash ||
      (popKey !== undefined && popKey !== last.popKey)
    lastVisit.current = { pathname, hash, popKey: popKey ?? last?.popKey }
    if (!isNewVisit) return
    if (turnId !== undefined && turnIndex !== undefined) {
      viewport.show({ elementId: `turn-${turnId}`, turn: turnIndex, mode: 'link' })
    } else if (hash.startsWith('#turn-')) {
      // Compared raw: element ids are URL-safe, and a malformed %-escape must not break the page.
      document.getElementById(hash.slice(1))?.scrollIntoView?.({ block: 'start' })
    }
  }, [viewport, turnId, turnIndex, pathname, hash, popKey])
}
