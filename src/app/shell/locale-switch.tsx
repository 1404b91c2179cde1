import { useLocale } from './locale.tsx'
import type { Locale } from './messages.ts'

const CHOICES: { locale: Locale; label: string }[] = [
  { locale: 'ko', label: '한국어' },
  { locale: 'en', label: 'English' },
]

/** Korean or English interface; the choice is kept across visits (PRODUCT §5.8). */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useLocale()
  return (
    <div className="locale-switch" role="group" aria-label={t('language')}>
      {CHOICES.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          lang={choice.locale}
          aria-pressed={locale === choice.locale}
          onClick={() => setLocale(choice.locale)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  )
}
