import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { sourceQueryOptions } from '../explorer/transcript-query.ts'
import { paths, type TranscriptSource } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { RegionBoundary } from '../shell/region-boundary.tsx'
import { MAX_FILE_BYTES } from './limits.ts'
import { localListQueryOptions } from './local-queries.ts'
import { OpenerContext, type OpenState } from './opener-context.ts'
import { useFileDrop } from './use-file-drop.ts'

/**
 * Around every route: opens a reader's file (input or drop anywhere), keeps it in this browser
 * and goes to its own route; a bad file leaves the current page as it is and says why.
 */
export function OpenerLayout() {
  const { t } = useLocale()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [state, setState] = useState<OpenState>({ status: 'idle' })

  async function openFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setState({ status: 'too-large', name: file.name, size: file.size })
      return
    }
    setState({ status: 'reading', name: file.name })
    let text: string
    try {
      text = await file.text()
    } catch (error) {
      setState({
        status: 'failed',
        name: file.name,
        issues: [{ path: '(file)', message: String(error) }],
      })
      return
    }
    const [{ parseTranscriptFile }, store] = await Promise.all([
      import('./parse-file.ts'),
      import('./local-store.ts'),
    ])
    const result = await parseTranscriptFile(text, file.name)
    if (!result.ok) {
      setState({ status: 'failed', name: file.name, issues: result.issues })
      return
    }
    const source: TranscriptSource = { kind: 'local', id: store.newLocalId(result.value.id) }
    // Seed the cache first: the file opens even where the browser refuses to keep it.
    queryClient.setQueryData(sourceQueryOptions(source).queryKey, result.value)
    try {
      await store.saveLocalTranscript({
        id: source.id,
        fileName: file.name,
        savedAt: Date.now(),
        transcript: result.value,
      })
    } catch {
      // Not kept across reloads then; the page still shows it.
    }
    await queryClient.invalidateQueries({ queryKey: localListQueryOptions().queryKey })
    setState({ status: 'idle' })
    navigate(paths.view(source))
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
      <RegionBoundary>
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
