import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { useBrowser, withPage } from '../support/browser.ts'

// Deployable to any static host and base path. A build for /daedam/ is served by a plain
// file server that knows nothing of the app: unknown paths get 404.html, as on GitHub Pages.

const BASE = '/daedam/'
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
}

let outDir: string
let server: Server
let origin: string
const browser = useBrowser()

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'daedam-base-'))
  // Vitest runs with NODE_ENV=test, which would build React's development version.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      base: BASE,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const relative = path.startsWith(BASE) ? path.slice(BASE.length) : undefined
    const file =
      relative === undefined
        ? undefined
        : normalize(join(outDir, relative === '' ? 'index.html' : relative))
    if (
      file !== undefined &&
      file.startsWith(outDir) &&
      existsSync(file) &&
      statSync(file).isFile()
    ) {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      response.end(readFileSync(file))
      return
    }
    response.writeHead(404, { 'content-type': TYPES['.html'] })
    response.end(readFileSync(join(outDir, '404.html')))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120_000)

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  rmSync(outDir, { recursive: true, force: true })
})

test('the build has a 404.html fallback that is the app itself, with hashed asset names', () => {
  expect(readFileSync(join(outDir, '404.html'), 'utf8')).toBe(
    readFileSync(join(outDir, 'index.html'), 'utf8'),
  )
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toMatch(
    /src="\/daedam\/assets\/index-[\w-]+\.js"/,
  )
})

test('a deep link under the base path opens turn 17 on first load and on reload', async () => {
  const options = { origin, reducedMotion: 'no-preference' } as const
  await withPage(
    browser(),
    '/daedam/i/benioff-davos-2025/t/17',
    options,
    async ({ page, errors }) => {
      for (const round of ['first load', 'reload']) {
        if (round === 'reload') await page.reload()
        const turn = page.locator('#turn-17')
        await turn.waitFor()
        await expect.poll(() => turn.getAttribute('aria-current'), { message: round }).toBe('true')
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id), { message: round })
          .toBe('turn-17')
        const box = await turn.boundingBox()
        expect(box !== null && box.y >= 0 && box.y < 900, round).toBe(true)
      }
      expect(await page.locator('article[id^="turn-"]').count()).toBe(30)
      // Uncaught errors only: this server answers the deep link itself with a 404 status.
      expect(errors.filter((error) => error.startsWith('pageerror: '))).toEqual([])
    },
  )
})

test('in-app links and the copied link keep the base path', async () => {
  const options = { origin, height: 720, reducedMotion: 'no-preference' } as const
  await withPage(browser(), '/daedam/', options, async ({ page }) => {
    await page.waitForURL(`${origin}/daedam/i/benioff-davos-2025`)
    await page
      .locator('#turn-5')
      .getByRole('button', { name: /링크 복사/ })
      .click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}/daedam/i/benioff-davos-2025/t/5`,
    )
  })
})
