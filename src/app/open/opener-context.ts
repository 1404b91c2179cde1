import { createContext, useContext } from 'react'
import type { Issue } from '#core/transcript-checks.ts'

export type OpenState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'failed'; name: string; issues: Issue[] }
  | { status: 'too-large'; name: string; size: number }

export type Opener = { state: OpenState; openFile: (file: File) => void; dismiss: () => void }

export const OpenerContext = createContext<Opener | null>(null)

/** Opening a reader's own file, from any part of the page (PRODUCT §5.7). */
export function useOpener(): Opener {
  const opener = useContext(OpenerContext)
  if (opener === null) throw new Error('useOpener needs the OpenerLayout route')
  return opener
}
