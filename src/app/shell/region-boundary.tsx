import { Component, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useLocale } from './locale.tsx'

/** An error message is cut to this length: it may quote input (PRODUCT §7 safety). */
const MAX_MESSAGE = 200

/** An error's own text, cut short: errors never dump input (PRODUCT §7). */
export function shortMessage(error: Error): string {
  return error.message.length > MAX_MESSAGE
    ? `${error.message.slice(0, MAX_MESSAGE)}…`
    : error.message
}

type BoundaryProps = { resetKey: string; children: ReactNode }
type BoundaryState = { error: Error | undefined; resetKey: string }

function RegionError({ error }: { error: Error }) {
  const { t } = useLocale()
  const message = shortMessage(error)
  return (
    <p role="alert" className="region-error">
      {t('regionError', { message })}
    </p>
  )
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: undefined, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  // A navigation (Back, a link, a new query) gives the region another try.
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey }
  }

  render() {
    return this.state.error ? <RegionError error={this.state.error} /> : this.props.children
  }
}

/**
 * One broken region shows a short error in its place; the rest of the page keeps working, and
 * the next navigation renders the region again.
 */
export function RegionBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation()
  return <Boundary resetKey={key}>{children}</Boundary>
}
