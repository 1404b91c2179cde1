import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations } from '../support/axe.ts'
import { closePage, openPage, waitForTurns } from '../support/browser.ts'
import { launchBrowser } from '../support/chromium.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §7: axe-core reports no violations on the loaded, filtered, entity-selected, deep-linked, search and error views.

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const TRANSCRIPT_VIEWS = [
  { name: 'the default view', path: `/i/${SEED_ID}`, ready: 'article#turn-30' },
  {
    name: 'the filtered view (?speaker=host)',
    path: `/i/${SEED_ID}?speaker=host`,
    ready: 'article#turn-29',
  },
  {
    name: 'the entity-selected view (?entity=larry-ellison)',
    path: `/i/${SEED_ID}?entity=larry-ellison`,
    ready: 'mark[data-entity="larry-ellison"][aria-current="true"]',
  },
  {
    name: 'the deep-linked view (/t/17)',
    path: `/i/${SEED_ID}/t/17`,
    ready: 'article#turn-17:focus',
  },
  {
    name: 'the search view (?q=엘리슨)',
    path: `/i/${SEED_ID}?q=엘리슨`,
    ready: 'mark[data-search]',
  },
]

test.each(TRANSCRIPT_VIEWS)(
  'axe finds no violations on $name at 1280 px',
  async ({ path, ready }) => {
    const opened = await openPage(browser, path, { width: 1280, height: 900 })
    const { page, errors } = opened
    await page.locator(ready).first().waitFor()
    expect(await axeViolations(page), 'axe violations').toEqual([])
    expect(errors).toEqual([])
    await closePage(opened)
  },
)

test('axe finds no violations on the error view (/i/nope) at 1280 px', async () => {
  const opened = await openPage(browser, '/i/nope', { width: 1280, height: 900 })
  const { page } = opened
  await page.getByRole('alert').waitFor()
  expect(await axeViolations(page), 'axe violations').toEqual([])
  await closePage(opened)
})

test('axe finds no violations on the default view at 390 px, with the filters panel closed and open', async () => {
  const opened = await openPage(browser, `/i/${SEED_ID}`, { width: 390, height: 844 })
  const { page, errors } = opened
  await waitForTurns(page)
  expect(await axeViolations(page), 'axe violations, panels closed').toEqual([])
  await page.getByRole('button', { name: '필터', exact: true }).click()
  await page.getByRole('checkbox', { name: /진행자/ }).waitFor({ state: 'visible' })
  expect(await axeViolations(page), 'axe violations, filters open').toEqual([])
  expect(errors).toEqual([])
  await closePage(opened)
})

test('axe finds no violations in the dark colour scheme with an entity selected', async () => {
  const opened = await openPage(browser, `/i/${SEED_ID}?entity=larry-ellison`, {
    colorScheme: 'dark',
  })
  const { page, errors } = opened
  await waitForTurns(page)
  expect(await axeViolations(page), 'axe violations').toEqual([])
  expect(errors).toEqual([])
  await closePage(opened)
})

test('axe finds no violations in the shortcuts dialog (English interface; the modal makes the rest inert)', async () => {
  const opened = await openPage(browser, `/i/${SEED_ID}`, { locale: 'en-US' })
  const { page, errors } = opened
  await waitForTurns(page)
  await page.keyboard.press('?')
  await page.getByRole('dialog').waitFor({ state: 'visible' })
  expect(await axeViolations(page), 'axe violations').toEqual([])
  expect(errors).toEqual([])
  await closePage(opened)
})
