import { useState } from 'react'
import { useLocale } from '../../shell/locale.tsx'
import { Highlighted, type HighlightedProps } from './highlighted.tsx'

/** A huge paragraph is shown this many characters at a time… */
const CHUNK = 20_000
/** …and at most this many marks (mentions, search hits) at a time: thousands of links in one line take seconds to lay out. */
const CHUNK_MARKS = 1_000

type Span = { start: number; end: number }

/** Where the first `chunks` chunks of `text` end, keeping `keep` (the current mark's end) inside. */
function cutAfter(
  chunks: number,
  text: string,
  marks: readonly (readonly Span[])[],
  keep: number,
): number {
  let cut = chunks * CHUNK
  for (const list of marks) {
    const first = list[chunks * CHUNK_MARKS]
    if (first !== undefined) cut = Math.min(cut, first.start)
  }
  cut = Math.min(text.length, Math.max(cut, keep))
  // Never cut a surrogate pair in half.
  return cut < text.length && /[\uD800-\uDBFF]/.test(text[cut - 1] ?? '') ? cut - 1 : cut
}

/**
 * A paragraph, shown in part when it is huge: laying out megabytes of text, or tens of thousands
 * of marks, in one go freezes the tab (PRODUCT §7 safety), so the reader reveals it a bounded
 * chunk at a time. The current mention or search hit is always within what is shown.
 */
export function ClampedText(props: HighlightedProps) {
  const { t } = useLocale()
  const [chunks, setChunks] = useState(1)
  const { text, mentions, hits = [], hitOffset = 0, currentHit, currentMention } = props
  const currentEnd = Math.max(
    currentMention === undefined ? 0 : (mentions.find((m) => m.start === currentMention)?.end ?? 0),
    currentHit === undefined ? 0 : (hits[currentHit - hitOffset]?.end ?? 0),
  )
  const cut = cutAfter(chunks, text, [mentions, hits], currentEnd)
  if (cut >= text.length) return <Highlighted {...props} />

  const rest = text.length - cut
  // The next chunk that shows more (the current mark may already reach past several).
  let more = chunks + 1
  while (cutAfter(more, text, [mentions, hits], currentEnd) <= cut) more++
  const next = cutAfter(more, text, [mentions, hits], currentEnd) - cut
  return (
    <>
      <Highlighted
        {...props}
        text={text.slice(0, cut)}
        mentions={mentions.filter((m) => m.end <= cut)}
        hits={hits.filter((h) => h.end <= cut)}
      />
      …{' '}
      <button type="button" className="text-button" onClick={() => setChunks(more)}>
        {t('showMore', { n: next.toLocaleString(), rest: rest.toLocaleString() })}
      </button>
    </>
  )
}
