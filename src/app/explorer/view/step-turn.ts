/**
 * `j`/`k` (PRODUCT §5.5): the turn after or before the one the reader is at: the focused turn,
 * else the first turn whose top is in the viewport.
 */
export function stepTurn(
  turns: readonly { id: string }[],
  shown: readonly boolean[],
  delta: 1 | -1,
): string | undefined {
  const visible = turns.filter((_, i) => shown[i])
  if (visible.length === 0) return undefined
  const focused = document.activeElement?.closest('article.turn')
  const at = visible.findIndex((turn) => focused?.id === `turn-${turn.id}`)
  if (at < 0) {
    const firstInView = visible.findIndex((turn) => {
      const top = document.getElementById(`turn-${turn.id}`)?.getBoundingClientRect().top ?? -1
      return top >= 0
    })
    // Nothing focused: `j` goes to the first turn in view, `k` to the one before it.
    if (firstInView < 0) return visible.at(delta > 0 ? 0 : -1)?.id
    return visible[Math.max(0, delta > 0 ? firstInView : firstInView - 1)]?.id
  }
  const next = visible[at + delta]
  return next?.id ?? visible[at]?.id
}
