import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { getStatusLine, renderApp } from '../support/render-app.tsx'

function article(turnId: string) {
  return screen.getByRole('article', { name: new RegExp(`^${turnId}번: `) })
}

test('a deep link marks its turn as current and focuses it', async () => {
  renderApp({ url: '/i/benioff-davos-2025/t/17' })
  const linked = article('17')
  expect(linked).toHaveAttribute('aria-current', 'true')
  expect(linked).toHaveAttribute('id', 'turn-17')
  await waitFor(() => expect(linked).toHaveFocus())
  expect(
    screen.getAllByRole('article').filter((a) => a.getAttribute('aria-current') === 'true'),
  ).toEqual([linked])
  expect(screen.getAllByRole('article')).toHaveLength(30)
})

test('an unknown turn id says so and still shows the whole transcript', () => {
  renderApp({ url: '/i/benioff-davos-2025/t/999' })
  expect(screen.getByRole('alert')).toHaveTextContent('999번 발언은 이 대담에 없습니다')
  expect(screen.getAllByRole('article')).toHaveLength(30)
  expect(screen.getAllByRole('article').filter((a) => a.hasAttribute('aria-current'))).toHaveLength(
    0,
  )
})

test('a linked turn outside the filter is shown anyway, with a notice', async () => {
  renderApp({ url: '/i/benioff-davos-2025/t/17?speaker=marc-benioff' })
  const linked = article('17')
  expect(linked).toHaveAttribute('data-speaker', 'host')
  expect(linked).toHaveAttribute('aria-current', 'true')
  expect(
    within(linked).getByText('링크로 연 이 발언은 현재 필터에 해당하지 않지만 표시합니다.'),
  ).toBeInTheDocument()
  await waitFor(() => expect(linked).toHaveFocus())
  // The other host turns stay hidden and the status counts only the filter's matches.
  expect(screen.queryByRole('article', { name: /^15번: / })).not.toBeInTheDocument()
  expect(screen.getAllByRole('article')).toHaveLength(16)
  expect(getStatusLine()).toHaveTextContent('30개 발언 중 15개 표시')
})

test("a turn's number links to that turn, which becomes current and focused", async () => {
  const { user, router } = renderApp({ url: '/i/benioff-davos-2025/t/17?speaker=host' })
  await user.click(within(article('5')).getByRole('link', { name: /5번 발언, 진행자/ }))

  expect(router.state.location.pathname).toBe('/i/benioff-davos-2025/t/5')
  expect(router.state.location.search).toBe('?speaker=host')
  expect(article('5')).toHaveAttribute('aria-current', 'true')
  expect(article('17')).not.toHaveAttribute('aria-current')
  await waitFor(() => expect(article('5')).toHaveFocus())
})

test('going back to an earlier deep link makes that turn current and focused again', async () => {
  const { user, router } = renderApp({ url: '/i/benioff-davos-2025/t/17' })
  await user.click(within(article('5')).getByRole('link', { name: /5번 발언, 진행자/ }))
  await waitFor(() => expect(article('5')).toHaveFocus())

  await act(() => router.navigate(-1))

  expect(router.state.location.pathname).toBe('/i/benioff-davos-2025/t/17')
  expect(article('17')).toHaveAttribute('aria-current', 'true')
  await waitFor(() => expect(article('17')).toHaveFocus())
})

test('the root path opens the default transcript, keeping its query', () => {
  const { router } = renderApp({ url: '/?topic=politics' })
  expect(router.state.location.pathname).toBe('/i/benioff-davos-2025')
  expect(router.state.location.search).toBe('?topic=politics')
  expect(screen.getAllByRole('article')).toHaveLength(4)
})

test('an unknown path says so and links to the default transcript', () => {
  renderApp({ url: '/nowhere' })
  expect(screen.getByRole('alert')).toHaveTextContent('없는 페이지입니다.')
  expect(screen.getByRole('link', { name: '기본 대담 열기' })).toHaveAttribute(
    'href',
    '/i/benioff-davos-2025',
  )
})

// PRODUCT §5.3 focuses the linked turn when the reader goes to it, not on every navigation:
// a filter change only rewrites the query string.
test('changing a filter on a deep-linked page leaves focus on the filter, not the linked turn', async () => {
  const { user, router } = renderApp({ url: '/i/benioff-davos-2025/t/17' })
  await waitFor(() => expect(article('17')).toHaveFocus())

  const checkbox = screen.getByRole('checkbox', { name: /진행자/ })
  await user.click(checkbox)

  expect(router.state.location.search).toBe('?speaker=host')
  expect(screen.getByRole('checkbox', { name: /진행자/ })).toHaveFocus()
})
