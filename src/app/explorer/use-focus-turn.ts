import { useEffect, useRef } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import type { Reveal } from './use-windowed-list.ts'

type Visit = { pathname: string; hash: string; popKey: string | undefined }

/**
 * PRODUCT §5.3: the linked turn is in view and focused on first load, reload, in-app navigation
 * and Back/Forward. A filter change on the same turn leaves focus where the reader put it. A
 * `#turn-17` fragment (PRODUCT §8) scrolls there too, without taking focus.
 */
export function useFocusTurn(
  turnId: string | undefined,
  turnIndex: number | undefined,
  reveal: Reveal,
) {
  const isKnown = turnIndex !== undefined
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

    // Compared raw: element ids are URL-safe, and a malformed %-escape must not break the page.
    const fragmentTarget = hash.startsWith('#turn-') ? hash.slice(1) : undefined
    const targetId = turnId !== undefined && isKnown ? `turn-${turnId}` : fragmentTarget
    if (targetId === undefined) return
    void (turnIndex === undefined ? Promise.resolve() : reveal(turnIndex)).then(() => {
      const element = document.getElementById(targetId)
      if (element === null) return
      // Jump, don't animate: the reader asked for this turn, not for a tour of the page.
      element.scrollIntoView?.({ block: 'start' })
      if (turnId !== undefined) element.focus({ preventScroll: true })
    })
    // `reveal` is stable for a given list; a new visit is what moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [turnId, turnIndex, pathname, hash, popKey])
}
