import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseTranscriptText } from '#core/parse-text.ts'

const seed = readFileSync('src/content/benioff-davos-2025.txt', 'utf8')

function parseOk(source: string) {
  const result = parseTranscriptText(source)
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value
}

function issuesOf(source: string) {
  const result = parseTranscriptText(source)
  if (result.ok) throw new Error('expected the parser to report problems')
  return result.issues
}

describe('the seed transcript', () => {
  const parsed = parseOk(seed)

  test('has 30 turns, 15 by the host and 15 by Marc Benioff', () => {
    expect(parsed.turns).toHaveLength(30)
    expect(parsed.turns.filter((t) => t.speakerName === '진행자')).toHaveLength(15)
    expect(parsed.turns.filter((t) => t.speakerName === '마크 베니오프')).toHaveLength(15)
  })

  test('has one context paragraph before the interview', () => {
    expect(parsed.context).toHaveLength(1)
    expect(parsed.context[0]).toMatch(/^우선 인터뷰에 들어가기 전에/)
  })

  test('puts turn 1 in the lead-in and turns 2–30 in the interview section', () => {
    expect(parsed.sections.map((s) => s.label)).toEqual(['', '인터뷰 시작'])
    expect(parsed.turns[0]?.section).toBe(0)
    expect(parsed.turns.slice(1).every((t) => t.section === 1)).toBe(true)
  })

  test('attaches the two translator notes to turns 6 and 20', () => {
    const withNotes = parsed.turns.flatMap((t, i) => (t.notes.length > 0 ? [i + 1] : []))
    expect(withNotes).toEqual([6, 20])
    expect(parsed.turns[5]?.notes[0]).toMatch(/^이 부분에서 사티아 나델라 인터뷰를 참고하면/)
  })

  test('reads the five related posts with titles, dates and comment counts as written', () => {
    expect(parsed.category).toBe('AI 인터뷰 및 최신 동향')
    expect(parsed.relatedPosts.map((p) => [p.title, p.date, p.comments])).toEqual([
      ['Scale AI, 알렉산드르 왕 인터뷰 (25.01.24)', '2025-01-24', 0],
      ['Stargate 프로젝트 뉴스 팔로업 (25.01.24)', '2025-01-24', 0],
      ['MS CEO 사티아 나델라, OpenAI와의 파트너십에 대해 언급', '2025-01-23', 0],
      ['OpenAI 스타게이트 전력 계산', '2025-01-22', 0],
      ['중국은 미국의 10배 더 투자하고 있다(scale AI, 알렉산드르 왕)', '2025-01-22', 0],
    ])
  })

  test('reads Windows line endings and a byte-order mark the same way', () => {
    const windows = parseOk(`\uFEFF${seed.replace(/\n/g, '\r\n')}`)
    expect(windows).toEqual(parsed)
  })
})

describe('bad input is reported with its line, never thrown or skipped', () => {
  test.each([
    ['an empty file', '', 'line 1', /empty/],
    ['a file of blank lines', '\n  \n\n', 'line 1', /empty/],
    ['a file with no turns', '배경 문단입니다.\n또 다른 문단.', 'line 2', /no turns/],
    [
      'a note before anything',
      '(* 옮긴이 주)\n진행자 - 안녕하세요.',
      'line 1',
      /must follow a turn/,
    ],
    [
      'a note that does not close',
      '진행자 - 안녕하세요.\n(* 닫히지 않은 주',
      'line 2',
      /must end with "\)"/,
    ],
    ['an empty note', '진행자 - 안녕하세요.\n(*  )', 'line 2', /must not be empty/],
    ['a turn without text', '진행자 - 안녕하세요.\n진행자 - ', 'line 2', /expected text after/],
    [
      'a related post that does not parse',
      "진행자 - 안녕하세요.\n'AI' 카테고리의 다른 글\n제목만 있는 줄",
      'line 3',
      /expected a related post/,
    ],
    [
      'a related post with an impossible date',
      "진행자 - 안녕.\n'AI' 카테고리의 다른 글\n제목 (0) | 2025.02.30 |",
      'line 3',
      /not a real date/,
    ],
    [
      'a related-posts block with no posts',
      "진행자 - 안녕.\n'AI' 카테고리의 다른 글\n---|---|",
      'line 2',
      /at least one post/,
    ],
  ])('%s', (_name, source, path, message) => {
    const [issue] = issuesOf(source)
    expect(issue?.path).toBe(path)
    expect(issue?.message).toMatch(message)
  })

  test('a note after a context paragraph belongs to the context', () => {
    const parsed = parseOk('배경입니다.\n(* 배경에 대한 주)\n진행자 - 안녕하세요.')
    expect(parsed.contextNotes).toEqual(['배경에 대한 주'])
  })

  test('a further line after a turn is another paragraph of it', () => {
    const parsed = parseOk('진행자 - 첫 문단.\n둘째 문단.\n\n셋째 문단.')
    expect(parsed.turns[0]?.paragraphs).toEqual(['첫 문단.', '둘째 문단.', '셋째 문단.'])
  })

  test('a related-post title may hold its own parentheses; the count is the last (N)', () => {
    const parsed = parseOk(
      "진행자 - 안녕.\n'AI' 카테고리의 다른 글\n제목 (부제) (12) (3) | 2025.01.02 |",
    )
    expect(parsed.relatedPosts[0]).toMatchObject({
      title: '제목 (부제) (12)',
      comments: 3,
      date: '2025-01-02',
    })
  })
})
