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
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
          <path
            d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <span className="copy-link-text">{t('copyLink')}</span>
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed', { url }) : ''}
      </span>
    </span>
  )
}
