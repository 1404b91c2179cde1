import { lazy, type ComponentType } from 'react'

/**
 * A component loaded on demand, like `lazy`, that can also be fetched ahead with `preload`. Once
 * loaded it renders at once instead of suspending: React holds a fallback it has shown for 300 ms
 * before revealing what replaces it, so a lazy part that suspends even briefly appears late.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined
  const preload = () =>
    load().then((component) => {
      loaded = component
      return component
    })
  const Lazy = lazy(() => preload().then((component) => ({ default: component })))
  function Preloadable(props: P) {
    const Component = loaded ?? Lazy
    return <Component {...props} />
  }
  return Object.assign(Preloadable, { preload })
}
