// PRODUCT §5: every filter lives in the URL. `speaker` and `topic` repeat, `entity` is one id,
// `q` is the search text. Reading and writing are pure so the hook stays thin (STYLE §4).

export type Filters = {
  speakers: string[]
  topics: string[]
  entity: string | undefined
  q: string
  /** `only` shows just the turns with search hits; `all` highlights hits in the whole transcript. */
  searchMode: 'all' | 'only'
}

export const EMPTY_FILTERS: Filters = {
  speakers: [],
  topics: [],
  entity: undefined,
  q: '',
  searchMode: 'all',
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))]
}

/** URL query → filters; unknown keys are ignored, repeated values kept once. */
export function readFilters(params: URLSearchParams): Filters {
  const entity = params.get('entity')
  return {
    speakers: unique(params.getAll('speaker')),
    topics: unique(params.getAll('topic')),
    entity: entity === null || entity === '' ? undefined : entity,
    q: params.get('q') ?? '',
    searchMode: params.get('hits') === 'only' ? 'only' : 'all',
  }
}

/** Filters → URL query, in a stable order so equal views have equal URLs. */
export function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams()
  for (const speaker of unique(filters.speakers)) params.append('speaker', speaker)
  for (const topic of unique(filters.topics)) params.append('topic', topic)
  if (filters.entity !== undefined) params.set('entity', filters.entity)
  if (filters.q !== '') params.set('q', filters.q)
  if (filters.searchMode === 'only' && filters.q.trim() !== '') params.set('hits', 'only')
  return params
}

/** True when the speaker or topic filter, or "only turns with results", narrows the transcript. */
export function isFiltering(filters: Filters): boolean {
  return (
    filters.speakers.length > 0 ||
    filters.topics.length > 0 ||
    (filters.searchMode === 'only' && filters.q.trim() !== '')
  )
}

/** Why a turn the filters hide is shown anyway. */
export type PinReason = 'linked' | 'mention'

/**
 * PRODUCT §5.3 and §5.2: a linked turn, and the turn of the current mention, are never hidden by
 * the filters; they are shown with the reason, which the interface says.
 */
export function pinTurns(
  matches: readonly boolean[],
  linkedTurn: number | undefined,
  mentionTurn: number | undefined,
): { shown: boolean[]; pinned: Map<number, PinReason> } {
  const pinned = new Map<number, PinReason>()
  if (linkedTurn !== undefined && matches[linkedTurn] === false) pinned.set(linkedTurn, 'linked')
  if (mentionTurn !== undefined && matches[mentionTurn] === false && !pinned.has(mentionTurn)) {
    pinned.set(mentionTurn, 'mention')
  }
  return { shown: matches.map((isMatch, i) => isMatch || pinned.has(i)), pinned }
}

type FilterableTurn = { speaker: string; topics?: readonly string[] }

/**
 * PRODUCT §5.1: speakers OR speakers, topics OR topics, AND between the two. Returns whether each
 * turn passes, by index.
 */
export function matchTurns(
  turns: readonly FilterableTurn[],
  filters: Pick<Filters, 'speakers' | 'topics'>,
): boolean[] {
  const speakers = new Set(filters.speakers)
  const topics = new Set(filters.topics)
  return turns.map(
    (turn) =>
      (speakers.size === 0 || speakers.has(turn.speaker)) &&
      (topics.size === 0 || (turn.topics ?? []).some((t) => topics.has(t))),
  )
}

/** Toggles one value in a list, keeping order. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}
