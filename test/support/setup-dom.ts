import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { preloadLocale } from '../../src/app/shell/locale.tsx'

// A full explorer re-renders 30 turns per click under StrictMode: on a busy machine one test can
// pass the default 5 s without anything being wrong.
vi.setConfig({ testTimeout: 20_000 })

// jsdom has no layout, media queries or modal dialogs: give the app harmless stand-ins.
Element.prototype.scrollIntoView ??= function scrollIntoView() {}

window.matchMedia ??= (query: string): MediaQueryList => ({
  media: query,
  matches: false,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})

HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false
}

afterEach(() => {
  cleanup()
  localStorage.clear()
  // Stubbed globals (fetch) and spies (navigator.languages, scrollIntoView) never leak into the next test.
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

// The English interface text loads on first use in the browser (PRODUCT §7 size); here it is
// loaded once up front, so switching language is as immediate as after a first visit.
await preloadLocale('en')
