import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Transcript } from '#core/transcript-schema.ts'
import { renderApp, seedTranscript } from '../support/render-app.tsx'

const URL = '/i/benioff-davos-2025'

async function openContents(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: '목차' }))
  // The list is loaded on first use; under a busy test run its first load can take seconds.
  return screen.findByRole('navigation', { name: '목차' }, { timeout: 10_000 })
}

test("the contents list the interview's sections and topics, each with its turns", async () => {
  const { user } = renderApp({ url: URL })
  const contents = await openContents(user)
  const entries = within(contents)
    .getAllByRole('link')
    .map((link) => link.textContent)
  expect(entries).toEqual([
    '도입1번',
    '인터뷰 시작2–30번 · 발언 29개',
    '스타게이트와 AI 헬스케어1–4번 · 발언 4개',
    '마이크로소프트와 오픈AI5–10번 · 발언 6개',
    '정치와 새 행정부11–14번 · 발언 4개',
    '빅테크와 워싱턴15–18번 · 발언 4개',
    '다보스와 ESG19–22번 · 발언 4개',
    'AGI와 AI 에이전트23–30번 · 발언 8개',
  ])
  expect(within(contents).getByRole('heading', { name: '주제' })).toBeInTheDocument()
  // Real links, for a new tab or a copied address.
  expect(within(contents).getByRole('link', { name: /인터뷰 시작/ })).toHaveAttribute(
    'href',
    `${URL}/t/2`,
  )
})

test('an entry opens its first turn as a turn link does, keeping the filters, and closes', async () => {
  const { user, router } = renderApp({ url: `${URL}?speaker=host` })
  const contents = await openContents(user)
  await user.click(within(contents).getByRole('link', { name: /정치와 새 행정부/ }))

  await waitFor(() => expect(router.state.location.pathname).toBe(`${URL}/t/11`))
  expect(router.state.location.search).toBe('?speaker=host')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  await waitFor(() => expect(document.getElementById('turn-11')).toHaveFocus())
  expect(document.getElementById('turn-11')).toHaveAttribute('aria-current', 'true')
})

test('the entry holding the linked turn is marked as where the reader is', async () => {
  const { user } = renderApp({ url: `${URL}/t/12` })
  const contents = await openContents(user)
  const current = within(contents)
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'location')
  expect(current.map((link) => link.textContent)).toEqual([
    '인터뷰 시작2–30번 · 발언 29개',
    '정치와 새 행정부11–14번 · 발언 4개',
  ])
})

test('a transcript without sections or topics has no contents to open', () => {
  const seed = seedTranscript()
  const plain: Transcript = {
    ...seed,
    sections: [],
    topics: [],
    turns: seed.turns.map(({ section: _section, topics: _topics, ...turn }) => turn),
  }
  renderApp({ url: URL, transcript: plain })
  expect(screen.getAllByRole('article')).toHaveLength(30)
  expect(screen.queryByRole('button', { name: '목차' })).not.toBeInTheDocument()
})
