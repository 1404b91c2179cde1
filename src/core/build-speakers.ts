import type { Annotations } from './annotations-schema.ts'
import type { ParsedText } from './parse-text.ts'
import { slugify } from './slugify.ts'
import type { Issue } from './transcript-checks.ts'
import { MAX_SPEAKER_LENGTH } from './transcript-rules.ts'
import type { Speaker } from './transcript-schema.ts'

/** An error names at most this many known speakers, so a long list never floods the output. */
const MAX_NAMES_SHOWN = 10

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES_SHOWN).join(', ')
  const more = names.length - MAX_NAMES_SHOWN
  return more > 0 ? `${shown}, and ${more} more` : shown
}

/**
 * The transcript's speakers and each speaker name in the text → its speaker. With annotations,
 * those speakers, and an issue for each name they do not know; without, one speaker per name,
 * its id a slug of the name.
 */
export function buildSpeakers(
  parsed: ParsedText,
  annotations: Annotations | undefined,
  issues: Issue[],
) {
  const byName = new Map<string, Speaker>()
  // A Set, not a list: with one lookup per turn, a list made 150,000 speakers quadratic.
  const names = new Set<string>()
  for (const turn of parsed.turns) names.add(turn.speakerName)

  if (annotations?.speakers !== undefined) {
    const known = new Map(annotations.speakers.map((s) => [s.name, s]))
    const knownNames = listNames([...known.keys()])
    for (const turn of parsed.turns) {
      const speaker = known.get(turn.speakerName)
      if (speaker !== undefined) byName.set(turn.speakerName, speaker)
      else if (!byName.has(turn.speakerName)) {
        issues.push({
          path: `line ${turn.line}`,
          code: 'annotation',
          params: { line: turn.line },
          message: `speaker "${turn.speakerName}" is not in the annotations (known: ${knownNames})`,
        })
      }
    }
    return { byName, speakers: annotations.speakers }
  }

  const used = new Set<string>()
  Array.from(names).forEach((name, index) => {
    let id = slugify(name) ?? `speaker-${index + 1}`
    while (used.has(id)) id = `${id}-${index + 1}`
    used.add(id)
    byName.set(name, { id, name: name.slice(0, MAX_SPEAKER_LENGTH), role: 'other' })
  })
  return { byName, speakers: [...byName.values()] }
}
