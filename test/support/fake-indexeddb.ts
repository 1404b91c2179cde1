// A small stand-in for the browser's IndexedDB (jsdom has none), with the failures a real one
// shows: an `open` that never answers, and a write refused for want of room. It covers what the
// app's local store uses: open with an upgrade, one object store keyed by `id`, and put, get,
// getAll and delete, each answered after a tick and committed with the transaction.

type Behaviour = 'works' | 'never-opens' | 'quota'
type Row = Record<string, unknown> & { id: string }

type FakeRequest = {
  result: unknown
  error: DOMException | null
  onsuccess: (() => void) | null
  onerror: (() => void) | null
  onupgradeneeded?: (() => void) | null
}

function request(): FakeRequest {
  return { result: undefined, error: null, onsuccess: null, onerror: null }
}

const later = (run: () => void) => setTimeout(run, 0)

/** A fake IndexedDB for one test; `rows` is its one object store, readable by the test. */
export function fakeIndexedDB(behaviour: Behaviour = 'works', initial: Row[] = []) {
  const rows = new Map<string, Row>(initial.map((row) => [row.id, structuredClone(row)]))
  let hasStore = initial.length > 0
  /** Every record a `put` was asked to write, kept or not. */
  const puts: Row[] = []

  function transaction() {
    const tx = {
      error: null as DOMException | null,
      oncomplete: null as (() => void) | null,
      onabort: null as (() => void) | null,
      abort() {
        tx.error ??= new DOMException('aborted', 'AbortError')
        later(() => tx.onabort?.())
      },
      objectStore() {
        const answer = (run: () => unknown) => {
          const req = request()
          later(() => {
            req.result = run()
            req.onsuccess?.()
            later(() => tx.oncomplete?.())
          })
          return req
        }
        return {
          put(row: Row) {
            puts.push(row)
            if (behaviour === 'quota') {
              const req = request()
              later(() => {
                req.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
                tx.error = req.error
                req.onerror?.()
                tx.onabort?.()
              })
              return req
            }
            return answer(() => rows.set(row.id, structuredClone(row)) && row.id)
          },
          get: (id: string) => answer(() => structuredClone(rows.get(id))),
          getAll: () => answer(() => [...rows.values()].map((row) => structuredClone(row))),
          delete: (id: string) => answer(() => void rows.delete(id)),
        }
      },
    }
    return tx
  }

  const db = {
    createObjectStore() {
      hasStore = true
    },
    transaction,
    close() {},
  }

  const factory = {
    open() {
      const req: FakeRequest = { ...request(), onupgradeneeded: null }
      if (behaviour === 'never-opens') return req
      later(() => {
        req.result = db
        if (!hasStore) req.onupgradeneeded?.()
        req.onsuccess?.()
      })
      return req
    },
  }
  return { indexedDB: factory, rows, puts }
}
