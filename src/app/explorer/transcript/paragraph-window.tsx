import { useState } from 'react'
import type { TurnView } from '#core/view-types.ts'
import { useLocale } from '../../shell/locale.tsx'
import { TurnText } from './turn-text.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

/** A turn's paragraphs are shown this many at a time beyond the first window (PRODUCT §7 safety). */
const PAGE = 100
/** At most this many paragraphs of one turn are in the page at once. */
const MAX_SHOWN = 1000

type Range = { start: number; end: number }

// This part's own text, loaded with it rather than with the first view (PRODUCT §7 size, §5.8).
const TEXT = {
  ko: {
    hidden: (n: string) => `문단 ${n}개 생략`,
    earlier: (n: number) => `앞 문단 ${n}개 더 보기`,
    later: (n: string, rest: string) => `뒤 문단 ${n}개 더 보기 (남은 문단 ${rest}개)`,
  },
  en: {
    hidden: (n: string) => `${n} paragraphs not shown`,
    earlier: (n: number) => `Show ${n} earlier paragraphs`,
    later: (n: string, rest: string) => `Show ${n} more paragraphs (${rest} left)`,
  },
}

/** The paragraph (by its index in the turn) that holds the current mention or hit, if any. */
function focusParagraph(view: TurnView, texts: readonly number[]): number | undefined {
  const textIndex =
    view.currentMention?.textIndex ??
    (view.currentHit === undefined ? undefined : view.hits?.textOfHit[view.currentHit])
  if (textIndex === undefined || texts.length === 0) return undefined
  const first = texts[0] ?? 0
  // A turn's paragraphs are consecutive document texts.
  const index = textIndex - first
  return index >= 0 && index < texts.length ? index : undefined
}

/**
 * The paragraphs of a turn of thousands of them: a window, moved by buttons and always holding the
 * current mention or hit, since laying out a million paragraphs freezes any browser. Loaded only
 * for such turns.
 */
export function ParagraphWindow({ view }: { view: TurnView }) {
  const text = TEXT[useLocale().locale]
  const { model } = useExplorer()
  const paragraphs = model.textIndex.paragraphs[view.index] ?? []
  const [range, setRange] = useState<Range>({ start: 0, end: PAGE })
  const count = paragraphs.length
  const focus = focusParagraph(view, paragraphs)
  let { start, end } = range
  if (focus !== undefined && (focus < start || focus >= end)) {
    start = Math.max(0, focus - PAGE / 2)
    end = start + PAGE
  }
  end = Math.min(end, count)

  return (
    <>
      <div className="turn-body">
        {start > 0 && (
          <p className="paragraph-window">
            {text.hidden(start.toLocaleString())} ·{' '}
            <button
              type="button"
              className="text-button"
              onClick={() =>
                setRange({
                  start: Math.max(0, start - PAGE),
                  end: Math.min(end, start - PAGE + MAX_SHOWN),
                })
              }
            >
              {text.earlier(Math.min(PAGE, start))}
            </button>
          </p>
        )}
        {paragraphs.slice(start, end).map((textIndex) => (
          <p key={textIndex}>
            <TurnText view={view} textIndex={textIndex} />
          </p>
        ))}
        {end < count && (
          <p className="paragraph-window">
            <button
              type="button"
              className="text-button"
              onClick={() =>
                setRange({ start: Math.max(start, end + PAGE - MAX_SHOWN), end: end + PAGE })
              }
            >
              {text.later(
                Math.min(PAGE, count - end).toLocaleString(),
                (count - end).toLocaleString(),
              )}
            </button>
          </p>
        )}
      </div>
    </>
  )
}
