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
