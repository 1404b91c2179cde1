import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { parseAnyTranscript } from '#core/parse-any.ts'
import type { Transcript } from '#core/transcript-schema.ts'
import { renderApp, seedTranscript } from '../support/render-app.tsx'

// Issue 10, part 5: the page says only what is true of this transcript.

const URL = '/i/benioff-davos-2025'
const ENTITIES_HEADING = '등장하는 인물과 개념'
const NO_ENTITIES =
  /언급된 인물·기업이 없습니다\. 파일의 entities에 이름과 별칭\(aliases\)을 적으면/

function sidebar() {
  return screen.getByRole('complementary', { name: '인물·기업' })
}

/** A plain-text transcript as a reader's file becomes one: no entities, topics or sections. */
function plainText(): Transcript {
  const result = parseAnyTranscript(
    '[Intro music]\nHost - Welcome to the show.\nGuest - Thanks for having me.\nHost - Let us begin.\n',
    'Episode 12.txt',
  )
  if (!result.ok) throw new Error('the plain text does not parse')
  return result.value
}

test('a transcript without entities says in one line how to add them, under no heading', () => {
  renderApp({ url: URL, transcript: plainText() })
  expect(within(sidebar()).getByText(NO_ENTITIES)).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: ENTITIES_HEADING })).not.toBeInTheDocument()
})

test('an entity the text never mentions is not listed; one that it mentions is', () => {
  const seed = seedTranscript()
  const transcript: Transcript = {
    ...seed,
    entities: [
      ...(seed.entities ?? []),
      { id: 'nobody', type: 'person', label: { ko: '없는 사람' }, aliases: ['없는 사람'] },
    ],
  }
  renderApp({ url: URL, transcript })
  expect(within(sidebar()).getByRole('link', { name: /래리 엘리슨/ })).toBeInTheDocument()
  expect(within(sidebar()).queryByText('없는 사람')).not.toBeInTheDocument()
})

test('entities none of which is mentioned give the one line, not a heading over nothing', () => {
  const transcript: Transcript = {
    ...plainText(),
    entities: [{ id: 'nobody', type: 'person', label: { en: 'Nobody' }, aliases: ['Nobody'] }],
  }
  renderApp({ url: URL, transcript })
  expect(within(sidebar()).getByText(NO_ENTITIES)).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: ENTITIES_HEADING })).not.toBeInTheDocument()
  expect(within(sidebar()).queryByText('Nobody')).not.toBeInTheDocument()
})

test('a transcript without sections shows no "Lead-in" divider; the seed shows its two', () => {
  renderApp({ url: URL, transcript: plainText() })
  expect(screen.getAllByRole('article')).toHaveLength(3)
  expect(screen.queryByRole('heading', { level: 2, name: /도입|Lead-in/ })).not.toBeInTheDocument()
})

test('turns all in one section get no divider either', () => {
  const seed = seedTranscript()
  const transcript: Transcript = {
    ...seed,
    turns: seed.turns.map((turn) => ({ ...turn, section: 'lead-in' })),
  }
  renderApp({ url: URL, transcript })
  expect(screen.getAllByRole('article')).toHaveLength(30)
  expect(screen.queryByRole('heading', { level: 2, name: '도입' })).not.toBeInTheDocument()
})

test('the seed keeps its dividers: 도입 and 인터뷰 시작', () => {
  renderApp({ url: URL })
  expect(screen.getByRole('heading', { level: 2, name: '도입' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 2, name: '인터뷰 시작' })).toBeInTheDocument()
})

test("the search box never suggests the seed's names on another transcript", () => {
  renderApp({ url: URL, transcript: plainText() })
  const box = screen.getByRole('searchbox', { name: '대담 안에서 찾기' })
  expect(box.getAttribute('placeholder') ?? '').not.toMatch(/래리|ㅋㅍㅇㄹ|Musk/)
})

test('a .txt file that starts with a bracket opens as text, titled as the CLI titles it', async () => {
  const text = '[Intro music]\nHost - Welcome to the show.\nGuest - Thanks for having me.\n'
  const app = renderApp({ url: URL })
  const file = new File([text], 'Episode 12.txt', { type: 'text/plain' })
  await app.user.upload(
    screen.getByLabelText('파일 선택'),
    Object.assign(file, { text: () => Promise.resolve(text) }),
  )
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2), { timeout: 15_000 })
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Episode 12')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})
