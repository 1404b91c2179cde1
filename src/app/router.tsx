import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router'
import { ExplorerPage } from './explorer/explorer-page.tsx'
import { DEFAULT_TRANSCRIPT_ID, paths } from './paths.ts'
import { NotFoundPage } from './shell/not-found-page.tsx'

function DefaultTranscript() {
  // Keep any query and fragment: `/?topic=politics` opens the default transcript filtered.
  const { search, hash } = useLocation()
  return <Navigate to={`${paths.transcript(DEFAULT_TRANSCRIPT_ID)}${search}${hash}`} replace />
}

// PRODUCT §5 routes. The app mounts them in a declarative <BrowserRouter> (no loaders are needed,
// and it weighs ~17 KB gzip less than a data router); tests mount the same list in memory.
export const routes: RouteObject[] = [
  { path: '/', element: <DefaultTranscript /> },
  { path: '/i/:transcriptId', element: <ExplorerPage /> },
  { path: '/i/:transcriptId/t/:turnId', element: <ExplorerPage /> },
  { path: '*', element: <NotFoundPage /> },
]

export function AppRoutes() {
  return useRoutes(routes)
}
