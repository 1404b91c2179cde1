import type { TranscriptModel } from './transcript-model.ts'

/** A section or topic in the contents, with the turns it covers (indexes into the turns). */
export type ContentsEntry = { id: string; first: number; last: number; count: number }

export type Contents = { sections: ContentsEntry[]; topics: ContentsEntry[] }

/**
 * PRODUCT §5.8: the contents to jump by, in reading order. Sections as the transcript divides them:
 * one entry per run of turns a divider opens (so a section that comes back is listed again), and
 * only when the model keeps sections at all (the turns fall into more than one). Topics once each,
 * from their first to their last turn, with how many turns carry them, when they cover any. One
 * pass over the turns, and entries never list turns: 11,264 turns in six parts are six entries.
 */
export function listContents(model: TranscriptModel): Contents {
  const sections: ContentsEntry[] = []
  const topics = new Map<string, ContentsEntry>()
  model.transcript.turns.forEach((turn, index) => {
    const section = turn.section
    const open = sections.at(-1)
    // One entry per divider (derive-view.ts): a run goes on until another section opens.
    if (section !== undefined && model.sections.has(section)) {
      if (open?.id === section) {
        open.last = index
        open.count++
      } else sections.push({ id: section, first: index, last: index, count: 1 })
    }
    for (const id of new Set(turn.topics)) {
      if (!model.topics.has(id)) continue
      const entry = topics.get(id)
      if (entry === undefined) topics.set(id, { id, first: index, last: index, count: 1 })
      else {
        entry.last = index
        entry.count++
      }
    }
  })
  // A map keeps the order of first insertion: the order of first turns.
  return { sections, topics: [...topics.values()] }
}
