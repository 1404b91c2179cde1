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

const NOTHING_TO_REVEAL: Reveal = () => Promise.resolve()

export function createViewport(): Viewport {
  let reveal = NOTHING_TO_REVEAL
  let latest = 0
  return {
    register(next) {
      reveal = next
      return () => {
        if (reveal === next) reveal = NOTHING_TO_REVEAL
      }
    },
    show({ elementId, turn, mode }) {
      const request = ++latest
      // A place that is not rendered yet is far away: jump there rather than animate past
      // thousands of turns whose heights are still estimates.
      const isFar = document.getElementById(elementId) === null
      void (turn === undefined ? Promise.resolve() : reveal(turn)).then(() => {
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
