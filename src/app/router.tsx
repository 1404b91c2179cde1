import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router'
import { OpenerLayout } from './open/opener-layout.tsx'
import { ExplorerPage } from './explorer/explorer-page.tsx'
import { DEFAULT_TRANSCRIPT_ID, paths } from './paths.ts'
import { NotFoundPage } from './shell/not-found-page.tsx'

function DefaultTranscript() {
  // Keep any query and fragment: `/?topic=politics` opens the default transcript filtered, and
  // `/?src=<url>` opens the transcript at that address (PRODUCT §5.7).
  const { search, hash } = useLocation()
  const target = new URLSearchParams(search).has('src')
    ? '/remote'
    : paths.transcript(DEFAULT_TRANSCRIPT_ID)
  return <Navigate to={`${target}${search}${hash}`} replace />
}

// PRODUCT §5 routes. The app mounts them in a declarative <BrowserRouter> (no loaders are needed,
// and it weighs ~17 KB gzip less than a data router); tests mount the same list in memory.
export const routes: RouteObject[] = [
  {
    element: <OpenerLayout />,
    children: [
      { path: '/', element: <DefaultTranscript /> },
      { path: '/i/:transcriptId', element: <ExplorerPage kind="published" /> },
      { path: '/i/:transcriptId/t/:turnId', element: <ExplorerPage kind="published" /> },
      { path: '/local/:localId', element: <ExplorerPage kind="local" /> },
      { path: '/local/:localId/t/:turnId', element: <ExplorerPage kind="local" /> },
      { path: '/remote', element: <ExplorerPage kind="remote" /> },
      { path: '/remote/t/:turnId', element: <ExplorerPage kind="remote" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function AppRoutes() {
  return useRoutes(routes)
}
