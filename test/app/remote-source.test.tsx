import { screen, waitFor } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../../src/app/paths.ts'
import { REMOTE_TIMEOUT_MS } from '../../src/app/transcripts/limits.ts'
import { readSeedJson, renderApp } from '../support/render-app.tsx'
import { jsonResponse, stubFetch } from '../support/stub-fetch.ts'

// PRODUCT §5.7 and §7 (issue 15 rows 10, 11 and 16): `?src=` asks before fetching from another
// origin, has a time limit, refuses any web page, and its errors never repeat the whole address.

const ELSEWHERE = 'https://example.com/talks/davos.json'

afterEach(() => {
  vi.useRealTimers()
})

test('a ?src= on another origin asks first, fetches nothing until Open, then shows the transcript', async () => {
  const { fetch, answered } = stubFetch(() => jsonResponse(readSeedJson()))
  const { user } = renderApp({
    url: `/remote?src=${encodeURIComponent(ELSEWHERE)}`,
    transcript: null,
  })

  expect(
    await screen.findByRole(
      'heading',
      { name: 'example.com에 있는 대담을 열까요?' },
      { timeout: 5000 },
    ),
  ).toBeInTheDocument()
  expect(screen.getByText(ELSEWHERE)).toBeInTheDocument()
  expect(fetch).not.toHaveBeenCalled()

  await user.click(screen.getByRole('button', { name: '열기' }))
  expect(await screen.findAllByRole('article', {}, { timeout: 10_000 })).toHaveLength(30)
  expect(answered).toEqual([ELSEWHERE])
})

test('Cancel leaves a cross-origin ?src= unfetched and opens the default transcript', async () => {
  const { fetch } = stubFetch()
  const { user, router } = renderApp({
    url: `/remote?src=${encodeURIComponent(ELSEWHERE)}`,
    locale: 'en',
  })
  await user.click(await screen.findByRole('button', { name: 'Cancel' }))
  await waitFor(() =>
    expect(router.state.location.pathname).toBe(paths.transcript(DEFAULT_TRANSCRIPT_ID)),
  )
  expect(await screen.findAllByRole('article')).toHaveLength(30)
  expect(fetch).not.toHaveBeenCalled()
})

test('a ?src= on this origin is fetched without asking', async () => {
  const { answered } = stubFetch(() => jsonResponse(readSeedJson()))
  renderApp({ url: '/remote?src=/data/copy.json', transcript: null })
  expect(await screen.findAllByRole('article', {}, { timeout: 10_000 })).toHaveLength(30)
  expect(answered).toEqual([`${window.location.origin}/data/copy.json`])
  expect(screen.queryByRole('button', { name: '열기' })).not.toBeInTheDocument()
})

test.each([
  'text/html',
  'Text/HTML; charset=UTF-8',
  'TEXT/HTML',
  'application/xhtml+xml',
  'Application/XHTML+XML; charset=utf-8',
])('a ?src= answered as %s is refused as a web page', async (type) => {
  stubFetch(
    () =>
      new Response('진행자 - 안녕하세요\n<p>web page</p>', {
        status: 200,
        headers: { 'content-type': type },
      }),
  )
  renderApp({ url: '/remote?src=/page', transcript: null })
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(alert).toHaveTextContent('이 주소는 대담 파일이 아니라 웹 페이지를 보냈습니다 (HTTP 200).')
  expect(screen.queryAllByRole('article')).toHaveLength(0)
})

test('a ?src= served as plain text that is an HTML document is refused too', async () => {
  stubFetch(
    () =>
      new Response('<!DOCTYPE html>\n<html><body>진행자 - 안녕</body></html>', {
        status: 200,
        headers: { 'content-type': 'text/plain' },
      }),
  )
  renderApp({ url: '/remote?src=/page.txt', transcript: null })
  expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('웹 페이지')
})

test('a ?src= that never answers ends in an alert naming the time limit', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] })
  const { fetch } = stubFetch() // no reply: the request hangs until it is aborted
  renderApp({ url: '/remote?src=/slow.json', transcript: null })
  await waitFor(() => expect(fetch).toHaveBeenCalled())
  await vi.advanceTimersByTimeAsync(REMOTE_TIMEOUT_MS)

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('제한 시간 30초 안에 응답하지 않았습니다')
  expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument()
})

/** A `fetch` whose requests the server answers, but only those whose answer the page may not read (`no-cors`). */
function stubCorsRefusal() {
  const fetch = vi.fn((_input: RequestInfo | URL, init?: RequestInit) =>
    init?.mode === 'no-cors'
      ? Promise.resolve(new Response(null, { status: 200 }))
      : Promise.reject(new TypeError('Failed to fetch')),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

test('a server on another origin that does not allow reading its file is named as CORS, with what to do', async () => {
  const fetch = stubCorsRefusal()
  const { user } = renderApp({
    url: `/remote?src=${encodeURIComponent(ELSEWHERE)}`,
    transcript: null,
    locale: 'en',
  })
  await user.click(await screen.findByRole('button', { name: 'Open' }))
  const alert = await screen.findByRole('alert', {}, { timeout: 5_000 })
  expect(alert).toHaveTextContent(
    'The server at example.com did not allow Daedam to read the file (CORS). Ask its owner to send the header Access-Control-Allow-Origin, or download the file and open it here.',
  )
  expect(alert).not.toHaveTextContent('network')
  // Asking again would be refused again: one request, and one to tell CORS from the network.
  expect(fetch.mock.calls.map(([, init]) => init?.mode ?? 'cors')).toEqual(['cors', 'no-cors'])
  expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  expect(screen.getByLabelText('Choose a file')).toBeInTheDocument()
})

test('the same refusal is explained in Korean', async () => {
  stubCorsRefusal()
  const { user } = renderApp({
    url: `/remote?src=${encodeURIComponent(ELSEWHERE)}`,
    transcript: null,
  })
  await user.click(await screen.findByRole('button', { name: '열기' }))
  expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
    'example.com 서버가 이 앱에 파일 읽기를 허용하지 않았습니다 (CORS).',
  )
})

test('a server that cannot be reached at all is a network failure, not CORS', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
  )
  const { user } = renderApp({
    url: `/remote?src=${encodeURIComponent(ELSEWHERE)}`,
    transcript: null,
    locale: 'en',
  })
  await user.click(await screen.findByRole('button', { name: 'Open' }))
  // Network failures are tried three times (1 s and 2 s apart) before the alert.
  const alert = await screen.findByRole('alert', {}, { timeout: 15_000 })
  expect(alert).toHaveTextContent(
    'Could not reach example.com to load https://example.com/talks/davos.json. Check the address and your connection, then try again.',
  )
  expect(alert).not.toHaveTextContent('CORS')
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
}, 30_000)

test.each([
  [401, 'would not hand over the file (HTTP 401)'],
  [403, 'would not hand over the file (HTTP 403)'],
  [500, 'The server answered with status 500'],
])('a ?src= answered with HTTP %i says so in plain words', async (status, words) => {
  stubFetch(() => new Response('', { status }))
  renderApp({ url: '/remote?src=/data/copy.json', transcript: null, locale: 'en' })
  expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(words)
})

test('a ?src= that is not there says the file was not found at that address', async () => {
  stubFetch(() => new Response('', { status: 404 }))
  renderApp({ url: '/remote?src=/data/nope.json', transcript: null, locale: 'en' })
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(alert).toHaveTextContent(
    `No file was found at ${window.location.origin}/data/nope.json (HTTP 404). Check the address`,
  )
  expect(alert).not.toHaveTextContent('no interview called')
})

test('an error about a very long address shows only its start', async () => {
  const long = `/data/${'x'.repeat(5000)}.json`
  stubFetch(() => new Response('', { status: 404 }))
  renderApp({ url: `/remote?src=${encodeURIComponent(long)}`, transcript: null })
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(alert.textContent?.length).toBeLessThan(300)
  expect(alert).toHaveTextContent('…')
  expect(alert.textContent).not.toContain('x'.repeat(200))
})
