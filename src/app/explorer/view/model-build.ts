import type { Slices } from '#core/slices.ts'
import { buildModelSlices, type TranscriptModel } from '#core/transcript-model.ts'
import type { Transcript } from '#core/transcript-schema.ts'

/** Work on the main thread at most this long before letting the page answer (PRODUCT §7: no task over 200 ms). */
const SLICE_MS = 25

/** A promise React's `use` reads at once when it is already settled. */
type TrackedPromise<T> = Promise<T> & {
  status?: 'fulfilled' | 'rejected'
  value?: T
  reason?: unknown
}

/** The model of one transcript, built a slice at a time. */
export type ModelBuild = { promise: Promise<TranscriptModel> }

// One build per transcript object: derived data, kept as long as the transcript is.
const builds = new WeakMap<Transcript, ModelBuild>()

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    // A message, not a timer: nested timers are clamped to 4 ms and more.
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

function runSlice(slices: Slices<TranscriptModel>) {
  const deadline = performance.now() + SLICE_MS
  for (;;) {
    const step = slices.next()
    if (step.done || performance.now() >= deadline) return step
  }
}

/**
 * Builds a transcript's model, the first slice at once (a small transcript is ready in it, so its
 * first render does not wait), the rest in later tasks so the page keeps answering.
 */
export function modelBuildFor(transcript: Transcript): ModelBuild {
  const known = builds.get(transcript)
  if (known !== undefined) return known
  const slices = buildModelSlices(transcript)
  // Called while rendering: an error thrown here reaches the page's error boundary.
  const first = runSlice(slices)
  let promise: TrackedPromise<TranscriptModel>
  if (first.done) {
    promise = Object.assign(Promise.resolve(first.value), {
      status: 'fulfilled' as const,
      value: first.value,
    })
  } else {
    promise = (async () => {
      for (;;) {
        await yieldToPage()
        const step = runSlice(slices)
        if (step.done) return step.value
      }
    })()
    promise.then(
      (value) => Object.assign(promise, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
    )
  }
  const build: ModelBuild = { promise }
  builds.set(transcript, build)
  return build
}
