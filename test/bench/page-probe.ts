// The in-page half of the benchmark: timings are taken inside the page with performance.now(), so
// no Playwright round-trip is counted. It is plain JavaScript in a string because functions handed
// to Playwright are serialised with their source, and tsx's transform would add helpers (`__name`)
// the page does not have.

/** Where the probe lives in the page. */
export const PROBE = 'window.__daedamBench'

/**
 * Installed with `page.addInitScript` before any app code runs. It records when the first
 * `article[id^="turn-"]` enters the DOM, the next animation frame (rAF) after that, and the end of
 * that frame's paint (a message posted from rAF is delivered after the frame is rendered). Its
 * `measure*` functions do the same around one user action, and reject with a clear message when
 * the page does not update.
 */
export const PAGE_PROBE = String.raw`(() => {
  'use strict'
  const TURN = 'article[id^="turn-"]'
  const state = { firstTurnInDom: null, firstTurnFrame: null, firstTurnPainted: null }
  const onFirstTurnPainted = []

  function nextFrame(onFrame, onPainted) {
    requestAnimationFrame(() => {
      onFrame(performance.now())
      const channel = new MessageChannel()
      channel.port1.onmessage = () => onPainted(performance.now())
      channel.port2.postMessage(null)
    })
  }

  const firstTurn = new MutationObserver(() => {
    if (document.querySelector(TURN) === null) return
    firstTurn.disconnect()
    state.firstTurnInDom = performance.now()
    nextFrame((t) => { state.firstTurnFrame = t }, (t) => {
      state.firstTurnPainted = t
      onFirstTurnPainted.splice(0).forEach((resolve) => resolve(state))
    })
  })
  firstTurn.observe(document, { childList: true, subtree: true })

  function measure(label, act, isDone, timeoutMs) {
    return new Promise((resolve, reject) => {
      let finished = false
      let observer = null
      const timer = setTimeout(() => {
        if (finished) return
        finished = true
        observer?.disconnect()
        reject(new Error(label + ': the page did not update within ' + timeoutMs + ' ms'))
      }, timeoutMs)
      const start = performance.now()
      const finish = () => {
        if (finished) return
        finished = true
        observer?.disconnect()
        clearTimeout(timer)
        const settled = performance.now()
        let frame = 0
        nextFrame(
          (t) => { frame = t },
          (t) => resolve({ settledMs: settled - start, frameMs: frame - start, paintedMs: t - start }),
        )
      }
      observer = new MutationObserver(() => { if (isDone()) finish() })
      // Class changes only (the selected entity): recording every attribute would tax the app's commits.
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributeFilter: ['class'] })
      act()
      if (isDone()) finish()
    })
  }

  // The "N of M turns" line: the role=status outside the turns (each turn's copy button has one,
  // and reading 10,000 of them per check would cost more than the update being timed).
  const findStatusLine = () =>
    Array.from(document.querySelectorAll('[role="status"]')).find(
      (e) => e.closest('article') === null && /\d/.test(e.textContent ?? ''),
    )
  const searchMarks = () => document.querySelectorAll('mark[data-search]').length
  const fail = (message) => Promise.reject(new Error(message))

  function findCheckbox(name) {
    return Array.from(document.querySelectorAll('input[type="checkbox"]')).find((input) =>
      Array.from(input.labels ?? []).some((label) => (label.textContent ?? '').includes(name)),
    )
  }
  function findEntityLink(name) {
    return Array.from(document.querySelectorAll('aside a')).find((a) => (a.textContent ?? '').includes(name))
  }

  const api = {
    state,
    /** The first-turn timings once the first turn has been painted. (The app's CSP rules out
     * Playwright's waitForFunction, which evaluates strings in the page.) */
    firstTurn(timeoutMs) {
      if (state.firstTurnPainted !== null) return Promise.resolve(state)
      return new Promise((resolve, reject) => {
        onFirstTurnPainted.push(resolve)
        setTimeout(() => reject(new Error('no turn was painted within ' + timeoutMs + ' ms')), timeoutMs)
      })
    },
    /** Resolves once the DOM has had no mutation for quietMs (or after maxMs). */
    settle(quietMs, maxMs) {
      return new Promise((resolve) => {
        const begin = performance.now()
        let timer = 0
        const observer = new MutationObserver(() => arm())
        const done = () => { observer.disconnect(); clearTimeout(cap); resolve(performance.now() - begin) }
        const arm = () => { clearTimeout(timer); timer = setTimeout(done, quietMs) }
        const cap = setTimeout(done, maxMs)
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
        arm()
      })
    },
    /** Clicks the speaker checkbox whose label includes name; done when a role=status text changes. */
    toggleSpeaker(name, timeoutMs) {
      const input = findCheckbox(name)
      if (input === undefined) return fail('no checkbox labelled ' + name)
      const status = findStatusLine()
      if (status === undefined) return fail('no role=status line with a turn count')
      const before = status.textContent
      return measure('speaker filter ' + name, () => input.click(), () => !status.isConnected || status.textContent !== before, timeoutMs)
    },
    /** Clicks the sidebar entity link; done when the entity's marks are (or are no longer) selected. */
    toggleEntity(name, id, timeoutMs) {
      const link = findEntityLink(name)
      if (link === undefined) return fail('no link in the aside names ' + name)
      const selected = 'mark[data-entity="' + id + '"].is-selected'
      const wasSelected = document.querySelector(selected) !== null
      return measure('entity ' + name, () => link.click(), () => (document.querySelector(selected) !== null) !== wasSelected, timeoutMs)
    },
    /** Sets the search box's value as typing does; done when the number of search marks changes. */
    typeSearch(value, timeoutMs) {
      const input = document.querySelector('input[type="search"]')
      if (!(input instanceof HTMLInputElement)) return fail('no input[type=search]')
      input.focus()
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      const before = searchMarks()
      return measure('search "' + value + '"', () => {
        setValue.call(input, value)
        input.dispatchEvent(new Event('input', { bubbles: true }))
      }, () => searchMarks() !== before, timeoutMs)
    },
    counts() {
      return {
        turns: document.querySelectorAll(TURN).length,
        elements: document.getElementsByTagName('*').length,
        searchMarks: searchMarks(),
      }
    },
    /** Script URLs fetched (script tags and modulepreload) before the given time. */
    scriptsBefore(time) {
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd <= time && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => e.name)
    },
  }
  Object.defineProperty(window, '__daedamBench', { value: api })
})()`

/** One action timed in the page, in ms from the action: DOM settled, next frame, frame painted. */
export type ActionTiming = { settledMs: number; frameMs: number; paintedMs: number }

export type FirstTurnTiming = { inDomMs: number; frameMs: number; paintedMs: number }

export type PageCounts = { turns: number; elements: number; searchMarks: number }

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined
}

function toNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`the page probe returned no number for ${what} (got ${JSON.stringify(value)})`)
  }
  return value
}

export function toActionTiming(value: unknown, what: string): ActionTiming {
  return {
    settledMs: toNumber(field(value, 'settledMs'), `${what}.settledMs`),
    frameMs: toNumber(field(value, 'frameMs'), `${what}.frameMs`),
    paintedMs: toNumber(field(value, 'paintedMs'), `${what}.paintedMs`),
  }
}

export function toFirstTurnTiming(value: unknown): FirstTurnTiming {
  return {
    inDomMs: toNumber(field(value, 'firstTurnInDom'), 'firstTurnInDom'),
    frameMs: toNumber(field(value, 'firstTurnFrame'), 'firstTurnFrame'),
    paintedMs: toNumber(field(value, 'firstTurnPainted'), 'firstTurnPainted'),
  }
}

export function toCounts(value: unknown): PageCounts {
  return {
    turns: toNumber(field(value, 'turns'), 'turns'),
    elements: toNumber(field(value, 'elements'), 'elements'),
    searchMarks: toNumber(field(value, 'searchMarks'), 'searchMarks'),
  }
}

export function toStrings(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`the page probe returned no list of strings for ${what}`)
  }
  return value
}

/** A call of a probe function with JSON arguments, as an expression for `page.evaluate`. */
export function probeCall(name: string, ...args: unknown[]): string {
  return `${PROBE}.${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`
}
