import type { TranscriptSource } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { shortAddress } from '../transcripts/limits.ts'
import { LocalNotice } from './local-notice.tsx'

/** Says plainly where a transcript came from when it is not one of ours. */
export function SourceNotice({ source }: { source: TranscriptSource }) {
  const { t } = useLocale()
  if (source.kind === 'published') return null
  if (source.kind === 'local') return <LocalNotice id={source.id} />
  return (
    <p className="notice source-notice">{t('remoteNotice', { url: shortAddress(source.url) })}</p>
  )
}
