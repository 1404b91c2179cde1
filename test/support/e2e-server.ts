import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { LARGE_ID, largeTranscript } from './large-transcript.ts'

// The end-to-end tests drive the built app (`npm test` builds it first) served by `vite preview`.

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: PreviewServer | undefined

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first')
  // PRODUCT §7 scale: the 10,000-turn transcript, served beside the seed from the built app only.
  mkdirSync('dist/data', { recursive: true })
  writeFileSync(`dist/data/${LARGE_ID}.json`, JSON.stringify(largeTranscript()))
  server = await preview({
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'error',
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report a URL')
  project.provide('baseUrl', url.replace(/\/$/, ''))
}

export async function teardown() {
  await server?.close()
}
