import { useQuery } from '@tanstack/react-query'
import { useLocale } from '../shell/locale.tsx'
import { keepStateQueryOptions } from '../transcripts/keep-state.ts'
import { localListQueryOptions } from '../transcripts/local-queries.ts'
import { RemoveLocalButton } from './remove-local-button.tsx'

/**
 * A file of the reader's own, once its fate is known: kept (its link works in this browser, and it
 * can be removed), or open now but not kept, in the reader's language (PRODUCT §7: nothing is
 * reported kept that was not).
 */
export function LocalNotice({ id }: { id: string }) {
  const { t } = useLocale()
  // No data: the file was read back from the store, so it is kept.
  const { data: keeping } = useQuery(keepStateQueryOptions(id))
  const isKept = keeping === undefined || keeping.status === 'kept'
  const saved = useQuery({ ...localListQueryOptions(), enabled: isKept })
  const name = keeping?.fileName ?? saved.data?.find((file) => file.id === id)?.fileName ?? id

  if (keeping?.status === 'not-kept') {
    return (
      <p role="status" className="notice source-notice">
        {t('notKept', { name })}
      </p>
    )
  }
  if (!isKept) return null // said once known: nothing is reported kept before it is
  return (
    <div className="notice source-notice">
      <p>{t('localNotice', { name })}</p>
      <RemoveLocalButton id={id} />
    </div>
  )
}
