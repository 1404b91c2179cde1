import { useState } from 'react'
import { useLocale } from '../shell/locale.tsx'
import { Highlighted, type HighlightedProps } from './highlighted.tsx'

/** Longer paragraphs show this many characters until the reader asks for the rest. */
const CLAMP_AT = 20_000

/**
 * A paragraph, cut short when it is huge: laying out megabytes of text in one go would freeze the
 * tab (PRODUCT §7 safety), and no reader reads that far without asking. The current mention or
 * search hit is never hidden by the cut.
 */
export function ClampedText(props: HighlightedProps) {
  const { t } = useLocale()
  const [isExpanded, setIsExpanded] = useState(false)
  const { text, mentions, hits = [], hitOffset = 0, currentHit, currentMention } = props
  const isCurrentBeyond =
    (currentMention !== undefined && currentMention >= CLAMP_AT) ||
    (currentHit !== undefined && (hits[currentHit - hitOffset]?.end ?? 0) > CLAMP_AT)
  if (text.length <= CLAMP_AT || isExpanded || isCurrentBeyond) return <Highlighted {...props} />

  // Never cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(text[CLAMP_AT - 1] ?? '') ? CLAMP_AT - 1 : CLAMP_AT
  return (
    <>
      <Highlighted
        {...props}
        text={text.slice(0, cut)}
        mentions={mentions.filter((m) => m.end <= cut)}
        hits={hits.filter((h) => h.end <= cut)}
      />
      …{' '}
      <button type="button" className="text-button" onClick={() => setIsExpanded(true)}>
        {t('showRest', { n: (text.length - cut).toLocaleString() })}
      </button>
    </>
  )
}
