import type { Validation } from '#core/transcript-checks.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { PARSE_TIMEOUT_MS } from './limits.ts'

/** Parses a reader's file in a Web Worker (or, where there is none, in a lazily loaded module). */
export function parseTranscriptFile(
  text: string,
  fileName: string,
): Promise<Validation<Transcript>> {
  if (typeof Worker === 'undefined') {
    return import('#core/parse-any.ts').then(({ parseAnyTranscript }) =>
      parseAnyTranscript(text, fileName),
    )
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
    const finish = (result: Validation<Transcript>) => {
      window.clearTimeout(timer)
      worker.terminate()
      resolve(result)
    }
    const timer = window.setTimeout(
      () =>
        finish({
          ok: false,
          issues: [
            {
              path: '(file)',
              code: 'parse-timeout',
              params: { seconds: PARSE_TIMEOUT_MS / 1000 },
              message: `reading took longer than ${PARSE_TIMEOUT_MS / 1000} s and was stopped`,
            },
          ],
        }),
      PARSE_TIMEOUT_MS,
    )
    // The worker runs our own core on the file: what it posts back is its Validation result.
    worker.onmessage = (event: MessageEvent<Validation<Transcript>>) => finish(event.data)
    worker.onerror = (event) =>
      finish({
        ok: false,
        issues: [
          {
            path: '(file)',
            code: 'file-unreadable',
            message: event.message || 'the file could not be read',
          },
        ],
      })
    worker.postMessage({ text, fileName })
  })
}
