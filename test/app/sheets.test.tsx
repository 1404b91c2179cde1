import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../support/render-app.tsx'

// PRODUCT §5: on a phone the filters and the sidebar open as sheets over the transcript. jsdom
// has no layout, so this checks the behaviour; test/e2e/phone.test.ts checks where they show.

const URL = '/i/benioff-davos-2025'

function toggle(name: string) {
  return screen.getByRole('button', { name })
}

test('a sheet opens with focus on its heading, the rest inert, and 닫기 gives focus back to its toggle', async () => {
  const { user } = renderApp({ url: URL })
  await user.click(toggle('필터'))

  const filters = screen.getByRole('navigation', { name: '필터' })
  const heading = await within(filters).findByRole('heading', { name: '필터' })
  expect(heading).toHaveFocus()
  expect(filters).not.toHaveAttribute('inert')
  expect(screen.getByRole('main')).toHaveAttribute('inert')
  expect(screen.getByRole('heading', { level: 1 }).closest('header')).toHaveAttribute('inert')
  expect(screen.getByRole('complementary', { name: '인물·기업' })).toHaveAttribute('inert')

  await user.click(within(filters).getByRole('button', { name: '닫기' }))
  expect(within(filters).queryByRole('heading', { name: '필터' })).not.toBeInTheDocument()
  expect(toggle('필터')).toHaveFocus()
  expect(toggle('필터')).toHaveAttribute('aria-expanded', 'false')
  expect(document.querySelectorAll('[inert]')).toHaveLength(0)
})

test('while a sheet is open the reading shortcuts wait, and Esc closes it', async () => {
  const { user, router } = renderApp({ url: URL })
  await user.click(toggle('인물·기업'))
  await screen.findByRole('heading', { name: '인물·기업' })

  await user.keyboard('j')
  expect(router.state.location.pathname).toBe(URL)

  await user.keyboard('{Escape}')
  expect(screen.queryByRole('heading', { name: '인물·기업' })).not.toBeInTheDocument()
  expect(toggle('인물·기업')).toHaveFocus()
  await user.keyboard('j')
  expect(router.state.location.pathname).toBe(`${URL}/t/1`)
})

test('choosing an entity in the 인물·기업 sheet selects it and closes the sheet', async () => {
  const { user, router } = renderApp({ url: URL })
  await user.click(toggle('인물·기업'))
  const sheet = screen.getByRole('complementary', { name: '인물·기업' })
  await within(sheet).findByRole('heading', { name: '인물·기업' })

  await user.click(within(sheet).getByRole('link', { name: /래리 엘리슨/ }))

  expect(new URLSearchParams(router.state.location.search).get('entity')).toBe('larry-ellison')
  await waitFor(() => expect(toggle('인물·기업')).toHaveAttribute('aria-expanded', 'false'), {
    timeout: 5000,
  })
  expect(within(sheet).queryByRole('heading', { name: '인물·기업' })).not.toBeInTheDocument()
  expect(screen.getByRole('main')).not.toHaveAttribute('inert')
})
