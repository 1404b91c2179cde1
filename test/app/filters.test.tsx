import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { getStatusLine, renderApp, seedTranscript, toTranscript } from '../support/render-app.tsx'

const URL = '/i/benioff-davos-2025'

function speakersOf(articles: HTMLElement[]): string[] {
  return articles.map(
    (article) => within(article).getByRole('heading', { level: 3 }).textContent ?? '',
  )
}

test('shows every turn and says so when nothing is filtered', () => {
  renderApp({ url: URL })
  expect(screen.getAllByRole('article')).toHaveLength(30)
  expect(getStatusLine()).toHaveTextContent('발언 30개')
  expect(screen.queryByRole('button', { name: '필터 지우기' })).not.toBeInTheDocument()
})

test('checking a speaker shows only their turns, counts them and writes speaker= to the URL', async () => {
  const { user, router } = renderApp({ url: URL })
  await user.click(screen.getByRole('checkbox', { name: /진행자/ }))

  const articles = screen.getAllByRole('article')
  expect(articles).toHaveLength(15)
  expect(speakersOf(articles).every((name) => name.endsWith('진행자'))).toBe(true)
  expect(getStatusLine()).toHaveTextContent('30개 발언 중 15개 표시')
  expect(screen.getByRole('checkbox', { name: /진행자/ })).toBeChecked()
  expect(router.state.location.search).toBe('?speaker=host')
})

test('unchecking the speaker again shows every turn and drops speaker= from the URL', async () => {
  const { user, router } = renderApp({ url: `${URL}?speaker=host` })
  expect(screen.getAllByRole('article')).toHaveLength(15)
  await user.click(screen.getByRole('checkbox', { name: /진행자/ }))
  expect(screen.getAllByRole('article')).toHaveLength(30)
  expect(router.state.location.search).toBe('')
})

test('topics combine with OR: two topics show the turns of either', async () => {
  const { user, router } = renderApp({ url: URL })
  await user.click(screen.getByRole('checkbox', { name: /스타게이트와 AI 헬스케어/ }))
  expect(screen.getAllByRole('article')).toHaveLength(4)
  await user.click(screen.getByRole('checkbox', { name: /마이크로소프트와 오픈AI/ }))
  expect(screen.getAllByRole('article')).toHaveLength(10)
  expect(getStatusLine()).toHaveTextContent('30개 발언 중 10개 표시')
  expect(router.state.location.search).toBe('?topic=stargate-healthcare&topic=microsoft-openai')
})

test('speakers and topics combine with AND: the host within two topics', async () => {
  const { user, router } = renderApp({ url: URL })
  await user.click(screen.getByRole('checkbox', { name: /진행자/ }))
  await user.click(screen.getByRole('checkbox', { name: /스타게이트와 AI 헬스케어/ }))
  await user.click(screen.getByRole('checkbox', { name: /마이크로소프트와 오픈AI/ }))

  const articles = screen.getAllByRole('article')
  // Host turns 1, 3 (Stargate) and 5, 7, 9 (Microsoft and OpenAI).
  expect(articles.map((article) => article.id)).toEqual([
    'turn-1',
    'turn-3',
    'turn-5',
    'turn-7',
    'turn-9',
  ])
  expect(speakersOf(articles).every((name) => name.endsWith('진행자'))).toBe(true)
  expect(getStatusLine()).toHaveTextContent('30개 발언 중 5개 표시')
  expect(router.state.location.search).toBe(
    '?speaker=host&topic=stargate-healthcare&topic=microsoft-openai',
  )
})

test('filters in the opened URL are applied and their checkboxes checked', () => {
  renderApp({ url: `${URL}?speaker=marc-benioff&topic=politics` })
  expect(screen.getByRole('checkbox', { name: /마크 베니오프/ })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: /정치와 새 행정부/ })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: /진행자/ })).not.toBeChecked()
  expect(screen.getAllByRole('article').map((article) => article.id)).toEqual([
    'turn-12',
    'turn-14',
  ])
})

/** The seed, with its last turn (Benioff's) moved to a topic of its own that the host never speaks to. */
function seedWithClosingTopic() {
  const seed = seedTranscript()
  const last = seed.turns.length - 1
  return toTranscript({
    ...seed,
    topics: [...(seed.topics ?? []), { id: 'closing', label: { ko: '맺음말', en: 'Closing' } }],
    turns: seed.turns.map((turn, i) => (i === last ? { ...turn, topics: ['closing'] } : turn)),
  })
}

test('an empty result says so and offers to clear the filters, which shows every turn again', async () => {
  const { user, router } = renderApp({
    url: `${URL}?speaker=host&topic=closing`,
    transcript: seedWithClosingTopic(),
  })

  expect(screen.queryAllByRole('article')).toHaveLength(0)
  expect(getStatusLine()).toHaveTextContent('30개 발언 중 0개 표시')
  expect(getStatusLine()).toHaveTextContent('조건에 맞는 발언이 없습니다.')

  await user.click(screen.getByRole('button', { name: '필터 지우기' }))
  expect(screen.getAllByRole('article')).toHaveLength(30)
  expect(getStatusLine()).toHaveTextContent('발언 30개')
  expect(router.state.location.search).toBe('')
  expect(screen.queryByRole('button', { name: '필터 지우기' })).not.toBeInTheDocument()
})
