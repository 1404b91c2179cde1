import type { Mention } from './mentions.ts'
import { createHitFinder, type SearchHit } from './search-matcher.ts'
import type { CompiledQuery } from './search-query.ts'

// PRODUCT §5.4, in four parts: search-query.ts compiles what the reader typed, search-steps.ts
// reads each of its characters (Hangul initials, a half-typed syllable), search-program.ts turns
// that into the tables search-matcher.ts scans a text with, and this file lists the hits per text.

/** Hits sorted by start, overlapping ones joined into one. */
function mergeHits(hits: SearchHit[]): SearchHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: SearchHit[] = []
  for (const hit of hits) {
    const previous = merged.at(-1)
    if (previous !== undefined && hit.start < previous.end) {
      previous.end = Math.max(previous.end, hit.end)
    } else {
      merged.push({ start: hit.start, end: hit.end })
    }
  }
  return merged
}

/**
 * Searches texts (NFC, as the model holds them) for a compiled query. Returns hits per text, same
 * indexing as `texts`, sorted and non-overlapping; `mentions` are the precomputed mentions per
 * text (same indexing), which supply the hits of entities named by the query. Linear in the
 * texts' length.
 */
export function searchTexts(
  query: CompiledQuery,
  texts: readonly string[],
  mentions: readonly (readonly Mention[])[],
): SearchHit[][] {
  const { program, entities } = query
  const findHits = createHitFinder(program)
  return texts.map((text, index) => {
    const hits: SearchHit[] = []
    findHits(text, hits)
    if (entities.size === 0) return hits
    const before = hits.length
    for (const mention of mentions[index] ?? []) {
      if (entities.has(mention.entity)) hits.push({ start: mention.start, end: mention.end })
    }
    // Program hits come sorted and apart; only entity hits can interleave or overlap them.
    return hits.length === before ? hits : mergeHits(hits)
  })
}
