import { useMemo } from 'react'
import type { TranscriptModel } from '#core/transcript-model.ts'
import { useCursor } from './use-cursor.ts'
import type { Reveal } from './use-windowed-list.ts'

/**
 * The selected entity's mentions in reading order, the current one, and how many sit in turns the
 * filters hide: those are still counted and reachable (PRODUCT §5.2).
 */
export function useEntityMentions(
  model: TranscriptModel,
  entity: string | undefined,
  matches: readonly boolean[],
  reveal: Reveal,
  isHeld: boolean,
) {
  const mentions = useMemo(
    () => (entity === undefined ? [] : (model.mentionsByEntity.get(entity) ?? [])),
    [model, entity],
  )
  const cursor = useCursor(
    entity,
    mentions.length,
    (i) => {
      const mention = mentions[i]
      return (
        mention && {
          elementId: `mention-${mention.textIndex}-${mention.start}`,
          turn: mention.turn,
        }
      )
    },
    reveal,
    isHeld,
  )
  return {
    total: mentions.length,
    index: cursor.index,
    current: cursor.index === undefined ? undefined : mentions[cursor.index],
    outsideFilter: mentions.filter((m) => m.turn !== undefined && !matches[m.turn]).length,
    step: cursor.step,
  }
}
