// Splits a text into what `<Highlighted>` renders: mentions as the outer level (one mark per
// mention, PRODUCT §8), search hits inside them. Pure, so the component only maps it to elements.

type Range = { start: number; end: number }

export type Piece = Range & { hit: number | undefined }
export type Segment<M extends Range> = Range & { mention: M | undefined; pieces: Piece[] }

/**
 * `mentions` and `hits` are each sorted and non-overlapping; `hitOffset` numbers the hits
 * globally (the first hit of this text is `hitOffset`). Linear in the number of segments and
 * hits: each segment looks only at the hits that reach into it.
 */
export function segmentText<M extends Range>(
  length: number,
  mentions: readonly M[],
  hits: readonly Range[],
  hitOffset = 0,
): Segment<M>[] {
  const segments: Segment<M>[] = []
  let position = 0
  // Segments come in order, so a hit that ends before one never reaches a later one.
  let firstHit = 0
  const push = (start: number, end: number, mention: M | undefined) => {
    if (end <= start) return
    while (firstHit < hits.length && (hits[firstHit]?.end ?? 0) <= start) firstHit++
    segments.push({ start, end, mention, pieces: piecesOf(start, end, hits, firstHit, hitOffset) })
  }
  for (const mention of mentions) {
    if (mention.start < position || mention.end > length) continue
    push(position, mention.start, undefined)
    push(mention.start, mention.end, mention)
    position = mention.end
  }
  push(position, length, undefined)
  return segments
}

/** The pieces of [start, end): `hits` from `firstHit` on, up to the first that starts after it. */
function piecesOf(
  start: number,
  end: number,
  hits: readonly Range[],
  firstHit: number,
  hitOffset: number,
): Piece[] {
  const pieces: Piece[] = []
  let position = start
  for (let index = firstHit; index < hits.length; index++) {
    const hit = hits[index]
    if (hit === undefined || hit.start >= end) break
    const from = Math.max(hit.start, start)
    const to = Math.min(hit.end, end)
    if (to <= from || from < position) continue
    if (from > position) pieces.push({ start: position, end: from, hit: undefined })
    pieces.push({ start: from, end: to, hit: hitOffset + index })
    position = to
  }
  if (position < end) pieces.push({ start: position, end, hit: undefined })
  return pieces
}
