import type { Ref } from 'react'
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

/** The `?` list of shortcuts, a native modal dialog (focus trap and Esc come with it). */
export function ShortcutsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const { t } = useLocale()
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
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
