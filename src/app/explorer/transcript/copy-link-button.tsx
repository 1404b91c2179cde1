import { useEffect, useState } from 'react'
import { useLocale } from '../../shell/locale.tsx'

type CopyLinkButtonProps = { url: string; turnNumber: string }

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies a turn's absolute URL to the clipboard and says that it did (PRODUCT §5.3). */
export function CopyLinkButton({ url, turnNumber }: CopyLinkButtonProps) {
  const { t } = useLocale()
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), state === 'copied' ? 2500 : 8000)
    return () => window.clearTimeout(timer)
  }, [state])

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="copy-link">
      <button
        type="button"
        className="icon-button"
        onClick={handleCopy}
        aria-label={t('copyLinkTo', { n: turnNumber })}
      >
        <span className="link-icon" aria-hidden="true" />
        <span className="copy-link-text">{t('copyLink')}</span>
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed', { url }) : ''}
      </span>
    </span>
  )
}
