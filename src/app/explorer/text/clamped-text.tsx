import { useState } from 'react'
import { useLocale } from '../../shell/locale.tsx'
import { Highlighted, type HighlightedProps } from './highlighted.tsx'

/** A huge paragraph is shown this many characters at a time. */
const CHUNK = 20_000

/**
 * A paragraph, shown in part when it is huge: laying out megabytes of text in one go freezes the
 * tab for minutes (PRODUCT §7 safety), so the reader reveals it a bounded chunk at a time. The
 * current mention or search hit is always within what is shown.
 */
export function ClampedText(props: HighlightedProps) {
  const { t } = useLocale()
  const [limit, setLimit] = useState(CHUNK)
  const { text, mentions, hits = [], hitOffset = 0, currentHit, currentMention } = props
  const currentEnd = Math.max(
    currentMention === undefined ? 0 : (mentions.find((m) => m.start === currentMention)?.end ?? 0),
    currentHit === undefined ? 0 : (hits[currentHit - hitOffset]?.end ?? 0),
  )
  const shown = Math.max(limit, Math.ceil(currentEnd / CHUNK) * CHUNK)
  if (text.length <= shown) return <Highlighted {...props} />

  // Never cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(text[shown - 1] ?? '') ? shown - 1 : shown
  const rest = text.length - cut
  return (
    <>
      <Highlighted
        {...props}
        text={text.slice(0, cut)}
        mentions={mentions.filter((m) => m.end <= cut)}
        hits={hits.filter((h) => h.end <= cut)}
      />
      …{' '}
      <button type="button" className="text-button" onClick={() => setLimit(shown + CHUNK)}>
        {t('showMore', {
          n: Math.min(CHUNK, rest).toLocaleString(),
          rest: rest.toLocaleString(),
        })}
      </button>
    </>
  )
}
