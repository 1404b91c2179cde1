import type { Filters, PinReason } from './filters.ts'
import type { HitList } from './hit-list.ts'
import type { SearchHit } from './search-matcher.ts'
import type { MentionRef } from './transcript-model.ts'
import type { Step } from './view-steps.ts'

// STYLE §5b: the view of a transcript, derived in `derive-view.ts` and rendered by thin components.

/** Search results for the query, per document text; computed once per query. */
export type SearchResult = {
  perText: readonly SearchHit[][]
  turnHasHit: readonly boolean[]
}

/** Everything a view depends on: the URL (filters, linked turn), search results and steps. */
export type ViewState = {
  filters: Filters
  /** The turn id of a `/t/:turnId` link. */
  linkedTurnId: string | undefined
  /** Hits of `filters.q`, once the search core has them; undefined without a query. */
  search: SearchResult | undefined
  mentionStep: Step
  hitStep: Step
}

/** What shows in one text or one turn: each field is set only where it concerns that text or turn. */
export type Highlights = {
  selectedEntity: string | undefined
  currentMention: MentionRef | undefined
  hits: HitList | undefined
  currentHit: number | undefined
}

/**
 * One turn as shown. It keeps its identity while nothing shown in it changes. A new thing shown
 * in a turn (the playing turn, a quote) is a field here, set in `turnViewOf`.
 */
export type TurnView = Highlights & {
  index: number
  isLinked: boolean
  /** Why a turn the filters hide is shown anyway. */
  pin: PinReason | undefined
}

/** A shown turn in list order, with the section label that opens it (a run from a new section). */
export type ListItem = { turnIndex: number; turnId: string; section: string | undefined }

/** A list the reader steps through with "i of n". */
export type Cursor<T> = {
  /** The list's identity: a new key starts at the first place. */
  key: string | undefined
  total: number
  index: number | undefined
  current: T | undefined
}

export type View = {
  /** The search result the hits were numbered from (so the next view can reuse them). */
  search: SearchResult | undefined
  linkedTurn: number | undefined
  /** A `/t/:turnId` link to a turn the transcript does not have. */
  isUnknownTurn: boolean
  /** Whether each turn passes the filters (and "only turns with results"). */
  matches: readonly boolean[]
  /** Whether each turn is shown: matches plus pinned turns. */
  shown: readonly boolean[]
  pinned: ReadonlyMap<number, PinReason>
  matchCount: number
  items: readonly ListItem[]
  mentions: Cursor<MentionRef> & { outsideFilter: number }
  hits: Cursor<number> & { list: HitList | undefined; currentTurn: number | undefined }
  /** Highlights of the whole document, for texts outside turns (context, related posts). */
  highlights: Highlights
  /** One per turn, by index. */
  turns: readonly TurnView[]
}
