import type { TranscriptSource } from '../paths.ts'

// One key scheme for every transcript, whatever its source (STYLE §3): components and the
// opener never build keys by hand.
export const transcriptKeys = {
  /** One transcript: published, opened from a file, or fetched from `?src=`. */
  source: (source: TranscriptSource) =>
    source.kind === 'remote'
      ? (['transcripts', 'source', 'remote', source.url] as const)
      : (['transcripts', 'source', source.kind, source.id] as const),
  /** The files this browser keeps. */
  localList: () => ['transcripts', 'local-list'] as const,
  /** Whether a file opened in this visit has been kept yet. */
  keeping: (id: string) => ['transcripts', 'keeping', id] as const,
}
