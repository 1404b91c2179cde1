import { median, type CoreSearchTiming } from './core-search.ts'
import type { ConsoleEntry, RunResult } from './measure-page.ts'
import type { ActionTiming } from './page-probe.ts'

/** PRODUCT §7 bars. */
export const BARS = { firstTurnMs: 1000, firstTurnAimMs: 200, updateMs: 50, firstViewKb: 110 }

export type SizeResult = {
  /** The column's name: `10,000 turns`, or `10,000 turns × 10,000 entities`. */
  label: string
  turnCount: number
  transcriptId: string
  jsonBytes: number
  runs: RunResult[]
  core: CoreSearchTiming
  log: ConsoleEntry[]
  error?: string
}

export type Environment = {
  date: string
  cores: number
  cpu: string
  node: string
  chromium: string
  runs: number
  durationMs: number
  /** 1-minute load average when the bench started and ended: other work skews the timings. */
  load: [number, number]
}

type Row = { label: string; cell: (size: SizeResult) => string }

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0))

export function jsKb(run: RunResult): number {
  return run.scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024
}

/** Median over the runs, with the range when there is more than one run. */
function timing(pick: (run: RunResult) => number): (size: SizeResult) => string {
  return (size) => {
    const values = size.runs.map(pick)
    if (values.length === 0) return '—'
    const middle = ms(median(values))
    if (values.length === 1) return middle
    return `${middle} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`
  }
}

function action(label: string, pick: (run: RunResult) => ActionTiming): Row[] {
  return [
    { label: `${label}: DOM + rAF (ms)`, cell: timing((run) => pick(run).frameMs) },
    { label: `${label}: painted (ms)`, cell: timing((run) => pick(run).paintedMs) },
  ]
}

function whenRun(pick: (size: SizeResult) => string): (size: SizeResult) => string {
  return (size) => (size.runs.length === 0 ? '—' : pick(size))
}

const ROWS: Row[] = [
  { label: 'JSON file (KB)', cell: (size) => kb(size.jsonBytes) },
  {
    label: 'JS of the first view (KB gzip)',
    cell: whenRun((size) => median(size.runs.map(jsKb)).toFixed(1)),
  },
  { label: 'First turn in the DOM (ms)', cell: timing((run) => run.firstTurn.inDomMs) },
  { label: 'Time to first turn: DOM + rAF (ms)', cell: timing((run) => run.firstTurn.frameMs) },
  { label: 'First turn painted (ms)', cell: timing((run) => run.firstTurn.paintedMs) },
  ...action('Filter update (speaker 진행자)', (run) => run.filter),
  ...action('Entity selection (래리 엘리슨)', (run) => run.entity),
  ...action('Search keystroke (스타 → 스타게)', (run) => run.search),
  { label: 'Search core only, Node (ms, median of 20)', cell: (size) => ms(size.core.medianMs) },
  {
    label: 'JS heap after load, after GC (MB)',
    cell: whenRun((size) =>
      (median(size.runs.map((run) => run.heapBytes)) / 1024 / 1024).toFixed(1),
    ),
  },
  {
    label: 'DOM elements after load',
    cell: whenRun((size) => String(median(size.runs.map((r) => r.counts.elements)))),
  },
  {
    label: 'Turns in the DOM after load',
    cell: whenRun((size) => String(median(size.runs.map((r) => r.counts.turns)))),
  },
]

export function formatTable(sizes: readonly SizeResult[]): string {
  const header = `| Metric | ${sizes.map((s) => s.label).join(' | ')} |`
  const rule = `|---|${sizes.map(() => '--:').join('|')}|`
  const rows = ROWS.map((row) => `| ${row.label} | ${sizes.map(row.cell).join(' | ')} |`)
  return [header, rule, ...rows].join('\n')
}

function verdict(isMet: boolean): string {
  return isMet ? 'PASS' : 'MISS'
}

/** PASS/MISS lines against PRODUCT §7 (medians; updates judged at every size, DOM + rAF). */
export function formatBars(sizes: readonly SizeResult[]): string[] {
  const measured = sizes.filter((size) => size.runs.length > 0)
  const lines: string[] = []
  const seed = measured[0]
  if (seed !== undefined) {
    const js = median(seed.runs.map(jsKb))
    lines.push(
      `- ${verdict(js <= BARS.firstViewKb)} first-view JS ≤ ${BARS.firstViewKb} KB gzip: ${js.toFixed(1)} KB`,
    )
  }
  // The first-turn bar is set for the largest transcript; the many-entities column is a stress
  // test of the sidebar and is judged on its updates.
  const largest = measured.filter((size) => !size.label.includes('entities')).at(-1)
  if (largest !== undefined) {
    const frame = median(largest.runs.map((run) => run.firstTurn.frameMs))
    const painted = median(largest.runs.map((run) => run.firstTurn.paintedMs))
    const at = largest.label
    lines.push(
      `- ${verdict(frame <= BARS.firstTurnMs)} first turn ≤ ${BARS.firstTurnMs} ms at ${at}: ${ms(frame)} ms (painted ${ms(painted)} ms; aim ${BARS.firstTurnAimMs} ms)`,
    )
  }
  const updates: [string, (run: RunResult) => ActionTiming][] = [
    ['filter update', (run) => run.filter],
    ['entity selection', (run) => run.entity],
    ['search keystroke', (run) => run.search],
  ]
  for (const [name, pick] of updates) {
    const perSize = measured.map((size) => ({
      size,
      frame: median(size.runs.map((run) => pick(run).frameMs)),
      painted: median(size.runs.map((run) => pick(run).paintedMs)),
    }))
    const worst = perSize.reduce<(typeof perSize)[number] | undefined>(
      (max, item) => (max === undefined || item.frame > max.frame ? item : max),
      undefined,
    )
    if (worst === undefined) continue
    const detail = perSize.map((item) => `${item.size.label}: ${ms(item.frame)}`).join(', ')
    lines.push(
      `- ${verdict(worst.frame <= BARS.updateMs)} ${name} ≤ ${BARS.updateMs} ms at every size: ${detail} ms (painted at ${worst.size.label}: ${ms(worst.painted)} ms)`,
    )
  }
  return lines
}

/** Console errors and warnings per size, each distinct message once with its count. */
export function formatConsole(sizes: readonly SizeResult[]): string[] {
  const lines: string[] = []
  for (const size of sizes) {
    const counts = new Map<string, number>()
    for (const entry of size.log) {
      const key = `${entry.kind}: ${entry.text.slice(0, 400)}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const { label } = size
    if (counts.size === 0) lines.push(`- ${label}: none`)
    for (const [text, count] of counts)
      lines.push(`- ${label}: ${text}${count > 1 ? ` (×${count})` : ''}`)
  }
  return lines
}

/** The scripts behind the first-view figure, from the first measured page. */
function formatScripts(sizes: readonly SizeResult[]): string {
  const run = sizes.find((size) => size.runs.length > 0)?.runs[0]
  if (run === undefined) return 'First-view scripts: not measured.'
  const list = run.scripts.map(
    (script) => `${new URL(script.url).pathname} ${kb(script.gzipBytes)} KB`,
  )
  return `First-view scripts (loaded before the first turn): ${list.join(', ')}.`
}

export function formatReport(sizes: readonly SizeResult[], env: Environment): string {
  const failures = sizes.flatMap((size) =>
    size.error === undefined ? [] : [`- ${size.label}: ${size.error}`],
  )
  return [
    '## Daedam benchmark',
    '',
    `${env.date} · ${env.cores} cores · ${env.cpu} · Node ${env.node} · Chromium ${env.chromium} · median of ${env.runs} fresh page${env.runs === 1 ? '' : 's'} per size (min–max in brackets) · load average ${env.load[0].toFixed(1)} → ${env.load[1].toFixed(1)} · bench took ${(env.durationMs / 1000).toFixed(0)} s`,
    '',
    formatTable(sizes),
    '',
    'DOM + rAF: from navigation start (first turn) or the action, until the DOM shows the change, plus one animation frame. Painted: until that frame has been rendered (a task posted from rAF). Heap: CDP JSHeapUsedSize after a forced GC.',
    '',
    formatScripts(sizes),
    '',
    '### Bars (PRODUCT §7)',
    '',
    ...formatBars(sizes),
    '',
    '### Console errors and warnings',
    '',
    ...formatConsole(sizes),
    ...(failures.length > 0 ? ['', '### Failures', '', ...failures] : []),
  ].join('\n')
}
