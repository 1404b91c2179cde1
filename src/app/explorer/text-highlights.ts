import type { HighlightedProps } from './highlighted.tsx'
import { NO_HITS } from './highlighted.tsx'
import type { ExplorerValue } from './explorer-context.tsx'

/**
 * The highlight props of one text, each given only when it concerns this text, so that
 * `<Highlighted>` (memoised) re-renders only where something changed.
 */
export function textHighlights(
  explorer: ExplorerValue,
  textIndex: number,
): Omit<HighlightedProps, 'text' | 'textIndex' | 'isLinked'> {
  const { model, filters, currentMention, hits, currentHit } = explorer
  const mentions = model.mentions[textIndex] ?? []
  const selected = filters.entity
  const textHits = hits?.perText[textIndex]
  const offset = hits?.offsets[textIndex] ?? 0
  const hasHits = textHits !== undefined && textHits.length > 0
  return {
    mentions,
    selectedEntity:
      selected !== undefined && mentions.some((m) => m.entity === selected) ? selected : undefined,
    currentMention: currentMention?.textIndex === textIndex ? currentMention.start : undefined,
    hits: hasHits ? textHits : NO_HITS,
    hitOffset: hasHits ? offset : 0,
    currentHit:
      hasHits &&
      currentHit !== undefined &&
      currentHit >= offset &&
      currentHit < offset + textHits.length
        ? currentHit
        : undefined,
  }
}
