import { describe, expect, test } from 'vitest'
import { findMentionsInDocument } from '#core/mentions.ts'
import type { SearchHit } from '#core/search-matcher.ts'
import { MAX_QUERY_LENGTH } from '#core/query-limit.ts'
import { compileQuery } from '#core/search-query.ts'
import { searchTexts } from '#core/search.ts'
import type { Entity } from '#core/transcript-schema.ts'

const ENTITIES: Entity[] = [
  {
    id: 'larry-ellison',
    type: 'person',
    label: { ko: '래리 엘리슨', en: 'Larry Ellison' },
    aliases: ['래리 엘리슨', 'Larry Ellison', '래리'],
  },
  {
    id: 'ellison-institutes',
    type: 'organization',
    label: { ko: '엘리슨 연구소', en: 'Ellison Institutes' },
    aliases: ['엘리슨 연구소'],
  },
  {
    id: 'masayoshi-son',
    type: 'person',
    label: { ko: '손정의', en: 'Masayoshi Son' },
    aliases: ['마사 손', '손정의'],
  },
  {
    id: 'elon-musk',
    type: 'person',
    label: { ko: '일론 머스크', en: 'Elon Musk' },
    aliases: ['일론 머스크', 'Elon Musk'],
  },
  {
    id: 'copilot',
    type: 'product',
    label: { ko: '코파일럿', en: 'Copilot' },
    aliases: ['코파일럿', 'Copilot'],
  },
]

/** The texts each hit covers, over all texts, in order. */
function searchFor(query: string, texts: string[], entities: Entity[] = ENTITIES): string[] {
  const compiled = compileQuery(query, entities)
  if (compiled === null) throw new Error(`nothing to search for in ${JSON.stringify(query)}`)
  const hits = searchTexts(compiled, texts, findMentionsInDocument(entities, texts))
  return hits.flatMap((list, i) => list.map((hit) => (texts[i] ?? '').slice(hit.start, hit.end)))
}

describe('queries', () => {
  test.each(['', ' ', '   ', '\t\n ', '\u3000'])('%j has nothing to search for', (query) => {
    expect(compileQuery(query, ENTITIES)).toBeNull()
  })

  test('the query is trimmed, NFC-normalised, ASCII-lower-cased and single-spaced', () => {
    expect(compileQuery('  Larry \n  Ellison ', ENTITIES)?.text).toBe('larry ellison')
    expect(compileQuery('코파일럿'.normalize('NFD'), ENTITIES)?.text).toBe('코파일럿')
  })

  test('a decomposed (NFD) query finds composed text', () => {
    expect(searchFor('코파일럿'.normalize('NFD'), ['사실 코파일럿(Copilot)은'])).toEqual([
      '코파일럿(Copilot)',
    ])
  })

  test('ASCII letters match whatever their case', () => {
    expect(searchFor('COPILOT', ['copilot, Copilot, COPILOT'], [])).toEqual([
      'copilot',
      'Copilot',
      'COPILOT',
    ])
  })

  test.each([
    ['(*', '(* 이 부분에서 (*', ['(*', '(*']],
    ['.+', 'a.+b 그리고 abc', ['.+']],
    ['a|b', 'a|b, a, b', ['a|b']],
    ['[ㄱ]', '[ㄱ] 가', ['[ㄱ]']],
    ['\\d', '\\d 1', ['\\d']],
    ['^$', 'x^$x', ['^$']],
  ])('regular-expression characters in %j are taken literally', (query, text, expected) => {
    expect(searchFor(query, [text], [])).toEqual(expected)
  })

  test('a space in the query matches any run of white space in the text', () => {
    expect(searchFor('래리   엘리슨', ['래리  엘리슨은'], [])).toEqual(['래리  엘리슨'])
  })

  test.each([
    ['a 500-character query of consonants', 'ㅎ'.repeat(500)],
    ['a 500-character query of syllables', '가나다라'.repeat(125)],
    ['a 500-character query of metacharacters', '(*.+[\\'.repeat(100)],
    ['a 10,000-character query', '엘리슨 '.repeat(2500)],
  ])('%s finds nothing and does not throw', (_, query) => {
    expect(searchFor(query, ['래리 엘리슨(Larry Ellison)은 하하하', 'ㅎㅎㅎ'])).toEqual([])
  })
})

describe('Korean', () => {
  test.each([
    ['ㄹㄹㅇㄹㅅ', '래리 엘리슨(Larry Ellison)은', ['래리 엘리슨']],
    ['ㄹㄹ ㅇㄹㅅ', '래리 엘리슨', ['래리 엘리슨']],
    ['ㄹㄹㅇㄹㅅ', '래리엘리슨', ['래리엘리슨']],
    ['ㅋㅍㅇㄹ', '사실 코파일럿(Copilot)은', ['코파일럿']],
    ['ㄹㄹ', '엘리슨', []],
    ['ㄹ', '마', []],
    ['ㅎ', '하 힣 ㅎ', ['하', '힣', 'ㅎ']],
    ['ㄳ', '감사합니다', ['감사']],
    ['ㅋㅋ', 'ㅋㅋ', ['ㅋㅋ']],
  ])('initial consonants %s in %s find %j', (query, text, expected) => {
    expect(searchFor(query, [text], [])).toEqual(expected)
  })

  test.each([
    ['엘리ㅅ', '엘리슨', ['엘리슨']],
    ['엘리ㅅ', '엘리스 엘리자', ['엘리스']],
    ['엘리스', '엘리슨', ['엘리슨']],
    ['엘리스', '엘리사', []],
    ['코파일러', '코파일럿', ['코파일럿']],
    ['엘릿', '엘리슨', ['엘리슨']],
    ['엘릿', '엘릿', ['엘릿']],
    ['엘릿', '엘리자', []],
    ['달', '닭', ['닭']],
    ['닭', '달걀 닭', ['달걀', '닭']],
    ['고', '과일', ['과']],
    ['엘리슨', '엘리스', []],
  ])('half-typed %s in %s finds %j', (query, text, expected) => {
    expect(searchFor(query, [text], [])).toEqual(expected)
  })

  test('only the last syllable counts as half-typed', () => {
    expect(searchFor('엘리슨', ['엘리슨 얼리슨'], [])).toEqual(['엘리슨'])
    expect(searchFor('얼리슨', ['엘리슨'], [])).toEqual([])
  })
})

describe('entity aliases', () => {
  test('an English alias finds the Korean mentions of its entity', () => {
    expect(searchFor('Musk', ['일론 머스크가 돈이 없어서', '일론 머스크를'])).toEqual([
      '일론 머스크',
      '일론 머스크',
    ])
  })

  test('a query in the aliases of two entities finds the mentions of both', () => {
    expect(
      searchFor('Ellison', ['래리 엘리슨은 제 멘토', '그런데 래리는', '엘리슨 연구소에']),
    ).toEqual(['래리 엘리슨', '래리', '엘리슨 연구소'])
  })

  test('a label in any language counts like an alias', () => {
    expect(searchFor('Masayoshi', ['마사 손(손정의)을 보거나'])).toEqual(['마사 손(손정의)'])
  })

  test('a one-character query does not go through entity names', () => {
    const compiled = compileQuery('M', ENTITIES)
    expect(compiled?.entities.size).toBe(0)
  })

  test('a query found in no name names no entity', () => {
    expect(compileQuery('Benioff', ENTITIES)?.entities.size).toBe(0)
  })
})

describe('hits', () => {
  test('overlapping text and entity hits merge into one', () => {
    expect(searchFor('Ellison', ['래리 엘리슨(Larry Ellison)은'])).toEqual([
      '래리 엘리슨(Larry Ellison)',
    ])
  })

  test('hits are sorted, apart, and indexed like the texts', () => {
    const texts = ['없음', 'Copilot 코파일럿 copilot', '', '코파일럿은']
    const compiled = compileQuery('copilot', ENTITIES)
    if (compiled === null) throw new Error('query should compile')
    const hits = searchTexts(compiled, texts, findMentionsInDocument(ENTITIES, texts))
    expect(hits).toEqual<SearchHit[][]>([
      [],
      [
        { start: 0, end: 7 },
        { start: 8, end: 12 },
        { start: 13, end: 20 },
      ],
      [],
      [{ start: 0, end: 4 }],
    ])
  })

  test('a compiled query can be searched again with the same result', () => {
    const texts = ['코파일럿 코파일럿']
    const compiled = compileQuery('ㅋㅍㅇㄹ', ENTITIES)
    if (compiled === null) throw new Error('query should compile')
    const mentions = findMentionsInDocument(ENTITIES, texts)
    expect(searchTexts(compiled, texts, mentions)).toEqual(searchTexts(compiled, texts, mentions))
    expect(searchTexts(compiled, texts, mentions)[0]).toHaveLength(2)
  })
})

describe('bounds (issue 15)', () => {
  test('a query longer than MAX_QUERY_LENGTH is cut there and says so', () => {
    const compiled = compileQuery(`${'가'.repeat(MAX_QUERY_LENGTH)}나다`, ENTITIES)
    expect(compiled?.text).toBe('가'.repeat(MAX_QUERY_LENGTH))
    expect(compiled?.isTruncated).toBe(true)
    expect(compileQuery('가'.repeat(MAX_QUERY_LENGTH), ENTITIES)?.isTruncated).toBe(false)
  })

  test('a cut query never ends in half a surrogate pair or in a space', () => {
    expect(compileQuery(`a${'🚀'.repeat(MAX_QUERY_LENGTH)}`, [])?.text).toBe(
      `a${'🚀'.repeat(MAX_QUERY_LENGTH / 2 - 1)}`,
    )
    expect(compileQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} b`, [])?.text).toBe(
      'a'.repeat(MAX_QUERY_LENGTH - 1),
    )
  })

  test('the cut query still finds its text', () => {
    const long = '래리 엘리슨 '.repeat(40)
    expect(searchFor(`${long}끝`, [long], [])).toEqual([long.slice(0, MAX_QUERY_LENGTH).trim()])
  })
})

describe('letter case', () => {
  test('a letter with a one-to-one case pair matches either case', () => {
    expect(searchFor('é', ['CAFÉ café'], [])).toEqual(['É', 'é'])
    expect(searchFor('Σ', ['σ Σ'], [])).toEqual(['σ', 'Σ'])
  })

  test('a non-ASCII letter never matches an ASCII one', () => {
    expect(searchFor('s', ['ſ s'], [])).toEqual(['s'])
    expect(searchFor('k', ['\u212A k'], [])).toEqual(['k'])
  })
})
