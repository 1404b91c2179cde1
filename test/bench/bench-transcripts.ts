import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Transcript } from '#core/transcript-schema.ts'
import { formatIssue } from '#core/transcript-checks.ts'
import { validateTranscript } from '#core/validate-transcript.ts'

export const SEED_ID = 'benioff-davos-2025'

/** A generated transcript as written into the built app's data/ folder. */
export type BenchTranscript = {
  id: string
  /** What it is, for the report: `10,000 turns`, `10,000 turns × 10,000 entities`. */
  label: string
  turnCount: number
  bytes: number
  transcript: Transcript
}

function validated(data: unknown, what: string): Transcript {
  const result = validateTranscript(data)
  if (!result.ok) {
    const issues = result.issues.slice(0, 10).map(formatIssue).join('\n  ')
    throw new Error(`${what} is not a valid transcript:\n  ${issues}`)
  }
  return result.value
}

/** The published seed (30 turns), validated rather than cast, and its file's size. */
export async function readSeed(
  repoRoot: string,
): Promise<{ transcript: Transcript; bytes: number }> {
  const file = path.join(repoRoot, 'public', 'data', `${SEED_ID}.json`)
  const source = await readFile(file)
  return { transcript: validated(JSON.parse(source.toString('utf8')), file), bytes: source.length }
}

/**
 * The seed stretched to `turnCount` turns: its turns repeated in order with ids "1".."N", so the
 * paragraphs, notes, speakers, sections and topics cycle; entities, context and related posts stay.
 */
export function repeatTranscript(seed: Transcript, turnCount: number, id: string): Transcript {
  const turns = Array.from({ length: turnCount }, (_, index) => {
    const source = seed.turns[index % seed.turns.length]
    if (source === undefined) throw new Error('the seed has no turns')
    return { ...source, id: String(index + 1) }
  })
  return { ...seed, id, title: `${seed.title} (${turnCount.toLocaleString('en-US')} turns)`, turns }
}

/**
 * `transcript` with `count` more entities (issue 15, row 7: a sidebar of thousands): entity i is
 * named `항목i` and mentioned once, at the start of turn i (of every turn, cycling).
 */
export function withManyEntities(transcript: Transcript, count: number, id: string): Transcript {
  const name = (i: number) => `항목${i}`
  return {
    ...transcript,
    id,
    title: `${transcript.title} × ${count.toLocaleString('en-US')} entities`,
    entities: [
      ...(transcript.entities ?? []),
      ...Array.from({ length: count }, (_, i) => ({
        id: `bench-entity-${i}`,
        type: 'concept' as const,
        label: { ko: name(i) },
        aliases: [name(i)],
      })),
    ],
    turns: transcript.turns.map((turn, i) => ({
      ...turn,
      paragraphs: turn.paragraphs.map((text, p) => (p === 0 ? `${name(i % count)} ${text}` : text)),
    })),
  }
}

/**
 * Writes `bench-<N>.json` for each size into `<outDir>/data/` (the built app, never public/),
 * compact like a production file, after validating it as the app's publishing pipeline would.
 */
export async function writeBenchTranscripts(
  outDir: string,
  seed: Transcript,
  sizes: readonly number[],
): Promise<BenchTranscript[]> {
  const dataDir = path.join(outDir, 'data')
  await mkdir(dataDir, { recursive: true })
  const written: BenchTranscript[] = []
  const write = async (id: string, label: string, data: Transcript) => {
    const json = JSON.stringify(data)
    const transcript = validated(JSON.parse(json), id)
    await writeFile(path.join(dataDir, `${id}.json`), json)
    written.push({
      id,
      label,
      turnCount: data.turns.length,
      bytes: Buffer.byteLength(json),
      transcript,
    })
  }
  for (const turnCount of sizes) {
    const id = `bench-${turnCount}`
    await write(
      id,
      `${turnCount.toLocaleString('en-US')} turns`,
      repeatTranscript(seed, turnCount, id),
    )
  }
  const most = Math.max(...sizes)
  const id = `bench-${most}-entities`
  const n = most.toLocaleString('en-US')
  await write(
    id,
    `${n} turns × ${n} entities`,
    withManyEntities(repeatTranscript(seed, most, id), most, id),
  )
  return written
}
