import { scrollToElement } from './scroll.ts'

/** Brings a turn (by index) into the DOM, resolving once it is rendered. */
export type Reveal = (turnIndex: number) => Promise<void>

/** A place to bring into view: an element, and the turn it is in (undefined outside turns). */
export type Target = {
  elementId: string
  turn: number | undefined
  /** `start` for a linked turn (a jump, and focus); `center` for a mention or hit. */
  mode: 'link' | 'step'
}

/**
 * The one owner of scrolling and focus (STYLE §5b): the transcript list registers how it reveals a
 * turn, and deep links, mentions and hits ask to be shown. A newer request supersedes an older
 * one still waiting for its turn to render.
 */
export type Viewport = {
  register: (reveal: Reveal) => () => void
  show: (target: Target) => void
}

export function createViewport(): Viewport {
  let reveal: Reveal | undefined
  // Requests made before a list is there (a big one loads its code first) wait for it.
  let waiting: ((reveal: Reveal) => void)[] = []
  let latest = 0
  const whenListed = (): Promise<Reveal> =>
    reveal === undefined ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(reveal)
  return {
    register(next) {
      reveal = next
      waiting.forEach((resolve) => resolve(next))
      waiting = []
      return () => {
        if (reveal === next) reveal = undefined
      }
    },
    show({ elementId, turn, mode }) {
      const request = ++latest
      // A place that is not rendered yet is far away: jump there rather than animate past
      // thousands of turns whose heights are still estimates.
      const isFar = document.getElementById(elementId) === null
      void whenListed()
        .then((listed) => (turn === undefined ? undefined : listed(turn)))
        .then(() => {
          const element = document.getElementById(elementId)
          if (request !== latest || element === null) return
          if (mode === 'step') {
            scrollToElement(element, 'center', isFar)
          } else {
            // Jump, don't animate: the reader asked for this turn, not for a tour of the page.
            element.scrollIntoView?.({ block: 'start' })
            element.focus({ preventScroll: true })
          }
        })
    },
  }
}
