import { describe, expect, test } from 'vitest'
import { findMentions, findMentionsInDocument, type Mention } from '#core/mentions.ts'
import type { Entity } from '#core/transcript-schema.ts'

function entity(id: string, aliases: string[], type: Entity['type'] = 'person'): Entity {
  return { id, type, label: { ko: aliases[0] ?? id }, aliases }
}

// Small stand-ins for the seed's entities (PRODUCT §4), with the short aliases that make the
// table's cases hard: `래리` and `엘리슨` are parts of `래리 엘리슨`, `샘` of `샘 알트먼`.
const ENTITIES: Entity[] = [
  entity('larry-ellison', ['래리 엘리슨', 'Larry Ellison', '래리', '엘리슨']),
  entity('ellison-institutes', ['엘리슨 연구소', 'Ellison Institutes'], 'organization'),
  entity('masayoshi-son', ['마사 손', '손정의', 'Masayoshi Son']),
  entity('openai', ['오픈AI', 'OpenAI'], 'organization'),
  entity('sam-altman', ['샘 알트먼', 'Sam Altman', '샘']),
  entity('mustafa-suleyman', ['무스타파 술레이만', 'Mustafa Suleyman', '무스타파']),
  entity('united-states', ['미국', 'USA'], 'place'),
  entity('microsoft', ['마이크로소프트', 'Microsoft', 'MS'], 'organization'),
  entity('satya-nadella', ['사티아 나델라', 'Satya Nadella']),
]

/** Mentions as [entity, matched text] pairs, which read better in a table than offsets. */
function named(text: string, mentions: readonly Mention[]): [string, string][] {
  return mentions.map((m) => [m.entity, text.slice(m.start, m.end)])
}

function mentionsIn(text: string, entities: readonly Entity[] = ENTITIES): [string, string][] {
  return named(text, findMentions(entities, text))
}

function mentionsInDocument(texts: string[]): [string, string][][] {
  return findMentionsInDocument(ENTITIES, texts).map((list, i) => named(texts[i] ?? '', list))
}

describe('PRODUCT §4 table', () => {
  test.each<[string, [string, string][]]>([
    [
      '래리 엘리슨(Larry Ellison)은 제 멘토예요.',
      [['larry-ellison', '래리 엘리슨(Larry Ellison)']],
    ],
    [
      '아시다시피 래리 엘리슨은 제 멘토예요. 그런데 래리는 헬스케어의 미래에 대한 비전을 갖고 있어요.',
      [
        ['larry-ellison', '래리 엘리슨'],
        ['larry-ellison', '래리'],
      ],
    ],
    [
      '영국 옥스퍼드에 있는 엘리슨 연구소(Ellison Institutes)에 집중해온 겁니다.',
      [['ellison-institutes', '엘리슨 연구소(Ellison Institutes)']],
    ],
    ['마사 손(손정의)을 보거나', [['masayoshi-son', '마사 손(손정의)']]],
    ['오픈AI가 다른 플랫폼에 빨리 진출하는 것은', [['openai', '오픈AI']]],
    ['OpenAI와의 파트너십에 대해 언급', [['openai', 'OpenAI']]],
    ['우선 첫째, 미국은 인공지능과 기술 분야에서', [['united-states', '미국']]],
    ['저는 미국인이니까요.', []],
    [
      'MS CEO 사티아 나델라, OpenAI와의 파트너십에 대해 언급',
      [
        ['microsoft', 'MS'],
        ['satya-nadella', '사티아 나델라'],
        ['openai', 'OpenAI'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsIn(text)).toEqual(expected)
  })

  test('`래리는` before any full mention of Larry Ellison is not a mention', () => {
    expect(mentionsIn('그런데 래리는 헬스케어의 미래에 대한 비전을 갖고 있어요.')).toEqual([])
  })

  test('`래리는` after a full mention in an earlier text of the document is a mention', () => {
    expect(
      mentionsInDocument([
        '래리 엘리슨(Larry Ellison)을 보면 알 수 있죠.',
        '그런데 래리는 헬스케어',
      ]),
    ).toEqual([[['larry-ellison', '래리 엘리슨(Larry Ellison)']], [['larry-ellison', '래리']]])
  })

  test('`래리는` in an earlier text than the full mention is not a mention', () => {
    expect(mentionsInDocument(['그런데 래리는 헬스케어', '래리 엘리슨을 보면'])).toEqual([
      [],
      [['larry-ellison', '래리 엘리슨']],
    ])
  })

  test('`샘과 무스타파가` and `무스타파와 샘 간에` name Sam Altman and Mustafa Suleyman after their full names', () => {
    expect(
      mentionsInDocument([
        '무스타파 술레이만과 샘 알트먼(Sam Altman)은 사이가 좋지 않아요.',
        '샘과 무스타파가 같은 패널에 함께 나왔는데',
        '무스타파와 샘 간에 어느정도 갈등이 있는 것은',
      ]),
    ).toEqual([
      [
        ['mustafa-suleyman', '무스타파 술레이만'],
        ['sam-altman', '샘 알트먼(Sam Altman)'],
      ],
      [
        ['sam-altman', '샘'],
        ['mustafa-suleyman', '무스타파'],
      ],
      [
        ['mustafa-suleyman', '무스타파'],
        ['sam-altman', '샘'],
      ],
    ])
  })

  test('a full mention of one entity does not license the short alias of another', () => {
    expect(mentionsIn('샘 알트먼과 무스타파가')).toEqual([['sam-altman', '샘 알트먼']])
  })

  test('`엘리슨 연구소` is never Larry Ellison, even once `엘리슨` names him', () => {
    expect(mentionsIn('래리 엘리슨이 세운 엘리슨 연구소에, 엘리슨이')).toEqual([
      ['larry-ellison', '래리 엘리슨'],
      ['ellison-institutes', '엘리슨 연구소'],
      ['larry-ellison', '엘리슨'],
    ])
  })

  test('when the longest alias fails the right boundary, no shorter alias matches there', () => {
    expect(mentionsIn('래리 엘리슨이 세운 엘리슨 연구소장')).toEqual([
      ['larry-ellison', '래리 엘리슨'],
    ])
  })
})

describe('right boundary: particles agree with the final consonant', () => {
  const PARTICLE_ENTITIES = [
    entity('mustafa', ['무스타파']),
    entity('ellison', ['엘리슨']),
    entity('seoul', ['서울'], 'place'),
    entity('openai', ['OpenAI'], 'organization'),
  ]

  test.each([
    // after a vowel
    ['무스타파가', true],
    ['무스타파이', false],
    ['무스타파를', true],
    ['무스타파을', false],
    ['무스타파와', true],
    ['무스타파과', false],
    ['무스타파는', true],
    ['무스타파은', false],
    ['무스타파로', true],
    ['무스타파으로', false],
    ['무스타파랑', true],
    ['무스타파이랑', false],
    ['무스타파였다', true],
    ['무스타파다', true],
    ['무스타파예요', true],
    // after a consonant
    ['엘리슨이', true],
    ['엘리슨가', false],
    ['엘리슨은', true],
    ['엘리슨는', false],
    ['엘리슨으로', true],
    ['엘리슨로', false],
    ['엘리슨과의', true],
    ['엘리슨와', false],
    ['엘리슨이나', true],
    ['엘리슨나', false],
    ['엘리슨이라고', true],
    ['엘리슨라고', false],
    ['엘리슨이었다', true],
    ['엘리슨이다', true],
    ['엘리슨다', false],
    ['엘리슨이에요', true],
    // after ㄹ, (으)로 takes 로
    ['서울로', true],
    ['서울으로', false],
    ['서울이', true],
    // particles that agree with anything, and chains of them
    ['엘리슨의', true],
    ['엘리슨에', true],
    ['엘리슨에게', true],
    ['엘리슨에게서', true],
    ['엘리슨한테', true],
    ['엘리슨께서', true],
    ['엘리슨에서', true],
    ['엘리슨에서도', true],
    ['엘리슨에서는', true],
    ['엘리슨으로는', true],
    ['엘리슨부터', true],
    ['엘리슨까지', true],
    ['엘리슨처럼', true],
    ['엘리슨보다', true],
    ['엘리슨도', true],
    ['엘리슨만', true],
    ['엘리슨하고', true],
    ['엘리슨들이', true],
    ['엘리슨님께서', true],
    ['엘리슨씨', true],
    ['엘리슨측이', true],
    ['엘리슨요', true],
    ['엘리슨간에', true],
    ['무스타파에서였어요', true],
    ['엘리슨이었고요', true],
    // not particles
    ['엘리슨인', false],
    ['엘리슨스', false],
    ['엘리슨가문', false],
    ['엘리슨식', false],
    ['엘리슨abc', false],
    ['엘리슨2', false],
    ['엘리슨ㅋㅋ', false],
    // after a Latin letter either form is fine
    ['OpenAI가', true],
    ['OpenAI이', true],
    ['OpenAI를', true],
    ['OpenAI을', true],
    ['OpenAI로', true],
    ['OpenAI으로', true],
    ['OpenAIs', false],
    ['OpenAI2', false],
  ])('%s is a mention: %s', (text, expected) => {
    expect(findMentions(PARTICLE_ENTITIES, text).length).toBe(expected ? 1 : 0)
  })

  test.each([
    '무스타파',
    '무스타파 씨',
    '무스타파.',
    '무스타파,',
    '무스타파)',
    '무스타파—',
    '무스타파’',
    '무스타파”',
    '무스타파!',
    '무스타파?',
    '무스타파…',
    '무스타파\n',
  ])('%j ends a word', (text) => {
    expect(mentionsIn(text, PARTICLE_ENTITIES)).toEqual([['mustafa', '무스타파']])
  })

  test('after a gloss either form is fine, whatever the alias before it ends in', () => {
    expect(mentionsIn('래리 엘리슨(Larry Ellison)가')).toEqual([
      ['larry-ellison', '래리 엘리슨(Larry Ellison)'],
    ])
    expect(mentionsIn('래리 엘리슨(Larry Ellison)이')).toEqual([
      ['larry-ellison', '래리 엘리슨(Larry Ellison)'],
    ])
  })
})

describe('left boundary', () => {
  test.each([
    ['아미국', false],
    ['X미국', false],
    ['3미국', false],
    ['ㅋ미국', false],
    ['(미국)', true],
    ['“미국”', true],
    ['‘미국’', true],
    ['—미국—', true],
    ['\t미국', true],
    ['MSFT', false],
    ['xMS', false],
    ['(MS)', true],
  ])('%s holds a mention: %s', (text, expected) => {
    expect(findMentions(ENTITIES, text).length).toBe(expected ? 1 : 0)
  })
})

describe('matching', () => {
  test.each(['openai와', 'OPENAI와', 'oPeNaI와', '오픈ai가'])(
    'ASCII letters match case-insensitively: %s',
    (text) => {
      expect(mentionsIn(text)).toEqual([['openai', text.slice(0, text.length - 1)]])
    },
  )

  test('case-insensitive matching keeps offsets into the original text', () => {
    const text = 'İ larry ellison and LARRY ELLISON'
    expect(findMentions(ENTITIES, text)).toEqual([
      { start: 2, end: 15, entity: 'larry-ellison' },
      { start: 20, end: 33, entity: 'larry-ellison' },
    ])
  })

  test('offsets are UTF-16 indices, so an emoji before the alias counts as two', () => {
    const text = '🎉 래리 엘리슨은 🎉 미국에'
    expect(findMentions(ENTITIES, text)).toEqual([
      { start: 3, end: 9, entity: 'larry-ellison' },
      { start: 14, end: 16, entity: 'united-states' },
    ])
  })

  test('a gloss of another entity is not taken into the mention', () => {
    expect(mentionsIn('래리 엘리슨(OpenAI)은')).toEqual([
      ['larry-ellison', '래리 엘리슨'],
      ['openai', 'OpenAI'],
    ])
  })

  test('a gloss that is not an alias stays outside the mention', () => {
    expect(mentionsIn('마사 손(소프트뱅크 회장)은')).toEqual([['masayoshi-son', '마사 손']])
  })

  test('a word rejected after its gloss takes the gloss with it', () => {
    expect(mentionsIn('미국(USA)인이 아니라 미국(USA)이')).toEqual([['united-states', '미국(USA)']])
  })

  test('a space in an alias matches any run of white space', () => {
    expect(mentionsIn('래리  엘리슨은')).toEqual([['larry-ellison', '래리  엘리슨']])
  })

  test('aliases written decomposed (NFD) still match NFC text', () => {
    const entities = [entity('copilot', ['코파일럿'.normalize('NFD')], 'product')]
    expect(mentionsIn('코파일럿은 실패했다', entities)).toEqual([['copilot', '코파일럿']])
  })

  test('an entity without an aliases field is named by its labels', () => {
    const davos: Entity = { id: 'davos', type: 'place', label: { ko: '다보스', en: 'Davos' } }
    expect(mentionsIn('다보스에서, in Davos', [davos])).toEqual([
      ['davos', '다보스'],
      ['davos', 'Davos'],
    ])
  })

  test('an entity with an empty aliases list is never mentioned', () => {
    const davos: Entity = { id: 'davos', type: 'place', label: { ko: '다보스' }, aliases: [] }
    expect(mentionsIn('다보스에서', [davos])).toEqual([])
  })

  test('when two entities share an alias, the first one keeps it', () => {
    const entities = [entity('first', ['다보스']), entity('second', ['다보스', '다보스 포럼'])]
    expect(mentionsIn('다보스에서', entities)).toEqual([['first', '다보스']])
  })

  test('regular-expression characters in aliases are taken literally', () => {
    const entities = [entity('cpp', ['C++']), entity('dot', ['a.b'])]
    expect(mentionsIn('C++로 짠 a.b와 axb', entities)).toEqual([
      ['cpp', 'C++'],
      ['dot', 'a.b'],
    ])
  })

  test('every text gets a list, empty when there are no entities', () => {
    expect(findMentionsInDocument([], ['미국', ''])).toEqual([[], []])
    expect(findMentionsInDocument(ENTITIES, [])).toEqual([])
  })
})
