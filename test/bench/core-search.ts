import { compileQuery } from '#core/search-query.ts'
import { searchTexts } from '#core/search.ts'
import { buildModel } from '#core/transcript-model.ts'
import type { Transcript } from '#core/transcript-schema.ts'

export type CoreSearchTiming = { medianMs: number; hits: number; texts: number }

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

/**
 * The search core alone, in Node: compileQuery + searchTexts over the model's texts, as one
 * keystroke costs the app before React renders (median of `times`).
 */
export function timeCoreSearch(
  transcript: Transcript,
  query: string,
  times = 20,
): CoreSearchTiming {
  const model = buildModel(transcript)
  const texts = model.texts.map((t) => t.text)
  const entities = transcript.entities ?? []
  const durations: number[] = []
  let hits = 0
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    const compiled = compileQuery(query, entities)
    const perText = compiled === null ? [] : searchTexts(compiled, texts, model.mentions)
    durations.push(performance.now() - start)
    hits = perText.reduce((sum, list) => sum + list.length, 0)
  }
  return { medianMs: median(durations), hits, texts: texts.length }
}
