import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, test } from 'vitest'
import { parseAnyTranscript } from '#core/parse-any.ts'
import { SEED_ANNOTATIONS_PATH, SEED_JSON_PATH, SEED_TEXT_PATH } from '../support/seed-files.ts'

const run = promisify(execFile)
const TSX = join('node_modules', '.bin', 'tsx')

async function cli(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [`src/cli/${script}.ts`, ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'daedam-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('ingest writes the seed JSON and prints a report of turns, notes, posts and mentions', async () => {
  const out = join(dir, 'benioff-davos-2025.json')
  const result = await cli('ingest', [
    SEED_TEXT_PATH,
    '--annotations',
    SEED_ANNOTATIONS_PATH,
    '--out',
    out,
  ])
  expect(result.code).toBe(0)
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(SEED_JSON_PATH, 'utf8'))
  expect(result.stdout).toMatch(/turns: 30/)
  expect(result.stdout).toMatch(/진행자 \(host\): 15/)
  expect(result.stdout).toMatch(/translator's notes: 2/)
  expect(result.stdout).toMatch(/related posts: 5/)
  expect(result.stdout).toMatch(/larry-ellison\s+4/)
  expect(result.stdout).toMatch(/warnings: 0/)
}, 30_000)

test('ingest on bad input exits 1 with line-numbered errors and leaves the output untouched', async () => {
  const input = join(dir, 'bad.txt')
  const out = join(dir, 'kept.json')
  writeFileSync(input, '(* 주석이 먼저 옵니다)\n진행자 - 안녕하세요.\n')
  writeFileSync(out, 'previous content')
  const result = await cli('ingest', [input, '--out', out])
  expect(result.code).toBe(1)
  expect(result.stderr).toMatch(/line 1: a translator's note/)
  expect(readFileSync(out, 'utf8')).toBe('previous content')
}, 30_000)

test.each([
  ['its first context line', '아폴로 11호 교신 기록\n'],
  ['its file name', '[Intro music]\n'],
])(
  'ingest titles a plain-text file by %s, as the app does when it opens it',
  async (_n, lead) => {
    const text = `${lead}진행자 - 어서 오세요.\n손님 - 반갑습니다.\n`
    const input = join(dir, 'Apollo 11 day 1.txt')
    const out = join(dir, 'apollo.json')
    writeFileSync(input, text)
    expect((await cli('ingest', [input, '--out', out])).code).toBe(0)
    const app = parseAnyTranscript(text, 'Apollo 11 day 1.txt')
    expect(app.ok && app.value.title).toBe(JSON.parse(readFileSync(out, 'utf8')).title)
  },
  30_000,
)

test('validate names turns[11].speaker when that speaker is unknown', async () => {
  const data = JSON.parse(readFileSync(SEED_JSON_PATH, 'utf8'))
  data.turns[11].speaker = 'hots'
  const file = join(dir, 'broken.json')
  writeFileSync(file, JSON.stringify(data))
  const result = await cli('validate', [file])
  expect(result.code).not.toBe(0)
  expect(result.stderr).toMatch(/turns\[11\]\.speaker: unknown speaker "hots"/)
}, 30_000)

test('validate accepts the published seed', async () => {
  const result = await cli('validate', [SEED_JSON_PATH])
  expect(result.code).toBe(0)
  expect(result.stdout).toMatch(/valid \(format v1, 30 turns/)
}, 30_000)

// Issue 15: the CLI never destroys input and fails in one line.

/** A fresh directory holding copies of the seed's transcript and annotations. */
function seedCopies() {
  const here = mkdtempSync(join(dir, 'inputs-'))
  const transcript = join(here, 't.txt')
  const annotations = join(here, 'a.json')
  copyFileSync(SEED_TEXT_PATH, transcript)
  copyFileSync(SEED_ANNOTATIONS_PATH, annotations)
  return { here, transcript, annotations }
}

function expectOneLineError(result: { code: number; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(1)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}

test('row 12: ingest refuses an --out that is its transcript or its annotations, changing neither', async () => {
  const { here, transcript, annotations } = seedCopies()
  symlinkSync(transcript, join(here, 'link.json'))
  mkdirSync(join(here, 'sub'))
  const outs = [transcript, join(here, 'sub', '..', 'a.json'), join(here, 'link.json')]
  for (const out of outs) {
    const result = await cli('ingest', [transcript, '--annotations', annotations, '--out', out])
    expectOneLineError(result, /is the input/)
  }
  expect(readFileSync(transcript)).toEqual(readFileSync(SEED_TEXT_PATH))
  expect(readFileSync(annotations)).toEqual(readFileSync(SEED_ANNOTATIONS_PATH))
}, 90_000)

test('row 13: an --out that is a directory or in a missing one fails in one line, leaving nothing', async () => {
  const { here, transcript, annotations } = seedCopies()
  mkdirSync(join(here, 'out'))
  const directory = await cli('ingest', [
    transcript,
    '--annotations',
    annotations,
    '--out',
    join(here, 'out'),
  ])
  expectOneLineError(directory, /is a directory/)
  const missing = join(here, 'missing', 'x.json')
  const inMissing = await cli('ingest', [
    transcript,
    '--annotations',
    annotations,
    '--out',
    missing,
  ])
  expectOneLineError(inMissing, /does not exist/)
  expect(readdirSync(here).sort()).toEqual(['a.json', 'out', 't.txt'])
  expect(readdirSync(join(here, 'out'))).toEqual([])
}, 60_000)

test('row 14: annotations saved with a byte-order mark are read like any other', async () => {
  const { here, transcript, annotations } = seedCopies()
  writeFileSync(annotations, `\uFEFF${readFileSync(annotations, 'utf8')}`)
  const out = join(here, 'benioff-davos-2025.json')
  const result = await cli('ingest', [transcript, '--annotations', annotations, '--out', out])
  expect(result.code).toBe(0)
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(SEED_JSON_PATH, 'utf8'))
}, 30_000)

test('row 14: truncated annotations are reported by line and column, without their text', async () => {
  const { here, transcript, annotations } = seedCopies()
  const text = readFileSync(annotations, 'utf8')
  writeFileSync(annotations, text.slice(0, text.indexOf('"entities"') + 30))
  const out = join(here, 'out.json')
  const result = await cli('ingest', [transcript, '--annotations', annotations, '--out', out])
  expectOneLineError(result, /a\.json: not valid JSON at line \d+, column \d+: the text ends early/)
  expect(result.stderr).not.toMatch(/entities/)
  expect(existsSync(out)).toBe(false)
}, 30_000)
