import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { messages, type Locale, type MessageKey } from './messages.ts'

const STORAGE_KEY = 'daedam.locale'

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (stored === 'ko' || stored === 'en') return stored
  } catch {
    // Storage can be blocked; the browser's language still decides.
  }
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'ko'
  return preferred.toLowerCase().startsWith('ko') ? 'ko' : 'en'
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate }

const LocaleContext = createContext<LocaleContextValue | null>(null)

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(initialLocale)
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not kept across visits then, but the switch still works.
    }
  }, [])
  const value = useMemo<LocaleContextValue>(() => {
    const table = messages[locale]
    const t: Translate = (key, vars) =>
      table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`))
    return { locale, setLocale, t }
  }, [locale, setLocale])
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  return <LocaleContext value={value}>{children}</LocaleContext>
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext)
  if (value === null) throw new Error('useLocale needs a LocaleProvider')
  return value
}
