import { useState } from 'react'
import type { PanelName } from './panel-toggles.tsx'

/**
 * Which panel is open as a sheet (phones, PRODUCT §5), and a toggle for it (no name: close). The
 * sheet stays open while `holds` (what the reader may choose in it: an entity, a file) is as it
 * was when it opened, so a choice made there closes it and the transcript shows the result.
 */
export function useSheet(...holds: unknown[]) {
  const [sheet, setSheet] = useState<[PanelName?, ...unknown[]]>([])
  const open = holds.every((value, i) => value === sheet[i + 1]) ? sheet[0] : undefined
  function toggle(name?: PanelName) {
    setSheet(name === open ? [] : [name, ...holds])
  }
  return [open, toggle] as const
}
