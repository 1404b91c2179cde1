import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import type { Transcript } from '#core/transcript-schema.ts'
import { renderApp, seedTranscript } from '../support/render-app.tsx'

test('a broken entity shows an error in the sidebar only; the transcript and filters keep working', async () => {
  // React reports the caught error on the console; the point is what the reader sees.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const seed = seedTranscript()
  // Data that skipped validation: one entity's label is not a text map.
  const broken = {
    ...seed,
    entities: seed.entities?.map((entity, i) => (i === 0 ? { ...entity, label: null } : entity)),
  } as unknown as Transcript
  const { user } = renderApp({ url: '/i/benioff-davos-2025', transcript: broken })

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(/이 영역을 표시하지 못했습니다/)
  expect(screen.getByRole('complementary')).toContainElement(alert)
  expect(screen.getAllByRole('article')).toHaveLength(30)

  await user.click(screen.getByRole('checkbox', { name: /진행자/ }))
  expect(screen.getAllByRole('article')).toHaveLength(15)
  expect(screen.getByRole('heading', { name: '관련 글' })).toBeInTheDocument()
})
