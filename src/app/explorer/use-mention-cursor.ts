import { useEffect, useState } from 'react'
import type { MentionRef } from '#core/transcript-model.ts'
import { scrollToElement } from './scroll.ts'

/**
 * Which mention of the selected entity is current. The position is kept per entity, so a new
 * selection starts at its first mention without an effect resetting state.
 */
export function useMentionCursor(entity: string | undefined, mentions: readonly MentionRef[]) {
  const [cursor, setCursor] = useState<{ entity: string | undefined; index: number }>({ entity: undefined, index: 0 })
  const index = cursor.entity === entity ? Math.min(cursor.index, Math.max(mentions.length - 1, 0)) : 0
  const current = entity === undefined ? undefined : mentions[index]

  function step(delta: number) {
    if (mentions.length === 0) return
    setCursor({ entity, index: (index + delta + mentions.length) % mentions.length })
  }

  const currentId = current === undefined ? undefined : `mention-${current.textIndex}-${current.start}`
  // Scrolling is the outside world: bring the current mention into view when it changes.
  useEffect(() => {
    if (currentId === undefined) return
    const element = document.getElementById(currentId)
    if (element !== null) scrollToElement(element)
  }, [currentId])

  return { index, current, step }
}
