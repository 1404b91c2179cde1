import { expect, test } from 'vitest'
import { compileQuery } from '#core/search-query.ts'
import { searchTexts } from '#core/search.ts'
import { buildModel } from '#core/transcript-model.ts'
import { readSeedTranscript } from '../support/seed-files.ts'

// Issue table: query → turns with hits, run against the seed.
const model = buildModel(readSeedTranscript())
const texts = model.texts.map((t) => t.text)

function search(query: string) {
  const compiled = compileQuery(query, model.transcript.entities ?? [])
  if (compiled === null) return null
  const perText = searchTexts(compiled, texts, model.mentions)
  const byTurn = new Map<string, string[]>()
  perText.forEach((hits, i) => {
    const where = model.texts[i]?.location
    if (hits.length === 0 || (where?.kind !== 'paragraph' && where?.kind !== 'note')) return
    const id = model.transcript.turns[where.turn]?.id ?? '?'
    byTurn.set(id, [
      ...(byTurn.get(id) ?? []),
      ...hits.map((h) => texts[i]?.slice(h.start, h.end) ?? ''),
    ])
  })
  return byTurn
}

test.each([
  // `ㄹㄹㅇㄹㅅ`: the initials of 래리 엘리슨, across the space.
  ['ㄹㄹㅇㄹㅅ', ['2', '4']],
  // `엘리스` on its way to `엘리슨`: turn 2 and also turn 4, which says 래리 엘리슨 and 엘리슨 연구소.
  ['엘리스', ['2', '4']],
  ['코파일럿'.normalize('NFD'), ['28']],
  // `Musk` finds 일론 머스크 through the entity's English name: turns 3, 4 and also 11.
  ['Musk', ['3', '4', '11']],
  ['Masayoshi', ['2']],
  ['공매도', ['4']],
])('%s finds turns %j', (query, turns) => {
  expect([...(search(query)?.keys() ?? [])]).toEqual(turns)
})

test('공매도 has two hits in turn 4', () => {
  expect(search('공매도')?.get('4')).toEqual(['공매도', '공매도'])
})

test('ㄹㄹㅇㄹㅅ highlights the name itself', () => {
  expect(search('ㄹㄹㅇㄹㅅ')?.get('2')).toEqual(['래리 엘리슨', '래리 엘리슨'])
})

test('a query with no hits finds nothing', () => {
  expect(search('블록체인')?.size).toBe(0)
})

test('a query of only spaces is no query', () => {
  expect(search('   ')).toBeNull()
})

test('a 500-character query finds nothing and does not throw', () => {
  expect(search('가나다라마'.repeat(100))?.size).toBe(0)
})

test.each([['(*'], ['.+'], ['[a-'], ['\\']])(
  'regex metacharacters %s are taken literally',
  (query) => {
    const found = search(query)
    const literal = model.transcript.turns.filter((turn) =>
      [...turn.paragraphs, ...(turn.notes ?? [])].some((p) => p.includes(query)),
    )
    expect([...(found?.keys() ?? [])]).toEqual(literal.map((t) => t.id))
  },
)
