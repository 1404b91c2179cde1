/** Why the browser did not keep a file: no store, no room, no answer in time, or another failure. */
export type StoreFailure = 'unavailable' | 'quota' | 'timeout' | 'failed'

/** A failure of this browser's store (IndexedDB), named so the reader can be told plainly. */
export class StoreError extends Error {
  readonly reason: StoreFailure

  constructor(reason: StoreFailure, options: { cause?: unknown } = {}) {
    super(`local store: ${reason}`, options)
    this.name = 'StoreError'
    this.reason = reason
  }
}

/** Any error from the store, as a reason a reader can be given. */
export function storeFailureOf(error: unknown): StoreFailure {
  if (error instanceof StoreError) return error.reason
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'quota'
  return 'failed'
}
