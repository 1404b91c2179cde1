import { vi } from 'vitest'

type Reply = () => Response

/**
 * Replaces the global `fetch` with one that answers with `replies` in order, one per request.
 * Like the real one it rejects with an AbortError when the request's signal aborts: under
 * StrictMode React mounts twice and TanStack Query aborts the first request, which must not use
 * up a reply. Once the replies run out, requests never settle (a load that hangs).
 */
export function stubFetch(...replies: Reply[]) {
  /** The URLs that were answered, in order. */
  const answered: string[] = []
  const fetch = vi.fn(
    (input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal ?? undefined
        const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'))
        if (signal?.aborted) return abort()
        signal?.addEventListener('abort', abort, { once: true })
        setTimeout(() => {
          if (signal?.aborted) return
          const reply = replies.shift()
          if (reply === undefined) return
          answered.push(input instanceof Request ? input.url : String(input))
          resolve(reply())
        }, 0)
      }),
  )
  vi.stubGlobal('fetch', fetch)
  return { fetch, answered }
}

export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  })
}
