// Stepping through a list of places (PRODUCT §5.2 mentions, §5.4 hits): the position is kept per
// list, so a new entity or query starts at its first place without anything resetting state.

/** A position the reader stepped to in a list (an entity's mentions, a query's hits), kept per list. */
export type Step = { key: string | undefined; index: number }

export const NO_STEP: Step = { key: undefined, index: 0 }

/** The current index in a list of `total` places, or undefined when there is none. */
export function cursorIndex(
  step: Step,
  key: string | undefined,
  total: number,
): number | undefined {
  if (key === undefined || total === 0) return undefined
  return step.key === key ? Math.min(step.index, total - 1) : 0
}

/** Moves a step by `delta` through a list of `total` places, wrapping at both ends. */
export function moveStep(step: Step, key: string | undefined, total: number, delta: number): Step {
  const index = cursorIndex(step, key, total)
  if (index === undefined) return step
  return { key, index: (index + delta + total) % total }
}
