import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { getStatusLine, readSeedJson, renderApp } from '../support/render-app.tsx'
import { jsonResponse, stubFetch } from '../support/stub-fetch.ts'

test('while the transcript loads, the page shows its shape and says it is loading', async () => {
  const { fetch } = stubFetch()
  renderApp({ url: '/i/benioff-davos-2025', transcript: null })

  expect(getStatusLine()).toHaveTextContent('대담을 불러오는 중…')
  expect(screen.getByRole('main').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')
  expect(screen.getByRole('navigation', { name: '필터' })).toBeInTheDocument()
  expect(screen.getByRole('complementary', { name: '인물·기업' })).toBeInTheDocument()
  expect(screen.queryAllByRole('article')).toHaveLength(0)
  await waitFor(() => expect(fetch).toHaveBeenCalled())
  expect(String(fetch.mock.calls.at(-1)?.[0])).toMatch(/\/data\/benioff-davos-2025\.json$/)
})

test('a transcript that does not exist says which one could not be found, without a retry', async () => {
  stubFetch(() => new Response('', { status: 404 }))
  renderApp({ url: '/i/no-such-interview', transcript: null })

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('"no-such-interview"라는 대담을 찾지 못했습니다')
  expect(screen.queryByRole('button', { name: '다시 시도' })).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: '기본 대담 열기' })).toBeInTheDocument()
})

test('invalid data lists the validator issues by path', async () => {
  const data = structuredClone(readSeedJson()) as { turns: { speaker: string }[] }
  const turn = data.turns[3]
  if (turn === undefined) throw new Error('the seed has fewer than four turns')
  turn.speaker = 'hots'
  stubFetch(() => jsonResponse(data))
  renderApp({ url: '/i/benioff-davos-2025', transcript: null })

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('형식에 맞지 않습니다. 문제 1개')
  const issues = within(alert).getAllByRole('listitem')
  expect(issues).toHaveLength(1)
  expect(issues[0]).toHaveTextContent('turns[3].speaker: speakers 목록에 없는 화자 "hots"입니다.')
  expect(screen.queryAllByRole('article')).toHaveLength(0)
})

test('a server error says so, and Retry fetches again and shows the transcript', async () => {
  const { answered } = stubFetch(
    () => new Response('', { status: 500 }),
    () => jsonResponse(readSeedJson()),
  )
  const { user } = renderApp({ url: '/i/benioff-davos-2025', transcript: null })

  expect(await screen.findByRole('alert')).toHaveTextContent('서버가 500 상태로 응답했습니다')
  expect(answered).toHaveLength(1)
  await user.click(screen.getByRole('button', { name: '다시 시도' }))

  expect(await screen.findAllByRole('article')).toHaveLength(30)
  expect(answered).toHaveLength(2)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})
