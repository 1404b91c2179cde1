import { useLayoutEffect, useRef } from 'react'
import { useLocale } from '../shell/locale.tsx'
import type { MessageKey } from '../shell/messages.ts'

const SHORTCUTS: { keys: string[]; label: MessageKey }[] = [
  { keys: ['/'], label: 'keySearch' },
  { keys: ['j'], label: 'keyNextTurn' },
  { keys: ['k'], label: 'keyPrevTurn' },
  { keys: ['n'], label: 'keyNextMention' },
  { keys: ['Shift', 'N'], label: 'keyPrevMention' },
  { keys: ['Esc'], label: 'keyClear' },
  { keys: ['?'], label: 'keyHelp' },
]

/**
 * The `?` list of shortcuts, a native modal dialog (focus trap and Esc come with it), open while
 * it is mounted. Loaded on first use: the first view does not need it (PRODUCT §7 size).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLocale()
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
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      <dl>
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.label}>
            <dt>
              {shortcut.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' + '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit">{t('close')}</button>
      </form>
    </dialog>
  )
}
