import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderApp } from '../support/render-app.tsx'

const URL = '/i/benioff-davos-2025'

function sidebar() {
  return screen.getByRole('complementary', { name: '인물·기업' })
}

function article(turnId: string) {
  return screen.getByRole('article', { name: new RegExp(`^${turnId}번: `) })
}

/** Every `<mark data-entity>` in the page (PRODUCT §8's stable hook for mentions). */
function entityMarks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('mark[data-entity]'))
}

test('clicking an entity in the sidebar selects it in the URL and marks the link as current', async () => {
  const { user, router } = renderApp({ url: URL })
  const link = within(sidebar()).getByRole('link', { name: /래리 엘리슨/ })
  expect(link).not.toHaveAttribute('aria-current')

  await user.click(link)

  expect(new URLSearchParams(router.state.location.search).get('entity')).toBe('larry-ellison')
  // The URL changes in a transition; the page follows it once the entity navigator has loaded
  // (here the first load also compiles it).
  await waitFor(
    () =>
      expect(within(sidebar()).getByRole('link', { name: /래리 엘리슨/ })).toHaveAttribute(
        'aria-current',
        'true',
      ),
    { timeout: 15_000 },
  )
  expect(within(sidebar()).getByRole('link', { name: /일론 머스크/ })).not.toHaveAttribute(
    'aria-current',
  )
}, 20_000)

test('the selected entity highlights its own mentions and no other', async () => {
  const { user } = renderApp({ url: URL })
  expect(entityMarks().filter((mark) => mark.classList.contains('is-selected'))).toHaveLength(0)

  await user.click(within(sidebar()).getByRole('link', { name: /래리 엘리슨/ }))

  const marks = entityMarks()
  const selected = marks.filter((mark) => mark.classList.contains('is-selected'))
  expect(selected.map((mark) => mark.dataset.entity)).toEqual([
    'larry-ellison',
    'larry-ellison',
    'larry-ellison',
    'larry-ellison',
  ])
  expect(
    marks.filter(
      (mark) => mark.dataset.entity === 'larry-ellison' && !mark.classList.contains('is-selected'),
    ),
  ).toHaveLength(0)
  expect(marks.length).toBeGreaterThan(selected.length)
})

test('the navigator shows the entity description and steps through its mentions', async () => {
  const { user } = renderApp({ url: URL })
  await user.click(within(sidebar()).getByRole('link', { name: /래리 엘리슨/ }))

  const navigator = screen.getByRole('region', { name: '래리 엘리슨' })
  expect(navigator).toHaveTextContent(
    '오라클 공동 창업자이자 회장 겸 CTO로, 베니오프가 자신의 멘토라고 부르는 인물.',
  )
  expect(navigator).toHaveTextContent('4개 중 1번째 언급')
  const current = () => document.querySelector<HTMLElement>('mark[aria-current="true"]')
  expect(
    within(article('2'))
      .getAllByText(/래리 엘리슨/)[0]
      ?.closest('mark'),
  ).toBe(current())

  await user.click(within(navigator).getByRole('button', { name: '다음 언급' }))
  expect(navigator).toHaveTextContent('4개 중 2번째 언급')
  expect(current()).toHaveAttribute('data-entity', 'larry-ellison')
  expect(current()?.closest('article')).toBe(article('2'))

  await user.click(within(navigator).getByRole('button', { name: '다음 언급' }))
  expect(navigator).toHaveTextContent('4개 중 3번째 언급')
  expect(current()?.closest('article')).toBe(article('4'))

  await user.click(within(navigator).getByRole('button', { name: '이전 언급' }))
  expect(navigator).toHaveTextContent('4개 중 2번째 언급')
})

test('selecting an entity scrolls its first mention into view', async () => {
  const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView')
  const { user } = renderApp({ url: URL })
  await user.click(within(sidebar()).getByRole('link', { name: /래리 엘리슨/ }))

  const first = within(article('2'))
    .getByRole('link', { name: '래리 엘리슨(Larry Ellison)' })
    .closest('mark')
  expect(first).toHaveAttribute('aria-current', 'true')
  expect(scrolled.mock.contexts).toContain(first)
})

test('clicking a mention in the text selects its entity', async () => {
  const { user, router } = renderApp({ url: URL })
  await user.click(within(article('10')).getByRole('link', { name: '샘' }))

  expect(new URLSearchParams(router.state.location.search).get('entity')).toBe('sam-altman')
  expect(screen.getByRole('region', { name: '샘 알트먼' })).toHaveTextContent('4개 중 1번째 언급')
  expect(within(sidebar()).getByRole('link', { name: /샘 알트먼/ })).toHaveAttribute(
    'aria-current',
    'true',
  )
})

test('clicking the selected entity again clears the selection', async () => {
  const { user, router } = renderApp({ url: `${URL}?entity=larry-ellison` })
  await user.click(within(sidebar()).getByRole('link', { name: /래리 엘리슨/ }))
  expect(router.state.location.search).toBe('')
  expect(screen.queryByRole('region', { name: '래리 엘리슨' })).not.toBeInTheDocument()
})

test('mentions in turns hidden by the filter are counted and reachable, shown with a notice', async () => {
  // Larry Ellison is mentioned only by Benioff (turns 2 and 4); the filter keeps the host's turns.
  const { user } = renderApp({ url: `${URL}?speaker=host&entity=larry-ellison` })
  const navigator = screen.getByRole('region', { name: '래리 엘리슨' })
  expect(navigator).toHaveTextContent('필터 밖 언급 4개')
  expect(navigator).toHaveTextContent('4개 중 1번째 언급')
  expect(screen.queryByRole('article', { name: /^4번: / })).not.toBeInTheDocument()

  // The current mention's turn is shown although the filter hides it, and says why.
  expect(
    within(article('2')).getByText(/현재 필터에 해당하지 않지만, 선택한 언급이 있어 표시합니다/),
  ).toBeInTheDocument()

  await user.click(within(navigator).getByRole('button', { name: '다음 언급' }))
  await user.click(within(navigator).getByRole('button', { name: '다음 언급' }))

  expect(navigator).toHaveTextContent('4개 중 3번째 언급')
  expect(
    within(article('4')).getByText(/현재 필터에 해당하지 않지만, 선택한 언급이 있어 표시합니다/),
  ).toBeInTheDocument()
  expect(screen.queryByRole('article', { name: /^2번: / })).not.toBeInTheDocument()
  // The filter itself still counts only the host's turns.
  expect(screen.getAllByRole('article')).toHaveLength(16)
})
