import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useEffectEvent } from 'react'
import { searchModuleQueryOptions } from './use-search.ts'

/** How long after the transcript shows the warm-up waits. */
const WAIT_MS = 1_000

/**
 * Once the transcript shows and the page is idle, fetches what a reader's first click or keystroke
 * needs and the first view does not (the search core, and `preload`), so neither waits on the
 * network: a first entity click on 10,000 turns took 330 ms when it had to (issue 15, row 7).
 */
export function useWarmUp(preload: () => Promise<unknown>) {
  const queryClient = useQueryClient()
  const warm = useEffectEvent(() => {
    void preload()
    void queryClient.prefetchQuery(searchModuleQueryOptions())
  })
  useEffect(() => {
    // A second after the transcript shows, in the next idle moment: never in the way of its paint.
    let idle: number | undefined
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(() => warm(), { timeout: 2_000 })
      else warm()
    }, WAIT_MS)
    return () => {
      clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [])
}
