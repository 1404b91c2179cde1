import type { Transcript } from '#core/transcript-schema.ts'

// Transcripts a reader opened from files are kept in this browser's IndexedDB, so their links
// survive a reload (PRODUCT §5.7). Nothing leaves the browser.

export type LocalTranscript = {
  id: string
  fileName: string
  savedAt: number
  transcript: Transcript
}
/** As read back: the transcript is checked by the caller before use. */
type StoredRecord = { id: string; fileName: string; savedAt: number; transcript: unknown }
export type LocalSummary = { id: string; fileName: string; title: string; savedAt: number }

const DB_NAME = 'daedam'
const STORE = 'local-transcripts'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new Error('this browser keeps no local files (no IndexedDB)'))
  const open = indexedDB.open(DB_NAME, 1)
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' })
  return request(open)
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase()
  try {
    return await request(run(db.transaction(STORE, mode).objectStore(STORE)))
  } finally {
    db.close()
  }
}

export function saveLocalTranscript(record: LocalTranscript): Promise<IDBValidKey> {
  return withStore('readwrite', (store) => store.put(record))
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
    }))
    .sort((a, b) => b.savedAt - a.savedAt)
}

export function deleteLocalTranscript(id: string): Promise<undefined> {
  return withStore('readwrite', (store) => store.delete(id))
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

/** A fresh id for a file: readable, and unique in this browser. */
export function newLocalId(transcriptId: string): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${transcriptId.slice(0, 40)}-${random}`
}
