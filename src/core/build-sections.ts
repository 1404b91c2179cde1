import type { Annotations } from './annotations-schema.ts'
import type { ParsedText } from './parse-text.ts'
import type { Section } from './transcript-schema.ts'

/**
 * The id and label of each section of the text, by index: the annotated section with the same
 * label (the lead-in by id `lead-in`), or a generated one.
 */
export function buildSections(
  parsed: ParsedText,
  annotations: Annotations | undefined,
  language: string,
) {
  const annotated = annotations?.sections ?? []
  const leadIn = annotated.find((s) => s.id === 'lead-in')
  // Annotated sections by label, in order: each marker takes the first whose id is still free
  // (one pass over each list, however many sections there are).
  const byLabel = new Map<string, { list: Section[]; next: number }>()
  for (const s of annotated) {
    const entry = byLabel.get(s.label) ?? { list: [], next: 0 }
    entry.list.push(s)
    byLabel.set(s.label, entry)
  }
  const used = new Set<string>()
  const takeByLabel = (label: string): Section | undefined => {
    const entry = byLabel.get(label)
    if (entry === undefined) return undefined
    // `used` only grows, so a section passed over here is never free again.
    while (entry.next < entry.list.length && used.has(entry.list[entry.next]?.id ?? ''))
      entry.next++
    return entry.list[entry.next]
  }
  return parsed.sections.map((section, index): Section => {
    const match = index === 0 ? leadIn : takeByLabel(section.label)
    const id = match?.id ?? (index === 0 ? 'lead-in' : `section-${index}`)
    used.add(id)
    const label =
      match?.label ?? (index === 0 ? (language === 'ko' ? '도입' : 'Lead-in') : section.label)
    return { id, label }
  })
}
