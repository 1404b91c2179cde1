import { useEffect, useEffectEvent } from 'react'

export type ShortcutKey = '/' | 'j' | 'k' | 'n' | 'N' | 'Escape' | '?'

const KEYS: readonly string[] = ['/', 'j', 'k', 'n', 'N', 'Escape', '?'] satisfies ShortcutKey[]

function isShortcutKey(key: string): key is ShortcutKey {
  return KEYS.includes(key)
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** PRODUCT §5.5: single-key shortcuts, ignored while the reader types or holds a modifier. */
export function useShortcuts(onShortcut: (key: ShortcutKey, event: KeyboardEvent) => void) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (
      event.defaultPrevented ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.isComposing
    )
      return
    const key = event.key
    if (!isShortcutKey(key)) return
    // A modal dialog (the shortcut list) has the keys: Esc closes it and nothing behind it moves.
    if (document.querySelector('dialog[open]') !== null) return
    if (key !== 'Escape' && isTyping(event.target)) return
    onShortcut(key, event)
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
