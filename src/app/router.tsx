import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router'
import { ExplorerPage } from './explorer/explorer-page.tsx'
import { DEFAULT_TRANSCRIPT_ID, paths } from './paths.ts'
import { NotFoundPage } from './shell/not-found-page.tsx'

function DefaultTranscript() {
  // Keep any query and fragment: `/?topic=politics` opens the default transcript filtered.
  const { search, hash } = useLocation()
  return <Navigate to={`${paths.transcript(DEFAULT_TRANSCRIPT_ID)}${search}${hash}`} replace />
}

// Exported on their own so tests mount the same routes in a memory router (STYLE §7).
export const routes: RouteObject[] = [
  { path: '/', element: <DefaultTranscript /> },
  { path: '/i/:transcriptId', element: <ExplorerPage /> },
  { path: '/i/:transcriptId/t/:turnId', element: <ExplorerPage /> },
  { path: '*', element: <NotFoundPage /> },
]

export const router = createBrowserRouter(routes, {
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
})
