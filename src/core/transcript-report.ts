import { listDocumentTexts } from './document-texts.ts'
import { findMentionsInDocument } from './mentions.ts'
import type { Transcript } from './transcript-schema.ts'

export type TranscriptReport = {
  turns: number
  turnsBySpeaker: { id: string; name: string; turns: number }[]
  contextParagraphs: number
  notes: number
  relatedPosts: number
  mentionsByEntity: { id: string; label: string; mentions: number }[]
  warnings: string[]
}

/** What the ingest prints (PRODUCT §6): counts a reader of the report can check against the text, and warnings. */
export function reportTranscript(transcript: Transcript): TranscriptReport {
  const warnings: string[] = []
  const entities = transcript.entities ?? []
  const texts = listDocumentTexts(transcript)
  const mentions = findMentionsInDocument(
    entities,
    texts.map((t) => t.text.normalize('NFC')),
  )
  const counts = new Map<string, number>()
  for (const list of mentions)
    for (const m of list) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1)

  // Counted in one pass each, not per speaker or per topic: the report stays linear in the
  // transcript's size (150,000 speakers once kept the CLI busy for minutes, issue 15).
  const turnCounts = new Map<string, number>()
  const coveredTopics = new Set<string>()
  const untagged: string[] = []
  for (const turn of transcript.turns) {
    turnCounts.set(turn.speaker, (turnCounts.get(turn.speaker) ?? 0) + 1)
    for (const topic of turn.topics ?? []) coveredTopics.add(topic)
    if ((turn.topics?.length ?? 0) === 0) untagged.push(turn.id)
  }

  const turnsBySpeaker = transcript.speakers.map((speaker) => {
    const turns = turnCounts.get(speaker.id) ?? 0
    if (turns === 0) warnings.push(`speaker "${speaker.id}" has no turns`)
    return { id: speaker.id, name: speaker.name, turns }
  })
  const mentionsByEntity = entities.map((entity) => {
    const count = counts.get(entity.id) ?? 0
    if (count === 0) warnings.push(`entity "${entity.id}" is never mentioned (check its aliases)`)
    return { id: entity.id, label: entity.label[transcript.language] ?? entity.id, mentions: count }
  })
  for (const topic of transcript.topics ?? []) {
    if (!coveredTopics.has(topic.id)) warnings.push(`topic "${topic.id}" covers no turn`)
  }
  if ((transcript.topics?.length ?? 0) > 0 && untagged.length > 0) {
    warnings.push(`turns without a topic: ${untagged.join(', ')}`)
  }
  return {
    turns: transcript.turns.length,
    turnsBySpeaker,
    contextParagraphs: transcript.context?.length ?? 0,
    notes:
      transcript.turns.reduce((sum, t) => sum + (t.notes?.length ?? 0), 0) +
      (transcript.contextNotes?.length ?? 0),
    relatedPosts: transcript.relatedPosts?.length ?? 0,
    mentionsByEntity,
    warnings,
  }
}

/** The report as lines of plain text. */
export function formatReport(report: TranscriptReport): string {
  const lines = [
    `turns: ${report.turns}`,
    ...report.turnsBySpeaker.map((s) => `  ${s.name} (${s.id}): ${s.turns}`),
    `context paragraphs: ${report.contextParagraphs}`,
    `translator's notes: ${report.notes}`,
    `related posts: ${report.relatedPosts}`,
    `mentions per entity: ${report.mentionsByEntity.length} entities, ${report.mentionsByEntity.reduce((s, e) => s + e.mentions, 0)} mentions`,
    ...report.mentionsByEntity.map(
      (e) => `  ${e.id.padEnd(28)} ${String(e.mentions).padStart(3)}  ${e.label}`,
    ),
    `warnings: ${report.warnings.length}`,
    ...report.warnings.map((w) => `  ! ${w}`),
  ]
  return lines.join('\n')
}
