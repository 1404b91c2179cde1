import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Locale } from '../../src/app/shell/messages.ts'
import { readSeedJson, renderApp } from '../support/render-app.tsx'
import { jsonResponse, stubFetch } from '../support/stub-fetch.ts'

// PRODUCT §5.7, issue 10: a refused file is explained in the reader's language, with the same
// line numbers and JSON paths the CLI gives, and counts read right in both languages.

/** A file as the file input hands it over (jsdom's File has no `text()`, browsers' do). */
function textFile(name: string, text: string): File {
  const file = new File([text], name, { type: 'text/plain' })
  return Object.assign(file, { text: () => Promise.resolve(text) })
}

/** Opens `file` through the file input of the default transcript; returns the alert. */
async function refuse(file: File, locale: Locale): Promise<HTMLElement> {
  const { user } = renderApp({ url: '/i/benioff-davos-2025', locale })
  await user.upload(screen.getByLabelText(/파일 선택|Choose a file/), file)
  return screen.findByRole('alert', {}, { timeout: 10_000 })
}

/** The seed with its fourth turn's speaker and, if asked, its sixth turn's topic unknown. */
function seedWithBadReferences(count: 1 | 2): unknown {
  const data = structuredClone(readSeedJson()) as {
    turns: { speaker: string; topics?: string[] }[]
  }
  data.turns[3]!.speaker = 'hots'
  if (count === 2) data.turns[5]!.topics = ['weather']
  return data
}

/** Line 3 holds a translator's note that never closes. */
const BROKEN_TEXT = '진행자 - 안녕하세요.\n\n(* 닫히지 않은 옮긴이 주\n마크 - 반갑습니다.\n'

test('a broken plain-text file is explained in Korean, at the same line', async () => {
  const alert = await refuse(textFile('broken.txt', BROKEN_TEXT), 'ko')
  expect(alert).toHaveTextContent('broken.txt을(를) 열 수 없습니다. 문제 1개:')
  const [issue, ...rest] = within(alert).getAllByRole('listitem')
  expect(rest).toHaveLength(0)
  expect(issue).toHaveTextContent(
    '3번째 줄: 옮긴이 주는 "(*"로 시작해 같은 줄에서 ")"로 끝나야 합니다.',
  )
  expect(alert).not.toHaveTextContent(/translator|line 3/)
})

test('the same file is explained in English in the English interface, at the same line', async () => {
  const alert = await refuse(textFile('broken.txt', BROKEN_TEXT), 'en')
  expect(alert).toHaveTextContent('broken.txt cannot be opened. 1 problem:')
  expect(within(alert).getByRole('listitem')).toHaveTextContent(
    'line 3: a translator\'s note starts with "(*" and must end with ")" on the same line',
  )
})

test('broken JSON names its line and column in Korean', async () => {
  const alert = await refuse(
    textFile('broken.json', '{\n  "format": "daedam.transcript",\n  "id": ,\n}'),
    'ko',
  )
  expect(within(alert).getByRole('listitem')).toHaveTextContent(
    '올바른 JSON이 아닙니다. 3번째 줄 9번째 글자(",")에서 문법이 맞지 않습니다.',
  )
})

test('a bad reference is explained in Korean under its JSON path', async () => {
  stubFetch(() => jsonResponse(seedWithBadReferences(1)))
  renderApp({ url: '/i/benioff-davos-2025', transcript: null })
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('형식에 맞지 않습니다. 문제 1개:')
  const issue = within(alert).getByRole('listitem')
  expect(issue).toHaveTextContent('turns[3].speaker: speakers 목록에 없는 화자 "hots"입니다.')
  // The path stays as it is in the file, set as code.
  expect(within(issue).getByText('turns[3].speaker').tagName).toBe('CODE')
})

test.each([
  [1, '1 problem:'],
  [2, '2 problems:'],
] as const)('the English interface counts %i problem(s) as "%s"', async (count, heading) => {
  stubFetch(() => jsonResponse(seedWithBadReferences(count)))
  renderApp({ url: '/i/benioff-davos-2025', transcript: null, locale: 'en' })
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(`does not fit the format. ${heading}`)
  expect(within(alert).getAllByRole('listitem')).toHaveLength(count)
  expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(
    'turns[3].speaker: unknown speaker "hots"',
  )
})

test('Korean counts need no plural: 문제 2개', async () => {
  stubFetch(() => jsonResponse(seedWithBadReferences(2)))
  renderApp({ url: '/i/benioff-davos-2025', transcript: null })
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('문제 2개:')
  expect(within(alert).getAllByRole('listitem')[1]).toHaveTextContent(
    'turns[5].topics[0]: topics 목록에 없는 주제 "weather"입니다.',
  )
})
