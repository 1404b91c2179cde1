import { SavedFiles } from './saved-files.tsx'
import { useLocale } from '../shell/locale.tsx'
import { useOpener } from './opener-context.ts'

/** "Open your own transcript": a labelled file input, and the files this browser keeps. */
export function OpenPanel() {
  const { t } = useLocale()
  const { openFile } = useOpener()
  return (
    <section className="open-panel" aria-labelledby="open-heading">
      <h2 id="open-heading">{t('openTitle')}</h2>
      <p className="open-hint">{t('openHint')}</p>
      <label className="file-label" htmlFor="open-file">
        {t('openInput')}
      </label>
      <input
        id="open-file"
        className="file-input"
        type="file"
        accept=".json,.txt,application/json,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file !== undefined) openFile(file)
          event.target.value = ''
        }}
      />
      <SavedFiles />
    </section>
  )
}
