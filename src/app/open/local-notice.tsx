import { useQuery } from '@tanstack/react-query'
import { useLocale } from '../shell/locale.tsx'
import { keepStateQueryOptions } from '../transcripts/keep-state.ts'
import { localListQueryOptions } from '../transcripts/local-queries.ts'
import { RemoveLocalButton } from './remove-local-button.tsx'

// This part's own text, loaded with it rather than with the first view (PRODUCT §7 size, §5.8).
const TEXT = {
  ko: {
    kept: (name: string) => `로컬 파일 "${name}": 이 링크는 이 브라우저에서만 열립니다.`,
    notKept: (name: string) =>
      `"${name}"은(는) 열려 있지만 이 브라우저에 저장되지 않아, 새로 고치면 사라집니다.`,
  },
  en: {
    kept: (name: string) => `Local file "${name}": this link works only in this browser.`,
    notKept: (name: string) =>
      `"${name}" is open, but this browser did not keep it: it will be gone after a reload.`,
  },
}

/**
 * A file of the reader's own, once its fate is known: kept (its link works in this browser, and it
 * can be removed), or open now but not kept, in the reader's language (PRODUCT §7: nothing is
 * reported kept that was not).
 */
export function LocalNotice({ id }: { id: string }) {
  const text = TEXT[useLocale().locale]
  // No data: the file was read back from the store, so it is kept.
  const { data: keeping } = useQuery(keepStateQueryOptions(id))
  const isKept = keeping === undefined || keeping.status === 'kept'
  const saved = useQuery({ ...localListQueryOptions(), enabled: isKept })
  const name = keeping?.fileName ?? saved.data?.find((file) => file.id === id)?.fileName ?? id

  if (keeping?.status === 'not-kept') {
    return (
      <p role="status" className="notice source-notice">
        {text.notKept(name)}
      </p>
    )
  }
  if (!isKept) return null // said once known: nothing is reported kept before it is
  return (
    <div className="notice source-notice">
      <p>{text.kept(name)}</p>
      <RemoveLocalButton id={id} />
    </div>
  )
}
