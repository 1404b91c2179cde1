import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, toTranscript } from '../support/render-app.tsx'

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'

const transcript = toTranscript({
  format: 'daedam.transcript',
  version: 1,
  id: 'hostile-text',
  title: '텍스트는 텍스트로',
  language: 'ko',
  context: ['이 대담은 서울에서 진행되었습니다.'],
  contextNotes: ['배경에 붙은 옮긴이 주입니다.'],
  speakers: [
    { id: 'host', name: '진행자', role: 'host' },
    { id: 'guest', name: '손님', role: 'guest' },
  ],
  turns: [
    { id: '1', speaker: 'host', paragraphs: [`이걸 보세요: ${SCRIPT}`, `그리고 이것도: ${IMG}`] },
    {
      id: '2',
      speaker: 'guest',
      paragraphs: ['첫 번째 문단입니다.', '두 번째 문단입니다.'],
      notes: ['옮긴이가 덧붙인 설명입니다.'],
    },
  ],
})

function article(turnId: string) {
  return screen.getByRole('article', { name: new RegExp(`^${turnId}번: `) })
}

test('markup in the transcript renders as text, never as elements', () => {
  renderApp({ url: '/i/hostile-text', transcript })
  const turn = article('1')

  expect(turn).toHaveTextContent(`이걸 보세요: ${SCRIPT}`)
  expect(turn).toHaveTextContent(`그리고 이것도: ${IMG}`)
  expect(turn.querySelector('script')).toBeNull()
  expect(turn.querySelector('img')).toBeNull()
  expect(document.querySelector('script, img')).toBeNull()
})

test("a turn's translator notes are notes, set apart from its speech", () => {
  renderApp({ url: '/i/hostile-text', transcript })
  const turn = article('2')

  const note = within(turn).getByRole('note', { name: '옮긴이 주' })
  expect(note).toHaveTextContent('옮긴이가 덧붙인 설명입니다.')
  const speech = [
    within(turn).getByText('첫 번째 문단입니다.'),
    within(turn).getByText('두 번째 문단입니다.'),
  ]
  for (const paragraph of speech) {
    expect(note).not.toContainElement(paragraph)
    expect(paragraph.closest('[role="note"]')).toBeNull()
  }
  expect(within(turn).getAllByRole('note')).toHaveLength(1)
  expect(within(article('1')).queryByRole('note')).not.toBeInTheDocument()
})

test('the context block shows before the turns, with its own notes', () => {
  renderApp({ url: '/i/hostile-text', transcript })
  const context = screen.getByRole('region', { name: '배경' })

  expect(context).toHaveTextContent('이 대담은 서울에서 진행되었습니다.')
  expect(within(context).getByRole('note', { name: '옮긴이 주' })).toHaveTextContent(
    '배경에 붙은 옮긴이 주입니다.',
  )
  expect(within(context).queryByRole('article')).not.toBeInTheDocument()
  // Context comes first in reading order.
  expect(
    context.compareDocumentPosition(article('1')) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy()
})

test('the transcript keeps the language of its content', () => {
  renderApp({ url: '/i/hostile-text', transcript, locale: 'en' })
  const turn = screen.getByRole('article', { name: 'No. 2: 손님' })
  expect(turn.closest('[lang]')).toHaveAttribute('lang', 'ko')
  expect(document.documentElement).toHaveAttribute('lang', 'en')
  expect(screen.getByRole('heading', { level: 1, name: '텍스트는 텍스트로' })).toHaveAttribute(
    'lang',
    'ko',
  )
})

test('a paragraph dense with mentions shows a thousand at a time, and "show more" reveals the rest', async () => {
  const dense = toTranscript({
    format: 'daedam.transcript',
    version: 1,
    id: 'dense',
    title: '빽빽한 문단',
    language: 'ko',
    speakers: [{ id: 'host', name: '진행자', role: 'host' }],
    entities: [{ id: 'ga', type: 'concept', label: { ko: '가' }, aliases: ['가'] }],
    turns: [{ id: '1', speaker: 'host', paragraphs: ['가 '.repeat(1_500)] }],
  })
  const { user } = renderApp({ url: '/i/dense', transcript: dense })
  const turn = article('1')
  // Thousands of links in one paragraph take seconds to lay out (issue 15, row 1).
  expect(within(turn).getAllByRole('link', { name: '가' })).toHaveLength(1_000)

  await user.click(within(turn).getByRole('button', { name: /자 더 보기/ }))
  expect(within(turn).getAllByRole('link', { name: '가' })).toHaveLength(1_500)
  expect(within(turn).queryByRole('button', { name: /자 더 보기/ })).toBeNull()
})
