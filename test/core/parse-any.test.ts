import { expect, test } from 'vitest'
import { parseAnyTranscript } from '#core/parse-any.ts'
import { readSeedText, SEED_JSON_PATH } from '../support/seed-files.ts'
import { readFileSync } from 'node:fs'

test('plain text is parsed as the plain-text format, titled after the file', () => {
  const result = parseAnyTranscript(readSeedText(), 'Benioff at Davos.txt')
  expect(result.ok && result.value.turns.length).toBe(30)
  expect(result.ok && [result.value.id, result.value.title]).toEqual([
    'benioff-at-davos',
    'Benioff at Davos',
  ])
})

test('JSON is validated as format v1', () => {
  const result = parseAnyTranscript(readFileSync(SEED_JSON_PATH, 'utf8'), 'seed.json')
  expect(result.ok && result.value.entities?.length).toBeGreaterThan(30)
})

test('broken JSON and junk are reported, not thrown', () => {
  expect(parseAnyTranscript('{"format":', 'x.json').ok).toBe(false)
  expect(parseAnyTranscript('\u0000\u0001binary junk', 'x.bin').ok).toBe(false)
})
