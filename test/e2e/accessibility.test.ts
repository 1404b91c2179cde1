import { expect, test } from 'vitest'
import { axeViolations } from '../support/axe.ts'
import { useBrowser, withPage, waitForTurns } from '../support/browser.ts'
import { SEED_ID } from '../support/seed-files.ts'

// PRODUCT §7: axe-core reports no violations on the loaded, filtered, entity-selected, deep-linked, search and error views.

const browser = useBrowser()

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
    await withPage(browser(), path, { width: 1280, height: 900 }, async ({ page, errors }) => {
      await page.locator(ready).first().waitFor()
      expect(await axeViolations(page), 'axe violations').toEqual([])
      expect(errors).toEqual([])
    })
  },
)

test('axe finds no violations on the error view (/i/nope) at 1280 px', async () => {
  await withPage(browser(), '/i/nope', { width: 1280, height: 900 }, async ({ page }) => {
    await page.getByRole('alert').waitFor()
    expect(await axeViolations(page), 'axe violations').toEqual([])
  })
})

test('axe finds no violations on the default view at 390 px, with the filters panel closed and open', async () => {
  await withPage(
    browser(),
    `/i/${SEED_ID}`,
    { width: 390, height: 844 },
    async ({ page, errors }) => {
      await waitForTurns(page)
      expect(await axeViolations(page), 'axe violations, panels closed').toEqual([])
      await page.getByRole('button', { name: '필터', exact: true }).click()
      await page.getByRole('checkbox', { name: /진행자/ }).waitFor({ state: 'visible' })
      expect(await axeViolations(page), 'axe violations, filters open').toEqual([])
      expect(errors).toEqual([])
    },
  )
})

test('axe finds no violations in the dark colour scheme with an entity selected', async () => {
  await withPage(
    browser(),
    `/i/${SEED_ID}?entity=larry-ellison`,
    {
      colorScheme: 'dark',
    },
    async ({ page, errors }) => {
      await waitForTurns(page)
      expect(await axeViolations(page), 'axe violations').toEqual([])
      expect(errors).toEqual([])
    },
  )
})

test('axe finds no violations in the shortcuts dialog (English interface; the modal makes the rest inert)', async () => {
  await withPage(browser(), `/i/${SEED_ID}`, { locale: 'en-US' }, async ({ page, errors }) => {
    await waitForTurns(page)
    await page.keyboard.press('?')
    await page.getByRole('dialog').waitFor({ state: 'visible' })
    expect(await axeViolations(page), 'axe violations').toEqual([])
    expect(errors).toEqual([])
  })
})
