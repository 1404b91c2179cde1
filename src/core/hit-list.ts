import type { SearchHit } from './search-matcher.ts'

/** Search hits numbered through the document, so the UI can say "i of n" and step between them. */
export type HitList = {
  /** Hits per text, same indexing as the model's texts; empty for texts that are not shown. */
  perText: SearchHit[][]
  /** The global number of each text's first hit. */
  offsets: number[]
  /** For each global hit, the text it is in. */
  textOfHit: number[]
  total: number
}

/**
 * Numbers the hits of the shown texts in reading order (PRODUCT §5.4: search combines with the
 * speaker and topic filters, so hits in hidden turns are not counted).
 */
export function numberHits(
  perText: readonly SearchHit[][],
  isShown: (textIndex: number) => boolean,
): HitList {
  const offsets: number[] = []
  const textOfHit: number[] = []
  const shown = perText.map((hits, textIndex) => {
    offsets.push(textOfHit.length)
    if (hits.length === 0 || !isShown(textIndex)) return []
    for (let i = 0; i < hits.length; i++) textOfHit.push(textIndex)
    return hits
  })
  return { perText: shown, offsets, textOfHit, total: textOfHit.length }
}
