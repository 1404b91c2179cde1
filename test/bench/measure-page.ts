import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import {
  PAGE_PROBE,
  probeCall,
  toActionTiming,
  toCounts,
  toFirstTurnTiming,
  toStrings,
  type ActionTiming,
  type FirstTurnTiming,
  type PageCounts,
} from './page-probe.ts'

/** The interactions, as a reader of the seed would do them (PRODUCT §5). */
export const SPEAKER_NAME = '진행자'
export const ENTITY_NAME = '래리 엘리슨'
export const ENTITY_ID = 'larry-ellison'
/** '스타' → '스타게' changes the hit count (8 → 4 in the seed); '엘리' → '엘리슨' would not. */
export const SEARCH_BEFORE = '스타'
export const SEARCH_AFTER = '스타게'

export type Script = { url: string; gzipBytes: number }

export type LoadAndClicks = {
  firstTurn: FirstTurnTiming
  scripts: Script[]
  heapBytes: number
  counts: PageCounts
  filter: ActionTiming
  filterOff: ActionTiming
  entity: ActionTiming
  entityOff: ActionTiming
}

export type SearchKeystroke = {
  search: ActionTiming
  searchMarks: { before: number; after: number }
}

/** One run: two fresh pages, so each stays well inside its time limit at 10,000 turns. */
export type RunResult = LoadAndClicks & SearchKeystroke

export type ConsoleEntry = { kind: 'error' | 'warning' | 'pageerror'; text: string }

export type RunOptions = {
  /** The app's origin, without a trailing slash. */
  baseUrl: string
  /** The built app, to gzip the scripts the page loaded. */
  outDir: string
  transcriptId: string
  /** Limit for one step in the page (each page has its own limit too). */
  actionTimeoutMs: number
  /** Console errors and warnings and uncaught errors are appended here. */
  log: ConsoleEntry[]
}

/**
 * Loads a transcript once, unmeasured: the first page of a freshly launched browser pays one-off
 * start-up costs (network service, code caches) that no reader's tab does.
 */
export async function warmUp(
  browser: Browser,
  baseUrl: string,
  transcriptId: string,
  timeoutMs: number,
): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ko-KR',
  })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(timeoutMs)
    await page.addInitScript(PAGE_PROBE)
    await page.goto(`${baseUrl}/i/${encodeURIComponent(transcriptId)}`, { waitUntil: 'commit' })
    await page.evaluate(probeCall('firstTurn', timeoutMs))
  } finally {
    await context.close()
  }
}

const gzipCache = new Map<string, number>()

/** The gzip size (zlib's default level, like the build's budget check) of a built file, by URL. */
async function gzipSize(outDir: string, url: string): Promise<number> {
  const file = path.join(outDir, decodeURIComponent(new URL(url).pathname))
  const cached = gzipCache.get(file)
  if (cached !== undefined) return cached
  const size = gzipSync(await readFile(file)).length
  gzipCache.set(file, size)
  return size
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')
    if (used === undefined) throw new Error('CDP Performance.getMetrics gave no JSHeapUsedSize')
    return used.value
  } finally {
    await cdp.detach()
  }
}

type ProbedPage = {
  page: Page
  run: (expression: string) => Promise<unknown>
  /** Waits until the DOM has been quiet for 300 ms (at most 10 s). */
  settle: () => Promise<unknown>
  firstTurn: FirstTurnTiming
}

/**
 * A fresh page (its own context: empty cache and storage) on `path`, with the probe installed and
 * console errors logged, once its first turn has been painted; closed after `use`.
 */
async function withProbedPage<T>(
  browser: Browser,
  options: RunOptions,
  pagePath: string,
  use: (probed: ProbedPage) => Promise<T>,
): Promise<T> {
  const limit = options.actionTimeoutMs
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ko-KR',
  })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(limit)
    page.on('pageerror', (error) => options.log.push({ kind: 'pageerror', text: error.message }))
    page.on('console', (message) => {
      const type = message.type()
      if (type !== 'error' && type !== 'warning') return
      const { url } = message.location()
      options.log.push({ kind: type, text: `${message.text()}${url ? ` (${url})` : ''}` })
    })
    await page.addInitScript(PAGE_PROBE)
    // Plain expressions via page.evaluate: the app's CSP forbids the string eval waitForFunction uses.
    const run = (expression: string) => page.evaluate(expression)
    const settle = () => run(probeCall('settle', 300, 10_000))

    await page.goto(`${options.baseUrl}${pagePath}`, { waitUntil: 'commit' })
    let firstTurn: FirstTurnTiming
    try {
      firstTurn = toFirstTurnTiming(await run(probeCall('firstTurn', limit)))
    } catch (error) {
      const body = await run('document.body?.innerText.slice(0, 300) ?? ""').catch(() => '?')
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(`${pagePath}: ${reason}; the page shows: ${JSON.stringify(body)}`, {
        cause: error,
      })
    }
    return await use({ page, run, settle, firstTurn })
  } finally {
    await context.close()
  }
}

function transcriptPath(options: RunOptions, query = ''): string {
  return `/i/${encodeURIComponent(options.transcriptId)}${query}`
}

/**
 * Page 1 of a run, on `/i/<transcriptId>`: first turn, first-view scripts and heap after load,
 * then a speaker filter and an entity selection, each from the unfiltered view (each is undone,
 * also timed, before the next) and timed inside the page.
 */
export function measureLoadAndClicks(
  browser: Browser,
  options: RunOptions,
): Promise<LoadAndClicks> {
  const limit = options.actionTimeoutMs
  return withProbedPage(
    browser,
    options,
    transcriptPath(options),
    async ({ page, run, settle, firstTurn }) => {
      const scriptUrls = toStrings(
        await run(probeCall('scriptsBefore', firstTurn.inDomMs)),
        'scripts',
      )
      const scripts = await Promise.all(
        scriptUrls.map(async (url) => ({ url, gzipBytes: await gzipSize(options.outDir, url) })),
      )
      await settle()
      const counts = toCounts(await run(probeCall('counts')))
      const heapBytes = await heapUsed(page)

      const filter = toActionTiming(
        await run(probeCall('toggleSpeaker', SPEAKER_NAME, limit)),
        'filter',
      )
      await settle()
      const filterOff = toActionTiming(
        await run(probeCall('toggleSpeaker', SPEAKER_NAME, limit)),
        'filter off',
      )
      await settle()

      const entity = toActionTiming(
        await run(probeCall('toggleEntity', ENTITY_NAME, ENTITY_ID, limit)),
        'entity',
      )
      await settle()
      const entityOff = toActionTiming(
        await run(probeCall('toggleEntity', ENTITY_NAME, ENTITY_ID, limit)),
        'entity off',
      )
      return { firstTurn, scripts, heapBytes, counts, filter, filterOff, entity, entityOff }
    },
  )
}

/**
 * Page 2 of a run, opened on `?q=<SEARCH_BEFORE>` (typing the query's start costs the same render
 * again, doubling the page's time at 10,000 turns): one more character typed, timed in the page.
 */
export function measureSearch(browser: Browser, options: RunOptions): Promise<SearchKeystroke> {
  const limit = options.actionTimeoutMs
  const query = `?q=${encodeURIComponent(SEARCH_BEFORE)}`
  return withProbedPage(
    browser,
    options,
    transcriptPath(options, query),
    async ({ run, settle }) => {
      await settle()
      const before = toCounts(await run(probeCall('counts'))).searchMarks
      if (before === 0) throw new Error(`?q=${SEARCH_BEFORE} shows no mark[data-search]`)
      const search = toActionTiming(
        await run(probeCall('typeSearch', SEARCH_AFTER, limit)),
        'search',
      )
      await settle()
      const after = toCounts(await run(probeCall('counts'))).searchMarks
      return { search, searchMarks: { before, after } }
    },
  )
}
