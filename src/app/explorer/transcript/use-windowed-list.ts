import type { Reveal } from '../view/viewport.ts'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'

/** Rendered beyond the viewport on each side, so fast scrolling rarely shows a gap. */
const OVERSCAN_PX = 1200
/**
 * An unmeasured turn is guessed at this height. A fixed guess (not the running average) keeps the
 * space standing in for thousands of unmeasured turns from changing while the reader scrolls.
 */
const ESTIMATED_HEIGHT = 180

/**
 * Window-scrolled virtual list (PRODUCT §7 scale): only the items near the viewport are in the
 * DOM; the rest are spacers of measured (or estimated) height. `reveal(i)` brings item i into the
 * DOM and near the viewport, and resolves once it is rendered, so deep links and mention stepping
 * can then find and focus the exact element.
 */
export function useWindowedList(keys: readonly string[], isEnabled: boolean) {
  const listRef = useRef<HTMLDivElement>(null)
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map())
  const [range, setRange] = useState({ start: 0, end: Math.min(keys.length, 20) })
  const pendingReveal = useRef<(() => void) | undefined>(undefined)

  // Prefix sums of heights: offsets[i] is item i's top within the list. O(n) per change, which
  // is under a millisecond for 10,000 items.
  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1)
    keys.forEach((key, i) => {
      result[i + 1] = (result[i] ?? 0) + (heights.get(key) ?? ESTIMATED_HEIGHT)
    })
    return result
  }, [keys, heights])

  const indexAt = useCallback(
    (y: number) => {
      let low = 0
      let high = keys.length
      while (low < high) {
        const mid = (low + high) >> 1
        if ((offsets[mid + 1] ?? 0) <= y) low = mid + 1
        else high = mid
      }
      return low
    },
    [keys.length, offsets],
  )

  const update = useCallback(() => {
    const list = listRef.current
    if (list === null) return
    const top = list.getBoundingClientRect().top
    const start = indexAt(Math.max(0, -top - OVERSCAN_PX))
    const end = Math.min(keys.length, indexAt(-top + window.innerHeight + OVERSCAN_PX) + 1)
    setRange((prev) => (prev.start === start && prev.end === end ? prev : { start, end }))
  }, [indexAt, keys.length])

  useEffect(() => {
    if (!isEnabled) return
    let frame = 0
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), update()))
    }
    update()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [isEnabled, update])

  // Measure what is rendered; a changed height moves every offset after it.
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const found = entries.flatMap((entry) => {
              const key = entry.target instanceof HTMLElement ? entry.target.dataset.key : undefined
              const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height
              return key !== undefined && height > 0 ? [[key, height] as const] : []
            })
            setHeights((prev) => {
              if (found.every(([key, height]) => prev.get(key) === height)) return prev
              const next = new Map(prev)
              for (const [key, height] of found) next.set(key, height)
              return next
            })
          }),
    [],
  )
  useEffect(() => () => observer?.disconnect(), [observer])
  // A ref callback with a cleanup (React 19): a turn leaving the window stops being observed.
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (element === null || observer === undefined) return
      observer.observe(element)
      return () => observer.unobserve(element)
    },
    [observer],
  )

  useLayoutEffect(() => {
    pendingReveal.current?.()
    pendingReveal.current = undefined
  })

  const reveal = useCallback<Reveal>(
    (position) => {
      const list = listRef.current
      if (!isEnabled || list === null || position < 0 || position >= keys.length)
        return Promise.resolve()
      const listTop = list.getBoundingClientRect().top + window.scrollY
      window.scrollTo({ top: listTop + (offsets[position] ?? 0) - window.innerHeight / 3 })
      return new Promise<void>((resolve) => {
        pendingReveal.current = resolve
        setRange({ start: Math.max(0, position - 10), end: Math.min(keys.length, position + 30) })
      })
    },
    [isEnabled, keys.length, offsets],
  )

  const start = isEnabled ? Math.min(range.start, keys.length) : 0
  const end = isEnabled ? Math.min(range.end, keys.length) : keys.length
  return {
    listRef,
    start,
    end,
    padTop: isEnabled ? (offsets[start] ?? 0) : 0,
    padBottom: isEnabled ? (offsets[keys.length] ?? 0) - (offsets[end] ?? 0) : 0,
    measure,
    reveal,
  }
}
