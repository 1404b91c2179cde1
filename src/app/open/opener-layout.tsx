import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { errorMessage } from '#core/error-message.ts'
import { paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import { MAX_FILE_BYTES } from '../transcripts/limits.ts'
import { OpenerContext, type OpenState } from './opener-context.ts'
import { PageBoundary } from './page-boundary.tsx'
import { useFileDrop } from './use-file-drop.ts'

/**
 * Around every route: opens a reader's file (input or drop anywhere) and goes to its own route at
 * once; the explorer keeps it in this browser once it has shown it. A bad file leaves the current
 * page as it is and says why.
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
      setState({
        status: 'failed',
        name: file.name,
        issues: [{ path: '(file)', code: 'file-unreadable', message }],
      })
    if (file.size > MAX_FILE_BYTES) {
      setState({ status: 'too-large', name: file.name, size: file.size })
      return
    }
    setState({ status: 'reading', name: file.name })
    try {
      const [text, { parseTranscriptFile }, { stageOpenedFile }] = await Promise.all([
        file.text(),
        import('../transcripts/parse-file.ts'),
        import('../transcripts/keep-local.ts').then((keep) => {
          keep.warmStore()
          return keep
        }),
      ])
      const result = await parseTranscriptFile(text, file.name)
      if (request !== latest.current) return
      if (!result.ok) {
        setState({ status: 'failed', name: file.name, issues: result.issues })
        return
      }
      // PRODUCT §7: opening never waits on storage, and nothing is kept before it is shown.
      const source = stageOpenedFile(queryClient, {
        transcript: result.value,
        fileName: file.name,
        size: file.size,
      })
      setState({ status: 'idle' })
      navigate(paths.view(source))
    } catch (error) {
      if (request === latest.current) fail(errorMessage(error))
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
      <PageBoundary key={location.pathname}>
        <Outlet />
      </PageBoundary>
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('dropHere')}</p>
        </div>
      )}
    </OpenerContext>
  )
}
