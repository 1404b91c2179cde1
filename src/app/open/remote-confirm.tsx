import { useNavigate } from 'react-router'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../paths.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { useLocale } from '../shell/locale.tsx'
import { shortAddress } from '../transcripts/limits.ts'
import { resolveRemoteUrl } from '../transcripts/remote-url.ts'

type RemoteConfirmProps = { url: string; onOpen: () => void }

/**
 * "Open the transcript at example.com?": a `?src=` on another origin is fetched only when the
 * reader says so, so a shared link cannot make their browser fetch an address on its own
 * (PRODUCT §7). The host is shown as the browser reads it (punycode and all), the address cut short.
 */
export function RemoteConfirm({ url, onOpen }: RemoteConfirmProps) {
  const { t } = useLocale()
  const navigate = useNavigate()
  const address = resolveRemoteUrl(url)
  return (
    <div className="explorer is-error">
      <AppHeader />
      <main id="transcript" className="reading">
        <section className="notice remote-ask" aria-labelledby="remote-ask-heading">
          <h2 id="remote-ask-heading">
            {t('remoteAsk', { host: shortAddress(address?.host ?? url) })}
          </h2>
          <p>
            <code>{shortAddress(address?.href ?? url)}</code>
          </p>
          <div className="error-actions">
            <button type="button" onClick={onOpen}>
              {t('remoteOpen')}
            </button>
            <button type="button" onClick={() => navigate(paths.transcript(DEFAULT_TRANSCRIPT_ID))}>
              {t('remoteCancel')}
            </button>
          </div>
        </section>
      </main>
    </div>
  )
}
