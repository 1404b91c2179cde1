import type { Transcript } from '#core/transcript-schema.ts'
import { STORE_OPEN_TIMEOUT_MS, STORE_WRITE_TIMEOUT_MS } from './limits.ts'
import { StoreError, storeFailureOf } from './store-error.ts'

// Transcripts a reader opened from files are kept in this browser's IndexedDB, so their links
// survive a reload (PRODUCT §5.7). Nothing leaves the browser. Every call ends: a store that does
// not answer in time is a StoreError('timeout'), and a write given up on is aborted, so nothing is
// reported kept that was not (PRODUCT §7).

export type LocalTranscript = {
  id: string
  fileName: string
  savedAt: number
  /** The file's size in bytes, so two files of one title can be told apart. */
  size: number
  transcript: Transcript
}
/** As read back: the transcript is checked by the caller before use; older records have no size. */
type StoredRecord = {
  id: string
  fileName: string
  savedAt: number
  size?: number
  transcript: unknown
}
export type LocalSummary = {
  id: string
  fileName: string
  title: string
  savedAt: number
  size: number | undefined
}

const DB_NAME = 'daedam'
const STORE = 'local-transcripts'

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StoreError('unavailable'))
  return new Promise((resolve, reject) => {
    let isSettled = false
    const settle = (error: StoreError | undefined, db?: IDBDatabase) => {
      if (isSettled) {
        db?.close() // too late: the caller has been told it failed, and nothing is written
        return
      }
      isSettled = true
      window.clearTimeout(timer)
      if (db !== undefined) resolve(db)
      else reject(error ?? new StoreError('failed'))
    }
    const timer = window.setTimeout(() => settle(new StoreError('timeout')), STORE_OPEN_TIMEOUT_MS)
    try {
      const open = indexedDB.open(DB_NAME, 1)
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' })
      open.onsuccess = () => settle(undefined, open.result)
      open.onerror = () => settle(new StoreError(storeFailureOf(open.error), { cause: open.error }))
    } catch (cause) {
      settle(new StoreError(storeFailureOf(cause), { cause }))
    }
  })
}

let warmed: Promise<IDBDatabase> | undefined

/**
 * Starts opening the store while a file is still being read, without waiting on it: the save that
 * follows once the file is shown then finds the store ready, or already known not to answer.
 */
export function warmStore(): void {
  warmed ??= openDatabase()
  warmed.catch(() => undefined) // told to the save that takes it
}

/** Runs one request in its own transaction and resolves once the transaction has committed. */
async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const opening = warmed ?? openDatabase()
  warmed = undefined
  const db = await opening
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode)
      const fail = (cause: unknown) => {
        window.clearTimeout(timer)
        reject(new StoreError(storeFailureOf(cause), { cause }))
      }
      const timer = window.setTimeout(() => {
        reject(new StoreError('timeout'))
        try {
          transaction.abort()
        } catch {
          // Already finished or aborted: either way it is not reported kept.
        }
      }, STORE_WRITE_TIMEOUT_MS)
      let request: IDBRequest<T>
      try {
        request = run(transaction.objectStore(STORE))
      } catch (cause) {
        fail(cause)
        return
      }
      transaction.oncomplete = () => {
        window.clearTimeout(timer)
        resolve(request.result)
      }
      transaction.onabort = () => fail(transaction.error ?? request.error)
    })
  } finally {
    db.close()
  }
}

export async function saveLocalTranscript(record: LocalTranscript): Promise<void> {
  await withStore('readwrite', (store) => store.put(record))
}

export async function getLocalTranscript(id: string): Promise<StoredRecord | undefined> {
  const record: unknown = await withStore('readonly', (store) => store.get(id))
  return isStoredRecord(record) ? record : undefined
}

export async function listLocalTranscripts(): Promise<LocalSummary[]> {
  if (typeof indexedDB === 'undefined') return []
  const records: unknown[] = await withStore('readonly', (store) => store.getAll())
  return records
    .filter(isStoredRecord)
    .map((r) => ({
      id: r.id,
      fileName: r.fileName,
      title: titleOf(r.transcript) ?? r.fileName,
      savedAt: r.savedAt,
      size: r.size,
    }))
    .sort((a, b) => b.savedAt - a.savedAt)
}

export async function deleteLocalTranscript(id: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return
  await withStore('readwrite', (store) => store.delete(id))
}

function isStoredRecord(value: unknown): value is StoredRecord {
  if (value === null || typeof value !== 'object') return false
  return (
    'id' in value &&
    typeof value.id === 'string' &&
    'fileName' in value &&
    typeof value.fileName === 'string' &&
    'savedAt' in value &&
    typeof value.savedAt === 'number' &&
    (!('size' in value) || typeof value.size === 'number') &&
    'transcript' in value
  )
}

function titleOf(transcript: unknown): string | undefined {
  return transcript !== null &&
    typeof transcript === 'object' &&
    'title' in transcript &&
    typeof transcript.title === 'string'
    ? transcript.title
    : undefined
}
