import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

// A server on 127.0.0.1 (another origin than the app's `vite preview`) that answers `?src=`
// requests the way hostile or broken hosts do. Each end-to-end test file starts and stops its own.

type Reply = (request: IncomingMessage, response: ServerResponse) => void

export type HostileServer = {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** The paths requested so far, in order (preflights included). */
  requests: string[]
  close: () => Promise<void>
}

/** Starts a server answering each path with its reply; unknown paths get a 404. */
export async function startHostileServer(routes: Record<string, Reply>): Promise<HostileServer> {
  const requests: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    requests.push(`${request.method ?? 'GET'} ${path}`)
    const reply = routes[path]
    if (reply === undefined) {
      response.writeHead(404, { 'access-control-allow-origin': '*' }).end()
      return
    }
    reply(request, response)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        // A request that is never answered keeps its socket open: end it, or close waits forever.
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Answers with `body` as `type`, readable by any origin (CORS) unless `cors` is false. */
export function answer(type: string, body: string, cors = true): Reply {
  return (_request, response) => {
    response.writeHead(200, {
      'content-type': type,
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    })
    response.end(body)
  }
}

/** Accepts the request and never answers it. */
export const neverAnswer: Reply = () => {}
