import {
  createContext,
  startTransition,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { ko, type Locale, type MessageKey, type Messages } from './messages.ts'

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

/** Korean is in the first view; English is fetched once, when the interface is in English. */
// A settled promise marked as React marks them is read at once, without suspending.
const tables: Record<Locale, () => Promise<Messages>> = {
  ko: () => Object.assign(Promise.resolve<Messages>(ko), { status: 'fulfilled', value: ko }),
  en: () => import('./messages-en.ts').then((module) => module.en),
}
const loaded = new Map<Locale, Promise<Messages>>()

function tableFor(locale: Locale): Promise<Messages> {
  let table = loaded.get(locale)
  if (table === undefined) {
    const promise = tables[locale]()
    void promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }))
    loaded.set(locale, promise)
    table = promise
  }
  return table
}

/** Loads a language's interface text ahead of time (a page that knows it will switch, tests). */
export function preloadLocale(locale: Locale): Promise<Messages> {
  return tableFor(locale)
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/**
 * Fills `{name}` with `vars.name`; `{name|one|other}` is the word for that count (English:
 * "1 problem", "2 problems"; Korean counts need no plural form).
 */
export function fillTemplate(template: string, vars?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (_, name: string, one, other) => {
    const value = vars?.[name]
    if (one !== undefined) return value === 1 ? one : other
    return String(value ?? `{${name}}`)
  })
}

type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate }

const LocaleContext = createContext<LocaleContextValue | null>(null)

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(initialLocale)
  const setLocale = useCallback((next: Locale) => {
    // A transition: the page stays as it is while the other language's text loads.
    startTransition(() => setLocaleState(next))
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not kept across visits then, but the switch still works.
    }
  }, [])
  const table = use(tableFor(locale))
  const value = useMemo<LocaleContextValue>(() => {
    const t: Translate = (key, vars) => fillTemplate(table[key], vars)
    return { locale, setLocale, t }
  }, [locale, setLocale, table])
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
