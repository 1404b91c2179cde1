import { lowerAscii } from './text-form.ts'

// Glosses (PRODUCT §4): a mention may be followed by another name of the same entity in
// parentheses, `래리 엘리슨(Larry Ellison)`, and the mention then takes it in.

/** A gloss is a short parenthesis: `(Larry Ellison)`, `(손정의)`. */
const MAX_GLOSS = 200

/** The aliases of one entity, to recognise a gloss after its mention. */
export type OwnAliases = {
  aliases: ReadonlySet<string>
  /** Whether any alias holds a `(`: if none does, a parenthesis holding one is no gloss. */
  hasParen: boolean
}

/**
 * Answers "where is the first `char` at or after this position?" for one text, in constant
 * time on average: positions are asked mostly in increasing order, so the last answer is kept
 * and the text searched again only past it; a position before the last one asked is searched
 * only up to `MAX_GLOSS` characters. -1 when there is none (or none within `MAX_GLOSS` of an
 * earlier position), which for a gloss means the same. Searching the whole rest of the text
 * each time made unclosed parentheses quadratic: `가(가(가(…` took 9 s (issue 15).
 */
function createCharFinder(text: string, char: string): (position: number) => number {
  const code = char.charCodeAt(0)
  let asked = -1
  let found = -1
  return (position) => {
    if (asked >= 0 && position >= asked && (found < 0 || position <= found)) return found
    if (asked >= 0 && position < asked) {
      const stop = Math.min(asked, position + MAX_GLOSS + 1)
      for (let i = position; i < stop; i++) if (text.charCodeAt(i) === code) return i
      return stop === asked ? found : -1
    }
    asked = position
    found = text.indexOf(char, position)
    return found
  }
}

/**
 * Reads glosses in one text: `(<alias of the same entity>)` right after a mention (PRODUCT §4,
 * `래리 엘리슨(Larry Ellison)`). Returns where the gloss opening at `open` ends, or -1. Each
 * parenthesis is normalised at most once however many candidates end before it, and one holding
 * another `(` is dismissed at once when no alias of the entity has one.
 */
export function createGlossReader(text: string): (open: number, own: OwnAliases) => number {
  const closeAfter = createCharFinder(text, ')')
  const openAfter = createCharFinder(text, '(')
  let lastOpen = -1
  let lastInner = ''
  return (open, own) => {
    if (text.charCodeAt(open) !== 0x28 /* ( */) return -1
    const close = closeAfter(open + 1)
    if (close < 0 || close - open > MAX_GLOSS) return -1
    if (!own.hasParen) {
      const nested = openAfter(open + 1)
      if (nested >= 0 && nested < close) return -1
    }
    if (open !== lastOpen) {
      lastOpen = open
      lastInner = lowerAscii(text.slice(open + 1, close))
        .trim()
        .replace(/\s+/g, ' ')
    }
    return own.aliases.has(lastInner) ? close + 1 : -1
  }
}
