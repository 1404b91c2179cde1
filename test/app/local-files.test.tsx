import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import type { Transcript } from '#core/transcript-schema.ts'
import { DEFAULT_TRANSCRIPT_ID, paths } from '../../src/app/paths.ts'
import { stageOpenedFile } from '../../src/app/transcripts/keep-local.ts'
import { fakeIndexedDB } from '../support/fake-indexeddb.ts'
import { renderApp, seedTranscript } from '../support/render-app.tsx'

// PRODUCT §5.7 and §7 (issue 15 rows 8 and 9): a reader's file opens at once, is kept only once it
// has been shown, and the reader is told, in their language, when the browser did not keep it.

const KEPT = '이 링크는 이 브라우저에서만 열립니다'
const NOT_KEPT = '열려 있지만 이 브라우저에 저장되지 않아, 새로 고치면 사라집니다'

/** The seed cut to its first seven turns, every reference still valid. */
function sevenTurns(extra = ''): Transcript {
  const seed = seedTranscript()
  const turns = seed.turns.slice(0, 7)
  const used = new Set(turns.flatMap((turn) => turn.topics ?? []))
  return {
    ...seed,
    id: 'seven-turns',
    title: '일곱 발언',
    context: [...(seed.context ?? []), ...(extra ? [extra] : [])],
    turns,
    topics: seed.topics?.filter((topic) => used.has(topic.id)),
  }
}

/** A JSON file as the file input hands it over (jsdom's File has no `text()`, browsers' do). */
function jsonFile(name: string, data: unknown): File {
  const json = JSON.stringify(data)
  const file = new File([json], name, { type: 'application/json' })
  return Object.assign(file, { text: () => Promise.resolve(json) })
}

/** Opens the seven-turn file through the file input; resolves once its new page shows 7 turns. */
async function openSevenTurns(app: ReturnType<typeof renderApp>, name = 'seven.json', extra = '') {
  const before = app.router.state.location.pathname
  const input = screen.getByLabelText(/파일 선택|Choose a file/)
  await app.user.upload(input, jsonFile(name, sevenTurns(extra)))
  await waitFor(
    () => {
      const { pathname } = app.router.state.location
      expect(pathname).not.toBe(before)
      expect(pathname).toMatch(/^\/local\/seven-turns-[a-z0-9]+$/)
      expect(screen.getAllByRole('article')).toHaveLength(7)
    },
    { timeout: 15_000 },
  )
}

test('with no IndexedDB an opened file shows at once, and a notice says it will not be kept', async () => {
  expect(typeof indexedDB).toBe('undefined') // jsdom has none: the browser keeps nothing
  const app = renderApp({ url: '/i/benioff-davos-2025' })
  await openSevenTurns(app)

  const notice = await screen.findByText(new RegExp(NOT_KEPT), {}, { timeout: 15_000 })
  expect(notice).toHaveTextContent('"seven.json"')
  expect(screen.queryByText(new RegExp(KEPT))).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '이 파일 삭제' })).not.toBeInTheDocument()
})

test('the notice that a file is not kept is in English when the interface is', async () => {
  await openSevenTurns(renderApp({ url: '/i/benioff-davos-2025', locale: 'en' }))
  expect(
    await screen.findByText(
      /is open, but this browser did not keep it: it will be gone after a reload/,
    ),
  ).toBeInTheDocument()
})

test('a store that never answers does not hold the file back, and within seconds it is said not to be kept', async () => {
  const store = fakeIndexedDB('never-opens')
  vi.stubGlobal('indexedDB', store.indexedDB)
  const app = renderApp({ url: '/i/benioff-davos-2025' })
  await openSevenTurns(app)
  // Shown while the store has still not answered: opening did not wait on it.
  expect(screen.queryByText(new RegExp(NOT_KEPT))).not.toBeInTheDocument()

  expect(await screen.findByText(new RegExp(NOT_KEPT), {}, { timeout: 15_000 })).toBeInTheDocument()
  expect(screen.queryByText(new RegExp(KEPT))).not.toBeInTheDocument()
  expect(store.rows.size).toBe(0)
})

test('a write refused for want of room (QuotaExceededError) is said not to be kept', async () => {
  const store = fakeIndexedDB('quota')
  vi.stubGlobal('indexedDB', store.indexedDB)
  await openSevenTurns(renderApp({ url: '/i/benioff-davos-2025' }))

  expect(await screen.findByText(new RegExp(NOT_KEPT), {}, { timeout: 15_000 })).toBeInTheDocument()
  expect(store.puts).toHaveLength(1)
  expect(store.rows.size).toBe(0)
  expect(screen.queryByText(new RegExp(KEPT))).not.toBeInTheDocument()
})

test('a kept file is said to be kept only once the store has it, and two of one title are told apart', async () => {
  const store = fakeIndexedDB()
  vi.stubGlobal('indexedDB', store.indexedDB)
  const app = renderApp({ url: '/i/benioff-davos-2025' })
  await openSevenTurns(app, 'first.json')
  const kept = await screen.findByText(new RegExp(KEPT), {}, { timeout: 15_000 })
  expect(kept).toHaveTextContent('first.json')
  expect(store.rows.size).toBe(1)

  await openSevenTurns(app, 'second.json', '덧붙인 문단이 있어 크기가 다릅니다. '.repeat(100))
  await screen.findByText(new RegExp(`second\\.json.*${KEPT}`), {}, { timeout: 15_000 })
  const list = screen.getByRole('list', { name: '이 브라우저에 저장한 파일' })
  const items = within(list).getAllByRole('listitem')
  expect(items).toHaveLength(2)
  // One title twice: the line under each says when it was opened and how big it is.
  for (const item of items) {
    expect(within(item).getByRole('link')).toHaveTextContent('일곱 발언')
    expect(item).toHaveTextContent(/에 엶 · \d+ KB/)
  }
  expect(items[0]?.textContent).not.toBe(items[1]?.textContent)
}, 40_000)

test('a file that fails to render is never kept, and its page offers to remove it', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
  const store = fakeIndexedDB()
  vi.stubGlobal('indexedDB', store.indexedDB)
  const { user, router, queryClient } = renderApp({ url: '/i/benioff-davos-2025' })
  // Data that skipped validation, as no opened file can: the explorer cannot build it.
  const broken = { ...sevenTurns(), turns: null } as unknown as Transcript
  const source = stageOpenedFile(queryClient, { transcript: broken, fileName: 'x.json', size: 9 })
  await act(() => router.navigate(paths.view(source)))

  expect(await screen.findByRole('alert')).toHaveTextContent('표시하지 못했습니다')
  await user.click(screen.getByRole('button', { name: '이 파일 삭제' }))
  await waitFor(() =>
    expect(router.state.location.pathname).toBe(paths.transcript(DEFAULT_TRANSCRIPT_ID)),
  )
  expect(store.puts).toEqual([])
})

test('a kept file that no longer loads says why and can be removed from its own page', async () => {
  const store = fakeIndexedDB('works', [
    { id: 'old-1', fileName: 'old.json', savedAt: 1, transcript: { format: 'daedam.transcript' } },
  ])
  vi.stubGlobal('indexedDB', store.indexedDB)
  const { user, router } = renderApp({ url: '/local/old-1', transcript: null })

  expect(await screen.findByRole('alert')).toHaveTextContent('형식에 맞지 않습니다')
  await user.click(screen.getByRole('button', { name: '이 파일 삭제' }))
  await waitFor(() =>
    expect(router.state.location.pathname).toBe(paths.transcript(DEFAULT_TRANSCRIPT_ID)),
  )
  expect(store.rows.size).toBe(0)
})
