import { lazy, Suspense } from 'react'

// Only a link to another origin needs it: loaded on demand, outside the first view (PRODUCT §7 size).
const RemoteConfirm = lazy(() =>
  import('./remote-confirm.tsx').then(({ RemoteConfirm }) => ({ default: RemoteConfirm })),
)

type AskBeforeFetchingProps = { url: string; onOpen: () => void }

/** Asks the reader before a `?src=` on another origin is fetched. */
export function AskBeforeFetching({ url, onOpen }: AskBeforeFetchingProps) {
  return (
    <Suspense fallback={null}>
      <RemoteConfirm url={url} onOpen={onOpen} />
    </Suspense>
  )
}
