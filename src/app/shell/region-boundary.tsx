import { Component, type ReactNode } from 'react'
import { useLocale } from './locale.tsx'

type BoundaryState = { error: Error | undefined }

function RegionError({ error }: { error: Error }) {
  const { t } = useLocale()
  return (
    <p role="alert" className="region-error">
      {t('regionError', { message: error.message })}
    </p>
  )
}

/** One broken region shows an error in its place; the rest of the page keeps working. */
export class RegionBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  state: BoundaryState = { error: undefined }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  render() {
    return this.state.error ? <RegionError error={this.state.error} /> : this.props.children
  }
}
