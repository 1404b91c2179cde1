import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { MAX_FILE_BYTES } from '../transcripts/limits.ts'
import { localListQueryOptions } from '../transcripts/local-queries.ts'
import { sourceQueryOptions } from '../transcripts/transcript-queries.ts'
import { paths, type TranscriptSource } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { OpenerContext, type OpenState } from './opener-context.ts'
import { useFileDrop } from './use-file-drop.ts'

/**
 * Around every route: opens a reader's file (input or drop anywhere), keeps it in this browser
 * and goes to its own route; a bad file leaves the current page as it is and says why.
 */
export function OpenerLayout() {
  const { t } = useLocale()
  const navigate = useNavigate()
  const location = useLocation()
  const queryClient = useQueryClient()
  const [state, setState] = useState<OpenState>({ status: 'idle' })

  // Only the latest file counts: a slower, earlier one must not navigate away from it.
  const latest = useRef(0)

  async function openFile(file: File) {
    const request = ++latest.current
    const fail = (message: string) =>
      setState({ status: 'failed', name: file.name, issues: [{ path: '(file)', message }] })
    if (file.size > MAX_FILE_BYTES) {
      setState({ status: 'too-large', name: file.name, size: file.size })
      return
    }
    setState({ status: 'reading', name: file.name })
    try {
      const [text, { parseTranscriptFile }, store] = await Promise.all([
        file.text(),
        import('../transcripts/parse-file.ts'),
        import('../transcripts/local-store.ts'),
      ])
      const result = await parseTranscriptFile(text, file.name)
      if (request !== latest.current) return
      if (!result.ok) {
        setState({ status: 'failed', name: file.name, issues: result.issues })
        return
      }
      const source: TranscriptSource = { kind: 'local', id: store.newLocalId(result.value.id) }
      // Seed the cache first: the file opens even where the browser refuses to keep it.
      queryClient.setQueryData(sourceQueryOptions(source).queryKey, result.value)
      await store
        .saveLocalTranscript({
          id: source.id,
          fileName: file.name,
          savedAt: Date.now(),
          transcript: result.value,
        })
        .catch(() => undefined) // not kept across reloads then; the page still shows it
      await queryClient.invalidateQueries({ queryKey: localListQueryOptions().queryKey })
      if (request !== latest.current) return
      setState({ status: 'idle' })
      navigate(paths.view(source))
    } catch (error) {
      if (request === latest.current) fail(error instanceof Error ? error.message : String(error))
    }
  }

  const isDragging = useFileDrop((file) => void openFile(file))
  const opener = {
    state,
    openFile: (file: File) => void openFile(file),
    dismiss: () => setState({ status: 'idle' }),
  }
  return (
    <OpenerContext value={opener}>
      {/* Nothing ever leaves a blank page: a page that fails to render says so. */}
      <RegionBoundary key={location.pathname}>
        <Outlet />
      </RegionBoundary>
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('dropHere')}</p>
        </div>
      )}
    </OpenerContext>
  )
}
