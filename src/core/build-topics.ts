import type { Annotations } from './annotations-schema.ts'
import type { Issue } from './transcript-checks.ts'
import { annotationIssue } from './validate-annotations.ts'

/**
 * "5-10" → the indices of turns "5" … "10" in the turns' order, as [first, last]; a single id
 * stands for itself. Undefined for an unknown id or a range that runs backwards.
 */
function resolveTurnRange(
  range: string,
  turnIndex: ReadonlyMap<string, number>,
): [number, number] | undefined {
  const single = turnIndex.get(range)
  if (single !== undefined) return [single, single]
  const dash = range.indexOf('-')
  if (dash < 0) return undefined
  const from = turnIndex.get(range.slice(0, dash))
  const to = turnIndex.get(range.slice(dash + 1))
  if (from === undefined || to === undefined || to < from) return undefined
  return [from, to]
}

/** Ranges of turn indices, sorted and merged where they overlap or touch. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [from, to] of ranges) {
    const last = merged.at(-1)
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

/**
 * Turn index → the ids of the annotated topics that cover it, each listed once, in the
 * annotations' order. A range naming an unknown turn becomes an issue.
 */
export function buildTopicsByTurn(
  annotations: Annotations | undefined,
  turnIds: readonly string[],
  issues: Issue[],
): Map<number, string[]> {
  const turnIndex = new Map(turnIds.map((id, index) => [id, index]))

  // Each topic's ranges are merged first, so the work is the number of (turn, topic) pairs
  // however the ranges repeat or overlap; `tagged` keeps a topic id listed once per turn.
  const topicsByTurn = new Map<number, string[]>()
  const tagged = new Map<string, Set<number>>()
  annotations?.topics?.forEach((topic, i) => {
    const ranges: [number, number][] = []
    topic.turns.forEach((range, j) => {
      const resolved = resolveTurnRange(range, turnIndex)
      if (resolved !== undefined) ranges.push(resolved)
      else {
        issues.push(
          annotationIssue(
            ['topics', i, 'turns', j],
            `unknown turn "${range}" (the text has turns ${turnIds[0] ?? '–'}–${turnIds.at(-1) ?? '–'})`,
          ),
        )
      }
    })
    const done = tagged.get(topic.id) ?? new Set<number>()
    tagged.set(topic.id, done)
    for (const [from, to] of mergeRanges(ranges)) {
      for (let turn = from; turn <= to; turn++) {
        if (done.has(turn)) continue
        done.add(turn)
        const list = topicsByTurn.get(turn) ?? []
        list.push(topic.id)
        topicsByTurn.set(turn, list)
      }
    }
  })
  return topicsByTurn
}
