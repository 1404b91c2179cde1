import { useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react'
import { listContents, type ContentsEntry } from '#core/contents.ts'
import { pickLabel } from '#core/transcript-model.ts'
import { appHref, paths } from '../../paths.ts'
import { useLocale } from '../../shell/locale.tsx'
import { isPlainClick } from '../text/entity-link.tsx'
import { LabelText } from '../text/label-text.tsx'
import { useExplorer, useExplorerState } from '../view/explorer-context.tsx'

type Item = ContentsEntry & { label: { text: string; lang: string } }

type ContentsListProps = {
  items: Item[]
  /** Whether the reader's linked turn is in this entry. */
  isHere: (item: Item) => boolean
  onJump: (event: MouseEvent<HTMLAnchorElement>, turnIndex: number) => void
}

/** Entries as links to their first turn, each with the turns it covers: "인터뷰 시작 · 2–30번 · 발언 29개". */
function ContentsList({ items, isHere, onJump }: ContentsListProps) {
  const { t } = useLocale()
  const { model, source } = useExplorer()
  const turns = model.transcript.turns
  return (
    <ol className="contents-list">
      {items.map((item) => {
        const first = turns[item.first]?.id ?? ''
        const last = turns[item.last]?.id ?? ''
        return (
          <li key={`${item.id} ${item.first}`}>
            <a
              href={appHref(paths.turnIn(source, first))}
              aria-current={isHere(item) ? 'location' : undefined}
              onClick={(event) => onJump(event, item.first)}
            >
              <LabelText className="contents-label" label={item.label} />
              <span className="count">
                {item.count === 1
                  ? t('turnNumber', { n: first })
                  : `${t('turnNumber', { n: `${first}–${last}` })} · ${t('statusAll', { total: item.count })}`}
              </span>
            </a>
          </li>
        )
      })}
    </ol>
  )
}

/**
 * The contents (PRODUCT §5.8): sections and topics, each a link to its first turn with the turns
 * it covers. A native modal dialog, open while it is mounted (focus trap, Esc and the return of
 * focus come with it); loaded on first use.
 */
export function ContentsDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useLocale()
  const { model, actions, viewport } = useExplorer()
  const { view } = useExplorerState()
  const ref = useRef<HTMLDialogElement>(null)
  const { sections, topics } = useMemo(() => {
    const { language } = model.transcript
    const contents = listContents(model)
    return {
      sections: contents.sections.map((entry) => ({
        ...entry,
        label: { text: model.sections.get(entry.id)?.label ?? entry.id, lang: language },
      })),
      topics: contents.topics.map((entry) => ({
        ...entry,
        label: pickLabel(model.topics.get(entry.id)?.label, locale, language),
      })),
    }
  }, [model, locale])
  // The dialog is the outside world's: opening it modally is a call, not an attribute.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog !== null && !dialog.open) dialog.showModal()
  }, [])

  const turns = model.transcript.turns
  const at = view.linkedTurn ?? -1
  function handleJump(event: MouseEvent<HTMLAnchorElement>, turnIndex: number) {
    const turn = turns[turnIndex]
    if (!isPlainClick(event) || turn === undefined) return
    event.preventDefault()
    ref.current?.close()
    onClose()
    // The one way a turn is opened; shown again even when it is the turn already linked.
    actions.openTurn(turn.id)
    viewport.show({ elementId: `turn-${turn.id}`, turn: turnIndex, mode: 'link' })
  }

  return (
    <dialog
      ref={ref}
      className="contents-dialog"
      aria-labelledby="contents-title"
      onClose={onClose}
    >
      <nav aria-labelledby="contents-title">
        <h2 id="contents-title">{t('contents')}</h2>
        {sections.length > 0 && (
          <ContentsList
            items={sections}
            isHere={(item) => item.first <= at && at <= item.last}
            onJump={handleJump}
          />
        )}
        {topics.length > 0 && (
          <>
            <h3>{t('topics')}</h3>
            <ContentsList
              items={topics}
              isHere={(item) => turns[at]?.topics?.includes(item.id) === true}
              onJump={handleJump}
            />
          </>
        )}
      </nav>
      <form method="dialog">
        <button type="submit">{t('close')}</button>
      </form>
    </dialog>
  )
}
