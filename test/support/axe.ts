import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

/**
 * Runs axe-core on the whole document and returns its violations, one line each with the rule,
 * its impact, the offending nodes' selectors and why the first one fails, so a failure says what
 * to fix.
 *
 * The app's Content-Security-Policy forbids inline scripts, so `addScriptTag` cannot inject axe;
 * evaluating its source through the DevTools protocol is not subject to the page's CSP.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window)
  if (!hasAxe) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> }
    }
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target),
      // The first node's reason, e.g. the measured contrast and colours.
      why: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
    }))
  })
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((target) => JSON.stringify(target)).join(', ')} — ${v.why}`,
  )
}
