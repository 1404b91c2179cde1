import { Component, type ReactNode } from 'react'
import { PageError } from './page-error.tsx'

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
    return this.state.error ? <PageError error={this.state.error} /> : this.props.children
  }
}
