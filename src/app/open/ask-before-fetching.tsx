import { RemoteConfirm } from './remote-confirm.tsx'

type AskBeforeFetchingProps = { url: string; onOpen: () => void }

/** Asks the reader before a `?src=` on another origin is fetched. */
export function AskBeforeFetching({ url, onOpen }: AskBeforeFetchingProps) {
  return <RemoteConfirm url={url} onOpen={onOpen} />
}
