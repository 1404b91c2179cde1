import type { Transcript } from '#core/transcript-schema.ts'

// Transcripts a reader opened from files are kept in this browser's IndexedDB, so their links
// survive a reload (PRODUCT §5.7). Nothing leaves the browser.

export type LocalTranscript = {
  id: string
  fileName: string
  savedAt: number
  transcript: Transcript
}
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

export async function getLocalTranscript(id: string): Promise<LocalTranscript | undefined> {
  const record: unknown = await withStore('readonly', (store) => store.get(id))
  return isLocalTranscript(record) ? record : undefined
}

export async function listLocalTranscripts(): Promise<LocalSummary[]> {
  if (typeof indexedDB === 'undefined') return []
  const records: unknown[] = await withStore('readonly', (store) => store.getAll())
  return records
    .filter(isLocalTranscript)
    .map((r) => ({ id: r.id, fileName: r.fileName, title: r.transcript.title, savedAt: r.savedAt }))
    .sort((a, b) => b.savedAt - a.savedAt)
}

export function deleteLocalTranscript(id: string): Promise<undefined> {
  return withStore('readwrite', (store) => store.delete(id))
}

function isLocalTranscript(value: unknown): value is LocalTranscript {
  if (value === null || typeof value !== 'object') return false
  const record = value as Partial<LocalTranscript>
  return (
    typeof record.id === 'string' &&
    typeof record.fileName === 'string' &&
    typeof record.transcript === 'object'
  )
}

/** A fresh id for a file: readable, and unique in this browser. */
export function newLocalId(transcriptId: string): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${transcriptId.slice(0, 40)}-${random}`
}
