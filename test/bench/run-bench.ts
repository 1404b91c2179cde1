import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { CHROMIUM_PATH, launchBrowser } from '../support/chromium.ts'
import { build, preview, type PreviewServer } from 'vite'
import { readSeed, SEED_ID, writeBenchTranscripts } from './bench-transcripts.ts'
import { timeCoreSearch } from './core-search.ts'
import {
  measureLoadAndClicks,
  measureSearch,
  SEARCH_AFTER,
  warmUp,
  type ConsoleEntry,
  type RunResult,
} from './measure-page.ts'
import { formatReport, jsKb, type SizeResult } from './report.ts'

// `npm run bench`: PRODUCT §7's numbers for the built app in headless Chromium, on the seed and on
// 1,000- and 10,000-turn transcripts made from it. Prints a Markdown report; exits 0 when a bar is
// missed (that is a result), 1 when the bench itself could not measure.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3)
const BENCH_SIZES = [1000, 10_000]
/** One fresh page, from navigation to its last interaction. */
const PAGE_TIMEOUT_MS = 60_000
/** One step inside the page (the first turn, one interaction). */
const ACTION_TIMEOUT_MS = 30_000

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`)
}

async function buildApp(outDir: string): Promise<void> {
  // base '/' whatever DAEDAM_BASE says, so the bench's URLs stay simple.
  await build({
    root: REPO_ROOT,
    base: '/',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  })
}

async function startServer(outDir: string): Promise<{ server: PreviewServer; baseUrl: string }> {
  const server = await preview({
    root: REPO_ROOT,
    base: '/',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) {
    await server.close()
    throw new Error('vite preview did not report a URL')
  }
  return { server, baseUrl: url.replace(/\/$/, '') }
}

/** Rejects with `message` after `ms`; the work itself is abandoned (the caller closes its pages). */
async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  work.catch(() => {}) // an abandoned run's own failure is not news
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function measureSize(
  browser: Browser,
  size: Omit<SizeResult, 'runs' | 'log'>,
  baseUrl: string,
  outDir: string,
): Promise<SizeResult> {
  const runs: RunResult[] = []
  const log: ConsoleEntry[] = []
  const { label } = size
  try {
    for (let i = 1; i <= RUNS; i++) {
      const what = `${label}, run ${i}/${RUNS}`
      const options = {
        baseUrl,
        outDir,
        transcriptId: size.transcriptId,
        actionTimeoutMs: ACTION_TIMEOUT_MS,
        log,
      }
      const limited = <T>(work: Promise<T>, page: string) =>
        withTimeout(
          work,
          PAGE_TIMEOUT_MS,
          `the ${page} page did not finish within ${PAGE_TIMEOUT_MS / 1000} s`,
        )
      try {
        const loaded = await limited(measureLoadAndClicks(browser, options), 'load-and-click')
        const searched = await limited(measureSearch(browser, options), 'search')
        const run: RunResult = { ...loaded, ...searched }
        runs.push(run)
        progress(
          `${what}: first turn ${run.firstTurn.frameMs.toFixed(0)} ms (painted ${run.firstTurn.paintedMs.toFixed(0)}), ` +
            `filter ${run.filter.frameMs.toFixed(1)} ms, entity ${run.entity.frameMs.toFixed(1)} ms, ` +
            `search ${run.search.frameMs.toFixed(1)} ms (${run.searchMarks.before} → ${run.searchMarks.after} marks), ` +
            `JS ${jsKb(run).toFixed(1)} KB, heap ${(run.heapBytes / 2 ** 20).toFixed(1)} MB`,
        )
      } catch (error) {
        // An abandoned page would keep the browser busy: close every page before going on.
        await Promise.all(browser.contexts().map((context) => context.close().catch(() => {})))
        throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        })
      }
    }
    return { ...size, runs, log }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    progress(`FAILED ${message}`)
    return { ...size, runs, log, error: message }
  }
}

async function main(): Promise<number> {
  const started = performance.now()
  const loadBefore = os.loadavg()[0] ?? 0
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'daedam-bench-'))
  let server: PreviewServer | undefined
  let browser: Browser | undefined
  try {
    progress(`building the app into ${outDir}`)
    await buildApp(outDir)
    const { transcript: seed, bytes: seedBytes } = await readSeed(REPO_ROOT)
    const generated = await writeBenchTranscripts(outDir, seed, BENCH_SIZES)
    for (const item of generated)
      progress(`wrote data/${item.id}.json: ${(item.bytes / 2 ** 20).toFixed(2)} MB`)

    const served = await startServer(outDir)
    server = served.server
    progress(`serving ${served.baseUrl}; launching ${CHROMIUM_PATH}`)
    browser = await launchBrowser()
    await withTimeout(
      warmUp(browser, served.baseUrl, SEED_ID, ACTION_TIMEOUT_MS),
      PAGE_TIMEOUT_MS,
      `the warm-up page (${SEED_ID}) did not show a turn within ${PAGE_TIMEOUT_MS / 1000} s`,
    )

    const plans = [
      {
        label: `${seed.turns.length} turns`,
        turnCount: seed.turns.length,
        transcriptId: SEED_ID,
        jsonBytes: seedBytes,
        transcript: seed,
      },
      ...generated.map((item) => ({
        label: item.label,
        turnCount: item.turnCount,
        transcriptId: item.id,
        jsonBytes: item.bytes,
        transcript: item.transcript,
      })),
    ]
    const sizes: SizeResult[] = []
    for (const { transcript, ...plan } of plans) {
      const core = timeCoreSearch(transcript, SEARCH_AFTER)
      sizes.push(await measureSize(browser, { ...plan, core }, served.baseUrl, outDir))
    }

    const report = formatReport(sizes, {
      date: new Date().toISOString(),
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      node: process.version,
      chromium: browser.version(),
      runs: RUNS,
      durationMs: performance.now() - started,
      load: [loadBefore, os.loadavg()[0] ?? 0],
    })
    process.stdout.write(`${report}\n`)
    return sizes.some((size) => size.error !== undefined) ? 1 : 0
  } finally {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    await rm(outDir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exit(1)
  },
)
