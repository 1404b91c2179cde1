// Splits a text into what `<Highlighted>` renders: mentions as the outer level (one mark per
// mention, PRODUCT §8), search hits inside them. Pure, so the component only maps it to elements.

type Range = { start: number; end: number }

export type Piece = Range & { hit: number | undefined }
export type Segment<M extends Range> = Range & { mention: M | undefined; pieces: Piece[] }

/**
 * `mentions` and `hits` are each sorted and non-overlapping; `hitOffset` numbers the hits
 * globally (the first hit of this text is `hitOffset`).
 */
export function segmentText<M extends Range>(
  length: number,
  mentions: readonly M[],
  hits: readonly Range[],
  hitOffset = 0,
): Segment<M>[] {
  const segments: Segment<M>[] = []
  let position = 0
  const push = (start: number, end: number, mention: M | undefined) => {
    if (end > start)
      segments.push({ start, end, mention, pieces: piecesOf(start, end, hits, hitOffset) })
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

function piecesOf(start: number, end: number, hits: readonly Range[], hitOffset: number): Piece[] {
  const pieces: Piece[] = []
  let position = start
  hits.forEach((hit, index) => {
    const from = Math.max(hit.start, start)
    const to = Math.min(hit.end, end)
    if (to <= from || from < position) return
    if (from > position) pieces.push({ start: position, end: from, hit: undefined })
    pieces.push({ start: from, end: to, hit: hitOffset + index })
    position = to
  })
  if (position < end) pieces.push({ start: position, end, hit: undefined })
  return pieces
}
