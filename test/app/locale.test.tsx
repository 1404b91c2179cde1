import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { getStatusLine, renderApp, seedTranscript } from '../support/render-app.tsx'

const URL = '/i/benioff-davos-2025'

test('the English button switches the interface to English and stores the choice', async () => {
  const { user } = renderApp({ url: URL })
  const languages = screen.getByRole('group', { name: '언어' })
  expect(getStatusLine()).toHaveTextContent('발언 30개')

  await user.click(within(languages).getByRole('button', { name: 'English' }))

  expect(getStatusLine()).toHaveTextContent('30 turns')
  expect(screen.getByRole('navigation', { name: 'Filters' })).toBeInTheDocument()
  expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  expect(screen.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'false')
  expect(localStorage.getItem('daedam.locale')).toBe('en')
  expect(document.documentElement).toHaveAttribute('lang', 'en')
})

test('switching language leaves the transcript text in its own language', async () => {
  const { user } = renderApp({ url: URL })
  await user.click(screen.getByRole('button', { name: 'English' }))

  const turn = screen.getByRole('article', { name: 'No. 17: 진행자' })
  expect(turn).toHaveTextContent('네, 그런데 또 어떤 사람들은')
  // Entity labels have an English form and follow the interface; the speech does not.
  const sidebar = screen.getByRole('complementary', { name: 'People & things' })
  expect(within(sidebar).getByRole('link', { name: /Larry Ellison/ })).toBeInTheDocument()
})

test('the stored choice is used on the next visit', async () => {
  const first = renderApp({ url: URL })
  await first.user.click(screen.getByRole('button', { name: 'English' }))
  first.unmount()

  renderApp({ url: URL, locale: null })
  expect(getStatusLine()).toHaveTextContent('30 turns')
})

test('without a stored choice the browser language decides', () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'ko'])
  renderApp({ url: URL, locale: null })
  expect(getStatusLine()).toHaveTextContent('30 turns')
})

test('a Korean browser gets the Korean interface', () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko-KR', 'en'])
  renderApp({ url: URL, locale: null })
  expect(getStatusLine()).toHaveTextContent('발언 30개')
})

test('English counts of one are singular: "1 turn", "1 mention"; Korean counts have one form', async () => {
  const seed = seedTranscript()
  const oneTurn = { ...seed, turns: seed.turns.slice(0, 1) }
  const english = renderApp({ url: URL, locale: 'en', transcript: oneTurn })
  await waitFor(() => expect(getStatusLine()).toHaveTextContent(/^1 turn$/))
  expect(screen.getAllByText('1 mention').length).toBeGreaterThan(0)
  expect(screen.queryByText(/^1 (turns|mentions|comments)$/)).not.toBeInTheDocument()
  english.unmount()

  renderApp({ url: URL, locale: 'ko', transcript: oneTurn })
  expect(getStatusLine()).toHaveTextContent(/^발언 1개$/)
})
