import { memo } from 'react'
import { segmentText } from '#core/segments.ts'
import { NO_HITS, type TextView } from '#core/text-view.ts'
import { EntityLink } from './entity-link.tsx'

export type HighlightedProps = Partial<TextView> &
  Pick<TextView, 'mentions'> & {
    text: string
    textIndex: number
    /** False inside another link (a related post's title): mentions are marked but not links. */
    isLinked?: boolean
  }

/**
 * Renders text as text (never as HTML): each mention is a `<mark data-entity>` holding a link to
 * its entity, each search hit a `<mark data-search>` (PRODUCT §8). Its props are primitives and
 * shared arrays (`textViewOf`), so a keystroke re-renders only the texts it concerns.
 */
export const Highlighted = memo(function Highlighted({
  text,
  textIndex,
  mentions,
  selectedEntity,
  currentMention,
  hits = NO_HITS,
  hitOffset = 0,
  currentHit,
  isLinked = true,
}: HighlightedProps) {
  const segments = segmentText(text.length, mentions, hits, hitOffset)
  // A hit across a mention's edge is split into pieces: only its first piece carries the id.
  const isFirstPiece = (piece: { start: number; hit: number | undefined }) =>
    piece.hit !== undefined && hits[piece.hit - hitOffset]?.start === piece.start
  return segments.map((segment) => {
    const pieces = segment.pieces.map((piece) =>
      piece.hit === undefined ? (
        text.slice(piece.start, piece.end)
      ) : (
        <mark
          key={piece.start}
          data-search=""
          id={isFirstPiece(piece) ? `hit-${piece.hit}` : undefined}
          aria-current={piece.hit === currentHit ? 'true' : undefined}
        >
          {text.slice(piece.start, piece.end)}
        </mark>
      ),
    )
    const mention = segment.mention
    if (mention === undefined) return <span key={segment.start}>{pieces}</span>
    const isSelected = mention.entity === selectedEntity
    return (
      <mark
        key={segment.start}
        data-entity={mention.entity}
        id={`mention-${textIndex}-${mention.start}`}
        className={isSelected ? 'is-selected' : undefined}
        aria-current={mention.start === currentMention ? 'true' : undefined}
      >
        {isLinked ? (
          <EntityLink entity={mention.entity} isSelected={isSelected} className="mention-link">
            {pieces}
          </EntityLink>
        ) : (
          pieces
        )}
      </mark>
    )
  })
})
