import { memo } from 'react'
import { EMPTY_FILTERS } from '#core/filters.ts'
import type { Mention } from '#core/mentions.ts'
import type { SearchHit } from '#core/search.ts'
import { segmentText } from '#core/segments.ts'
import { appHref, paths } from '../paths.ts'
import { useExplorerSource } from './explorer-context.tsx'

export const NO_HITS: readonly SearchHit[] = []

export type HighlightedProps = {
  text: string
  textIndex: number
  mentions: readonly Mention[]
  /** The selected entity, given only when this text mentions it (so other texts skip a render). */
  selectedEntity?: string | undefined
  /** Start of the current mention, given only when it is in this text. */
  currentMention?: number | undefined
  hits?: readonly SearchHit[]
  hitOffset?: number
  /** The current hit's global number, given only when it is in this text. */
  currentHit?: number | undefined
  /** False inside another link (a related post's title): mentions are marked but not links. */
  isLinked?: boolean
}

/**
 * Renders text as text (never as HTML): each mention is a `<mark data-entity>` holding a link to
 * its entity, each search hit a `<mark data-search>` (PRODUCT §8). It reads no changing context:
 * a filter change or a keystroke re-renders only the texts it concerns (PRODUCT §7 scale). Clicks
 * on mention links are taken over in `useMentionClicks`, which keeps the reader's filters.
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
  const source = useExplorerSource()
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
    return (
      <mark
        key={segment.start}
        data-entity={mention.entity}
        id={`mention-${textIndex}-${mention.start}`}
        className={mention.entity === selectedEntity ? 'is-selected' : undefined}
        aria-current={mention.start === currentMention ? 'true' : undefined}
      >
        {isLinked ? (
          <a
            href={appHref(paths.view(source, { ...EMPTY_FILTERS, entity: mention.entity }))}
            data-entity-link={mention.entity}
            className="mention-link"
          >
            {pieces}
          </a>
        ) : (
          pieces
        )}
      </mark>
    )
  })
})
