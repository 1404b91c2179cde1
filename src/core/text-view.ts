import type { Highlights } from './view-types.ts'
import type { Mention } from './mentions.ts'
import type { SearchHit } from './search-matcher.ts'
import type { TranscriptModel } from './transcript-model.ts'

export const NO_HITS: readonly SearchHit[] = []

/** What one text shows: every field a primitive or a shared array, so a memoised text re-renders only where it changed. */
export type TextView = {
  mentions: readonly Mention[]
  /** The selected entity, only when this text mentions it. */
  selectedEntity: string | undefined
  /** Start of the current mention, only when it is in this text. */
  currentMention: number | undefined
  hits: readonly SearchHit[]
  /** The global number of this text's first hit. */
  hitOffset: number
  /** The current hit's global number, only when it is in this text. */
  currentHit: number | undefined
}

/** The part of a turn's (or the document's) highlights that concerns one text. */
export function textViewOf(
  model: TranscriptModel,
  highlights: Highlights,
  textIndex: number,
): TextView {
  const mentions = model.mentions[textIndex] ?? []
  const { selectedEntity, currentMention, hits, currentHit } = highlights
  const textHits = hits?.perText[textIndex]
  const hasHits = textHits !== undefined && textHits.length > 0
  const offset = hasHits ? (hits?.offsets[textIndex] ?? 0) : 0
  return {
    mentions,
    selectedEntity:
      selectedEntity !== undefined && mentions.some((m) => m.entity === selectedEntity)
        ? selectedEntity
        : undefined,
    currentMention: currentMention?.textIndex === textIndex ? currentMention.start : undefined,
    hits: hasHits ? textHits : NO_HITS,
    hitOffset: offset,
    currentHit:
      hasHits &&
      currentHit !== undefined &&
      currentHit >= offset &&
      currentHit < offset + textHits.length
        ? currentHit
        : undefined,
  }
}
