/** Scrolls an element into view, animated only when the reader has not asked for reduced motion. */
export function scrollToElement(
  element: Element,
  block: ScrollLogicalPosition = 'center',
  isJump = false,
) {
  const isReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  element.scrollIntoView?.({ block, behavior: isReduced || isJump ? 'auto' : 'smooth' })
}
