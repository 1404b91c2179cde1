import { Component, lazy, Suspense, type ReactNode } from 'react'

// Rare: the error page loads when a page fails (PRODUCT §7 size).
const PageError = lazy(() =>
  import('./page-error.tsx').then((module) => ({ default: module.PageError })),
)

type PageBoundaryState = { error: Error | undefined }

/**
 * A route that fails to render shows a short error page instead of a blank one (PRODUCT §5.6),
 * with a way on; a kept file that fails can be removed there (PRODUCT §7).
 */
export class PageBoundary extends Component<{ children: ReactNode }, PageBoundaryState> {
  state: PageBoundaryState = { error: undefined }

  static getDerivedStateFromError(error: unknown): PageBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  render() {
    if (this.state.error === undefined) return this.props.children
    return (
      <Suspense fallback={null}>
        <PageError error={this.state.error} />
      </Suspense>
    )
  }
}
