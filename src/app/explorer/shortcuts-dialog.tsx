import { useLayoutEffect, useRef } from 'react'
import { useLocale } from '../shell/locale.tsx'

// This part's own text, loaded with it rather than with the first view (PRODUCT §7 size, §5.8).
const TEXT = {
  ko: {
    title: '키보드 단축키',
    labels: [
      '검색',
      '다음 발언',
      '이전 발언',
      '다음 언급',
      '이전 언급',
      '선택 해제, 검색 지우기',
      '단축키 보기',
    ],
  },
  en: {
    title: 'Keyboard shortcuts',
    labels: [
      'Search',
      'Next turn',
      'Previous turn',
      'Next mention',
      'Previous mention',
      'Clear the selection and search',
      'Show shortcuts',
    ],
  },
}

/** The keys, in the order of `TEXT`'s labels. */
const SHORTCUTS: string[][] = [['/'], ['j'], ['k'], ['n'], ['Shift', 'N'], ['Esc'], ['?']]

/**
 * The `?` list of shortcuts, a native modal dialog (focus trap and Esc come with it), open while
 * it is mounted. Loaded on first use: the first view does not need it (PRODUCT §7 size).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useLocale()
  const text = TEXT[locale]
  const ref = useRef<HTMLDialogElement>(null)
  // The dialog is the outside world's: opening it modally is a call, not an attribute.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog !== null && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{text.title}</h2>
      <dl>
        {SHORTCUTS.map((keys, index) => (
          <div key={keys.join('+')}>
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' + '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{text.labels[index]}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit">{t('close')}</button>
      </form>
    </dialog>
  )
}
