import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { StrictMode } from 'react'
import { createMemoryRouter, matchPath, RouterProvider } from 'react-router'
import type { Transcript } from '#core/transcript-schema.ts'
import { formatIssue } from '#core/transcript-checks.ts'
import { validateTranscript } from '#core/validate-transcript.ts'
import { DEFAULT_TRANSCRIPT_ID } from '../../src/app/paths.ts'
import { routes } from '../../src/app/router.tsx'
import { LocaleProvider } from '../../src/app/shell/locale.tsx'
import type { Locale } from '../../src/app/shell/messages.ts'
import { transcriptQueryOptions } from '../../src/app/transcripts/transcript-queries.ts'

// A path, not a file URL: under jsdom `URL` is jsdom's, which node:fs and node:url reject.
const SEED_PATH = resolve(import.meta.dirname, '../../public/data/benioff-davos-2025.json')

/** Outside data is validated, never cast: a fixture that breaks the format fails loudly. */
export function toTranscript(data: unknown): Transcript {
  const result = validateTranscript(data)
  if (!result.ok)
    throw new Error(`invalid transcript fixture:\n${result.issues.map(formatIssue).join('\n')}`)
  return result.value
}

/** The raw seed JSON as published, for tests that need to alter it or serve it over `fetch`. */
export function readSeedJson(): unknown {
  return JSON.parse(readFileSync(SEED_PATH, 'utf8'))
}

/** The published seed transcript (`benioff-davos-2025`), validated. */
export function seedTranscript(): Transcript {
  return toTranscript(readSeedJson())
}

type RenderAppOptions = {
  url: string
  /** Seeded into the query cache under the URL's transcript id; `null` seeds nothing (the app fetches). */
  transcript?: Transcript | null
  /** The interface language, stored as the reader's choice before the first render; `null` leaves storage as it is. */
  locale?: Locale | null
}

function transcriptIdOf(url: string): string {
  const pathname = new URL(url, 'http://localhost').pathname
  const match = matchPath('/i/:transcriptId/*', pathname)
  return match?.params.transcriptId ?? DEFAULT_TRANSCRIPT_ID
}

/**
 * Mounts the real routes in a memory router at `url`, with a fresh QueryClient (no retries)
 * and the providers main.tsx uses (STYLE §7).
 */
export function renderApp({ url, transcript = seedTranscript(), locale = 'ko' }: RenderAppOptions) {
  if (locale !== null) localStorage.setItem('daedam.locale', locale)
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  })
  if (transcript !== null) {
    queryClient.setQueryData(transcriptQueryOptions(transcriptIdOf(url)).queryKey, transcript)
  }
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const user = userEvent.setup()
  const result = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <RouterProvider router={router} />
        </LocaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
  return { ...result, router, queryClient, user }
}

/** The "N of M turns" line: the status region outside the turns (each turn has its own for copy). */
export function getStatusLine(): HTMLElement {
  const lines = screen
    .getAllByRole('status')
    .filter((element) => element.closest('article') === null)
  const [line, ...rest] = lines
  if (line === undefined || rest.length > 0)
    throw new Error(`expected one status line, found ${lines.length}`)
  return line
}
