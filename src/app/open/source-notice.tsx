import type { TranscriptSource } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { shortAddress } from '../transcripts/limits.ts'
import { LocalNotice } from './local-notice.tsx'

// This part's own text, loaded with it rather than with the first view (PRODUCT §7 size, §5.8).
const TEXT = {
  ko: (url: string) => `외부 주소에서 불러온 대담입니다: ${url}`,
  en: (url: string) => `Loaded from an outside address: ${url}`,
}

/** Says plainly where a transcript came from when it is not one of ours. */
export function SourceNotice({ source }: { source: TranscriptSource }) {
  const text = TEXT[useLocale().locale]
  if (source.kind === 'published') return null
  if (source.kind === 'local') return <LocalNotice id={source.id} />
  return <p className="notice source-notice">{text(shortAddress(source.url))}</p>
}
