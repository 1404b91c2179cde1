import type { Transcript } from './transcript-schema.ts'

// Mentions and search walk the transcript as one document, in reading order (PRODUCT §4, §5).

export type TextLocation =
  | { kind: 'context'; index: number }
  | { kind: 'context-note'; index: number }
  | { kind: 'paragraph'; turn: number; index: number }
  | { kind: 'note'; turn: number; index: number }
  | { kind: 'related'; index: number }

export type DocumentText = { location: TextLocation; text: string }

/** Every text a reader sees, in reading order: context, its notes, each turn's paragraphs then notes, related-post titles. */
export function listDocumentTexts(transcript: Transcript): DocumentText[] {
  const texts: DocumentText[] = []
  transcript.context?.forEach((text, index) =>
    texts.push({ location: { kind: 'context', index }, text }),
  )
  transcript.contextNotes?.forEach((text, index) =>
    texts.push({ location: { kind: 'context-note', index }, text }),
  )
  transcript.turns.forEach((turn, turnIndex) => {
    turn.paragraphs.forEach((text, index) =>
      texts.push({ location: { kind: 'paragraph', turn: turnIndex, index }, text }),
    )
    turn.notes?.forEach((text, index) =>
      texts.push({ location: { kind: 'note', turn: turnIndex, index }, text }),
    )
  })
  transcript.relatedPosts?.forEach((post, index) =>
    texts.push({ location: { kind: 'related', index }, text: post.title }),
  )
  return texts
}

/** The index of the turn a text belongs to, or undefined for context and related posts. */
export function turnOf(location: TextLocation | undefined): number | undefined {
  return location?.kind === 'paragraph' || location?.kind === 'note' ? location.turn : undefined
}
