import { memo } from 'react'
import { Link } from 'react-router'
import type { Mention } from '#core/mentions.ts'
import type { SearchHit } from '#core/search.ts'
import { segmentText } from '#core/segments.ts'
import { paths } from '../paths.ts'
import { useExplorer } from './explorer-context.tsx'

const NO_HITS: readonly SearchHit[] = []

type HighlightedProps = {
  text: string
  textIndex: number
  mentions: readonly Mention[]
  /** False inside another link (a related post's title): mentions are marked but not links. */
  isLinked?: boolean
}

/**
 * Renders text as text (never as HTML): each mention is a `<mark data-entity>` that links to its
 * entity, each search hit a `<mark data-search>` (PRODUCT §8).
 */
export const Highlighted = memo(function Highlighted({
  text,
  textIndex,
  mentions,
  isLinked = true,
}: HighlightedProps) {
  const { source, filters, currentMentionKey, hits: hitList, currentHit } = useExplorer()
  const hits = hitList?.perText[textIndex] ?? NO_HITS
  const hitOffset = hitList?.offsets[textIndex] ?? 0
  const segments = segmentText(text.length, mentions, hits, hitOffset)
  return segments.map((segment) => {
    const pieces = segment.pieces.map((piece) =>
      piece.hit === undefined ? (
        text.slice(piece.start, piece.end)
      ) : (
        <mark
          key={piece.start}
          data-search=""
          id={`hit-${piece.hit}`}
          aria-current={piece.hit === currentHit ? 'true' : undefined}
        >
          {text.slice(piece.start, piece.end)}
        </mark>
      ),
    )
    const mention = segment.mention
    if (mention === undefined) return <span key={segment.start}>{pieces}</span>
    const key = `${textIndex}:${mention.start}`
    const isSelected = filters.entity === mention.entity
    return (
      <mark
        key={segment.start}
        data-entity={mention.entity}
        id={`mention-${textIndex}-${mention.start}`}
        className={isSelected ? 'is-selected' : undefined}
        aria-current={key === currentMentionKey ? 'true' : undefined}
      >
        {isLinked ? (
        <Link
          to={paths.view(source, {
            ...filters,
            entity: isSelected ? undefined : mention.entity,
          })}
          className="mention-link"
          preventScrollReset
        >
          {pieces}
        </Link>
        ) : (
          pieces
        )}
      </mark>
    )
  })
})
