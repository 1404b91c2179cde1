import type { ReactNode } from 'react'
import { useLocale } from '../../shell/locale.tsx'

/** A translator's note, set apart from the speech so no reader takes it for the speaker's words. */
export function TranslatorNote({ children }: { children: ReactNode }) {
  const { t } = useLocale()
  return (
    <div className="translator-note" role="note" aria-label={t('translatorNote')}>
      <span className="translator-note-label" aria-hidden="true">
        {t('translatorNote')}
      </span>
      <p>{children}</p>
    </div>
  )
}
