import type { Issue } from './transcript-checks.ts'

/**
 * More paragraphs and notes than this and a transcript is refused: the longest real transcripts
 * (an 11,264-turn mission log) have tens of thousands; a million one-letter paragraphs is an
 * attack on the reader's tab, not a transcript (PRODUCT §7 safety).
 */
export const MAX_TEXTS = 200_000

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0
}

/** Counts the texts of `data` cheaply, before any deep validation; too many is one issue. */
export function checkSize(data: unknown): Issue[] {
  const turns = (data as { turns?: unknown } | null)?.turns
  if (!Array.isArray(turns)) return []
  let count = 0
  for (const turn of turns) {
    if (turn === null || typeof turn !== 'object') continue
    const { paragraphs, notes } = turn as { paragraphs?: unknown; notes?: unknown }
    count += lengthOf(paragraphs) + lengthOf(notes)
  }
  if (count <= MAX_TEXTS) return []
  return [
    {
      path: 'turns',
      code: 'too-many-texts',
      params: { count, max: MAX_TEXTS },
      message: `holds ${count.toLocaleString('en')} paragraphs and notes, more than the ${MAX_TEXTS.toLocaleString('en')} Daedam can show`,
    },
  ]
}
