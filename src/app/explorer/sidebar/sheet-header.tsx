import { useLocale } from '../../shell/locale.tsx'
import type { MessageKey } from '../../shell/messages.ts'
import type { PanelName } from './panel-toggles.tsx'

const TITLES: Record<PanelName, MessageKey> = { filters: 'filters', entities: 'entitiesAndPosts' }

/**
 * The heading's ref callback: while the sheet is open the rest of the explorer is inert and focus
 * starts on its heading; when it closes, focus goes back to the toggle that opened it. Defined
 * once, so that a re-render of the sheet does not run it again.
 */
function holdFocus(heading: HTMLElement | null) {
  const panel = heading?.closest('.panel')
  if (!heading || !panel) return
  const others = document.querySelectorAll(`.explorer > :not(#${panel.id})`)
  others.forEach((region) => region.setAttribute('inert', ''))
  heading.focus()
  return () => {
    others.forEach((region) => region.removeAttribute('inert'))
    document.querySelector<HTMLElement>(`[aria-controls="${panel.id}"]`)?.focus()
  }
}

type SheetHeaderProps = { name: PanelName; onToggle: (name: PanelName) => void }

/**
 * An open sheet's heading and close button (phones, PRODUCT §5). It is there only while the sheet
 * is open, so it loads apart from the first view (PRODUCT §7 size).
 */
export function SheetHeader({ name, onToggle }: SheetHeaderProps) {
  const { t } = useLocale()
  return (
    <div className="sheet-header">
      <h2 ref={holdFocus} tabIndex={-1}>
        {t(TITLES[name])}
      </h2>
      <button type="button" onClick={() => onToggle(name)}>
        {t('close')}
      </button>
    </div>
  )
}
