import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
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
