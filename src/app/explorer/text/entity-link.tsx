import type { MouseEvent, ReactNode } from 'react'
import { EMPTY_FILTERS } from '#core/filters.ts'
import { appHref, paths } from '../../paths.ts'
import { useExplorer } from '../view/explorer-context.tsx'

type EntityLinkProps = {
  /** The entity this link names; undefined for "clear the selection". */
  entity: string | undefined
  /** A click on a selected entity's link clears the selection. */
  isSelected?: boolean
  className?: string
  'aria-label'?: string
  'aria-current'?: 'true' | undefined
  children: ReactNode
}

/** A plain click, which the app may take over; others (new tab, new window) go to the browser. */
export function isPlainClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  )
}

/**
 * Every way to select an entity is this link (PRODUCT §5.2): a mention, the sidebar, the ✕ of the
 * selection. Its href names the entity alone and never changes with the filters (for a new tab,
 * and so the text need not re-render when the filters do); a plain click selects it through the
 * one action, keeping the reader's filters and search.
 */
export function EntityLink({ entity, isSelected = false, children, ...rest }: EntityLinkProps) {
  const { source, actions } = useExplorer()
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainClick(event)) return
    event.preventDefault()
    actions.selectEntity(isSelected ? undefined : entity)
  }
  return (
    <a
      href={appHref(paths.view(source, { ...EMPTY_FILTERS, entity }))}
      onClick={handleClick}
      {...rest}
    >
      {children}
    </a>
  )
}
