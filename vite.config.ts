import react from '@vitejs/plugin-react'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/** PRODUCT §7: the JavaScript loaded to show the default transcript is at most 110 KB gzip. */
const FIRST_VIEW_BUDGET = 110 * 1024

/** Fails the build when the entry chunk and its static imports exceed the budget. */
function firstViewBudget(): Plugin {
  return {
    name: 'daedam-first-view-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((item) =>
          item.type === 'chunk' ? [[item.fileName, item] as const] : [],
        ),
      )
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry)
      if (entry === undefined) return
      const initial = new Set<string>()
      const visit = (name: string) => {
        if (initial.has(name)) return
        initial.add(name)
        chunks.get(name)?.imports.forEach(visit)
      }
      visit(entry.fileName)
      const bytes = [...initial].reduce(
        (sum, name) => sum + gzipSync(chunks.get(name)?.code ?? '').length,
        0,
      )
      const report = `first-view JavaScript: ${(bytes / 1024).toFixed(1)} KB gzip (${bytes} bytes) of ${FIRST_VIEW_BUDGET / 1024} KB (${initial.size} file${initial.size === 1 ? '' : 's'})`
      if (bytes > FIRST_VIEW_BUDGET) this.error(`${report}: over budget`)
      this.info(report)
    },
  }
}

/**
 * Static hosts without rewrite rules answer an unknown path with 404.html: make it the app, so a
 * deep link such as /i/benioff-davos-2025/t/17 survives a reload there.
 */
function spaFallbackPage(): Plugin {
  return {
    name: 'daedam-404-fallback',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (index?.type === 'asset')
        this.emitFile({ type: 'asset', fileName: '404.html', source: index.source })
    },
  }
}

// DAEDAM_BASE sets the sub-path the app is served from (for example `/daedam/`).
const base = process.env.DAEDAM_BASE ?? '/'

export default defineConfig({
  base,
  plugins: [react(), firstViewBudget(), spaFallbackPage()],
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules itself: no polyfill in the first view.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the first view imports in one file: without this, modules that lazy parts
        // share with it are split into extra small files the first view must fetch as well.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: false,
    // The headers README "Deploying" asks of a host (as in public/_headers): the page's own CSP
    // plus frame-ancestors, which a <meta> cannot carry, so no other site can frame the app.
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' http: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/app/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/e2e-server.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
