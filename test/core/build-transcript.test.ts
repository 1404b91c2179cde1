import { describe, expect, test } from 'vitest'
import { transcriptFromText } from '#core/build-transcript.ts'
import { formatIssue } from '#core/transcript-checks.ts'
import { readSeedAnnotations, readSeedText } from '../support/seed-files.ts'

const TEXT =
  '배경입니다.\n진행자 - 첫 질문입니다.\n손님 - 첫 대답입니다.\n-- 본론 --\n진행자 - 둘째 질문.\n(* 옮긴이 주)\n'

function issuesOf(source: string, annotations?: unknown): string[] {
  const result = transcriptFromText(source, annotations, { id: 'sample' })
  return result.ok ? [] : result.issues.map(formatIssue)
}

function annotatedSeedWith(change: (a: Record<string, unknown[]>) => void) {
  const annotations = structuredClone(readSeedAnnotations()) as Record<string, unknown[]>
  change(annotations)
  return issuesOf(readSeedText(), annotations)
}

test('plain text without annotations becomes a valid transcript with generated ids', () => {
  const result = transcriptFromText(TEXT, undefined, { id: 'sample' })
  expect(result.ok).toBe(true)
  if (!result.ok) return
  expect(result.value.language).toBe('ko')
  expect(result.value.speakers.map((s) => s.name)).toEqual(['진행자', '손님'])
  expect(result.value.sections?.map((s) => s.label)).toEqual(['도입', '본론'])
  expect(result.value.turns.map((t) => [t.id, t.section])).toEqual([
    ['1', 'lead-in'],
    ['2', 'lead-in'],
    ['3', 'section-1'],
  ])
  expect(result.value.turns[2]?.notes).toEqual(['옮긴이 주'])
})

describe('annotations that do not fit the text are errors', () => {
  test('a speaker the annotations do not know names its line', () => {
    const issues = issuesOf(TEXT, { speakers: [{ id: 'host', name: '진행자', role: 'host' }] })
    expect(issues).toEqual(['line 3: speaker "손님" is not in the annotations (known: 진행자)'])
  })

  test('a topic that names a turn the text does not have', () => {
    const issues = annotatedSeedWith((a) => {
      ;(a.topics![0] as { turns: string[] }).turns = ['1-4', '31']
    })
    expect(issues).toEqual([
      'annotations.topics[0].turns[1]: unknown turn "31" (the text has turns 1–30)',
    ])
  })

  test('a speaker pointing at an entity that does not exist', () => {
    const issues = annotatedSeedWith((a) => {
      ;(a.speakers![1] as { entity: string }).entity = 'marc-beniof'
    })
    expect(issues).toEqual(['speakers[1].entity: unknown entity "marc-beniof"'])
  })

  test('duplicate entity ids', () => {
    const issues = annotatedSeedWith((a) => {
      a.entities!.push(a.entities![0])
    })
    expect(issues.some((i) => /^entities\[\d+\]\.id: duplicate id "marc-benioff"/.test(i))).toBe(
      true,
    )
  })

  test('a URL for a related post the text does not list', () => {
    const issues = annotatedSeedWith((a) => {
      a.relatedPosts = [{ title: '없는 글', url: 'https://example.com/x' }]
    })
    expect(issues).toEqual([
      'annotations.relatedPosts[0].title: no related post titled "없는 글" in the text',
    ])
  })

  test('annotations of the wrong shape', () => {
    expect(issuesOf(TEXT, { topics: 'all' })[0]).toMatch(/^annotations\.topics: /)
  })
})

describe('annotations are applied in one pass, however large', () => {
  const THREE_TURNS = '진행자 - 하나.\n손님 - 둘.\n진행자 - 셋.\n'

  test('overlapping and repeated ranges list a topic once per turn, topics in their order', () => {
    const label = { ko: '주제' }
    const result = transcriptFromText(THREE_TURNS, {
      topics: [
        { id: 'a', label, turns: ['1-3', '2', '1-2', '3-3'] },
        { id: 'b', label, turns: ['2'] },
      ],
    })
    expect(result.ok && result.value.turns.map((t) => t.topics)).toEqual([['a'], ['a', 'b'], ['a']])
  })

  test('markers with the same label take the annotated sections with that label in order', () => {
    const text = `진행자 - 시작.\n-- 본론 --\n진행자 - 하나.\n-- 본론 --\n진행자 - 둘.\n`
    const result = transcriptFromText(text, {
      sections: [
        { id: 'lead-in', label: '도입' },
        { id: 'first', label: '본론' },
        { id: 'second', label: '본론' },
      ],
    })
    expect(result.ok && result.value.turns.map((t) => t.section)).toEqual([
      'lead-in',
      'first',
      'second',
    ])
  })

  test('an unknown speaker names at most ten known ones', () => {
    const speakers = Array.from({ length: 25 }, (_, i) => ({
      id: `s${i}`,
      name: `이름${i}`,
      role: 'other',
    }))
    const [issue] = issuesOf(THREE_TURNS, { speakers })
    expect(issue).toBe(
      'line 1: speaker "진행자" is not in the annotations (known: 이름0, 이름1, 이름2, 이름3, 이름4, 이름5, 이름6, 이름7, 이름8, 이름9, and 15 more)',
    )
  })
})
