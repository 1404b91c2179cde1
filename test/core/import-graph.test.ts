import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { expect, test } from 'vitest'

// STYLE §1: imports go one way, cli → core ← app, and no files or folders under src/ import each
// other in a loop (issue 9). Every import counts: static, dynamic, type-only and re-exports.

const ROOT = resolve(import.meta.dirname, '../..')
const SRC = join(ROOT, 'src')

type Module = { file: string; imports: string[]; packages: string[] }

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listSources(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Repository-relative path of what `specifier` in `from` points at, or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  let target: string
  if (specifier.startsWith('#core/')) target = join(SRC, 'core', specifier.slice('#core/'.length))
  else if (specifier.startsWith('.')) target = resolve(dirname(from), specifier)
  else return undefined
  if (!existsSync(target)) throw new Error(`${rel(from)} imports "${specifier}", which is missing`)
  return rel(target)
}

function rel(path: string): string {
  return relative(ROOT, path).split('\\').join('/')
}

function readModules(): Module[] {
  return listSources(SRC).map((path) => {
    // TypeScript's own scanner: it sees `import()` and `export … from`, and skips comments.
    const found = ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles
    const imports: string[] = []
    const packages: string[] = []
    for (const { fileName } of found) {
      const target = resolveImport(path, fileName)
      if (target === undefined) packages.push(fileName)
      else imports.push(target)
    }
    return { file: rel(path), imports, packages }
  })
}

/** A loop in the graph, as `a → b → a`, or undefined when there is none. */
function findCycle(edges: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next]
      if (state.get(next) === undefined) {
        const cycle = visit(next)
        if (cycle !== undefined) return cycle
      }
    }
    stack.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of [...edges.keys()].sort()) {
    if (state.get(node) !== undefined) continue
    const cycle = visit(node)
    if (cycle !== undefined) return cycle
  }
  return undefined
}

function addEdge(edges: Map<string, Set<string>>, from: string, to: string) {
  const targets = edges.get(from) ?? new Set<string>()
  targets.add(to)
  edges.set(from, targets)
}

/** A folder and a folder inside it are one part (a feature and its pieces), not two. */
function isWithin(folder: string, other: string): boolean {
  return folder === other || other.startsWith(`${folder}/`) || folder.startsWith(`${other}/`)
}

function folderEdges(modules: Module[]): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  for (const { file, imports } of modules) {
    for (const target of imports) {
      const from = dirname(file)
      const to = dirname(target)
      if (!isWithin(from, to)) addEdge(edges, from, to)
    }
  }
  return edges
}

function layerOf(file: string): string {
  return file.split('/')[1] ?? ''
}

const modules = readModules()

test('the scan sees every layer and the imports between them', () => {
  const files = modules.map((m) => m.file)
  expect(files).toContain('src/core/transcript-checks.ts')
  expect(files).toContain('src/cli/validate.ts')
  expect(files.some((f) => f.startsWith('src/app/'))).toBe(true)
  const validate = modules.find((m) => m.file === 'src/cli/validate.ts')
  expect(validate?.imports).toContain('src/core/validate-transcript.ts')
})

test('the loop finder names a loop of files and of folders', () => {
  const edges = new Map<string, Set<string>>()
  addEdge(edges, 'a.ts', 'b.ts')
  addEdge(edges, 'b.ts', 'c.ts')
  expect(findCycle(edges)).toBeUndefined()
  addEdge(edges, 'c.ts', 'a.ts')
  expect(findCycle(edges)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
  const folders = folderEdges([
    { file: 'src/app/explorer/page.tsx', imports: ['src/app/open/status.tsx'], packages: [] },
    { file: 'src/app/open/status.tsx', imports: ['src/app/explorer/query.ts'], packages: [] },
    { file: 'src/app/explorer/query.ts', imports: ['src/app/paths.ts'], packages: [] },
    { file: 'src/app/router.tsx', imports: ['src/app/explorer/page.tsx'], packages: [] },
  ])
  expect(findCycle(folders)).toEqual(['src/app/explorer', 'src/app/open', 'src/app/explorer'])
})

test('no files under src/ import each other in a loop', () => {
  const edges = new Map<string, Set<string>>()
  for (const { file, imports } of modules) for (const to of imports) addEdge(edges, file, to)
  expect(findCycle(edges)?.join(' → ')).toBeUndefined()
})

// Folders under src/ (core, cli, app and the feature folders inside app) import each other
// one way only. A folder's own subfolders are part of it: only loops between folders that do not
// contain one another count.
test('no folders under src/ import each other in a loop', () => {
  expect(findCycle(folderEdges(modules))?.join(' → ')).toBeUndefined()
})

test('the core imports only the core and the schema library: no React, no Node', () => {
  const core = modules.filter((m) => layerOf(m.file) === 'core')
  expect(core.length).toBeGreaterThan(10)
  const outside = core.flatMap((m) =>
    m.imports.filter((to) => layerOf(to) !== 'core').map((to) => `${m.file} → ${to}`),
  )
  expect(outside).toEqual([])
  const packages = core.flatMap((m) => m.packages.map((p) => `${m.file} → ${p}`))
  expect(packages.filter((p) => !p.endsWith(' → zod/mini'))).toEqual([])
})

test('the CLI never imports the app, and the app never imports the CLI', () => {
  const crossing = modules.flatMap((m) =>
    m.imports
      .filter((to) => {
        const [from, into] = [layerOf(m.file), layerOf(to)]
        return (from === 'cli' && into === 'app') || (from === 'app' && into === 'cli')
      })
      .map((to) => `${m.file} → ${to}`),
  )
  expect(crossing).toEqual([])
})
