/**
 * Normalize the text of a header cell or section title so that spellings
 * of one header compare equal: `**Office  365**`, `Office 365:`,
 * `<strong>Office 365</strong>` and `Office 365` all become `office 365`.
 */

import {memoize} from '../util/memoize.js'

/**
 * Normalize header or section-title text: lowercase, markup stripped,
 * whitespace collapsed, trailing `:` (and a sentence's trailing `.`)
 * removed.
 *
 * Accepts raw Markdown (as written in the page) as well as plain text (as
 * `mdast-util-to-string` gives it), so callers may pass either.
 *
 * @param text
 *   Header cell or section title, raw or plain.
 * @returns
 *   Normalized text; `''` for a cell without words.
 */
export const normalizeHeader: (text: string) => string = memoize(
  normalizeHeaderUncached,
  // Every version of a page asks again about the same few hundred header
  // cells and titles, each a dozen passes over the text.
  10_000,
  1_000_000
)

function normalizeHeaderUncached(text: string): string {
  const plain = text
    // Full-width forms (`：`, `（`) and compatibility characters fold to ASCII.
    .normalize('NFKC')
    // A heading passed as written keeps its `#` markers.
    .replace(/^\s*#{1,6}(?=\s)/, '')
    // Comments carry no header text (customization markers are resolved by
    // the views; any left would only add noise).
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    // `<br/>` splits words (`Libraries<br/>for Download`); other tags wrap them.
    .replace(/<br\s*\/?>|<\/br>/gi, ' ')
  // Links and DocFX tab links keep their text: `[China cloud](#tab/china-cloud)`.
  const unmarked = withoutBrackets(withoutLinks(withoutTags(plain)))
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    // Emphasis, code and escapes.
    .replace(/[*`]|(?<![a-z\d])_+|_+(?![a-z\d])/gi, '')
    .replace(/\\(.)/g, '$1')
    // Curly apostrophes (`d’homologation`) compare equal to straight ones.
    .replace(/[\u2018\u2019]/g, "'")
  // Pipes left over from a row's `||` ending are not text.
  const collapsed = trimPipes(unmarked).replace(/\s+/g, ' ').toLowerCase()
  return withoutTrailingStops(collapsed).trim()
}

// The helpers below do what a regex did, in one pass: the regex tried every
// start of a long run (spaces, dots, `<a`, `[`) and scanned the rest of the
// text from each, quadratic on a long header cell (issue 10 §1; see
// `test/robustness/regex-backtracking.test.ts`).

const whitespace = /\s/

/** `text.replace(/<\/?[a-z][^>]*>/gi, '')`. */
function withoutTags(text: string): string {
  const closeAfter = createNextIndex(text, '>')
  return replaceSpans(text, '<', function (index) {
    const letter =
      text.charCodeAt(index + 1) === 47 /* `/` */ ? index + 2 : index + 1
    if (!isAsciiLetter(text.charCodeAt(letter))) return undefined
    const close = closeAfter(letter)
    // No `>` after this `<`: none after any later one either.
    if (close === -1) return null
    return {start: index, end: close + 1, value: ''}
  })
}

/** `text.replace(/!?\[([^\]]*)\]\s*\([^)]*\)/g, '$1')`. */
function withoutLinks(text: string): string {
  const closeAfter = createNextIndex(text, ']')
  const parenAfter = createNextIndex(text, ')')
  // End of the whitespace after the `]` at `spacedFrom`, memoized: many `[`
  // share one `]`.
  let spacedFrom = -1
  let spacedTo = -1
  return replaceSpans(text, '[', function (index, kept) {
    const close = closeAfter(index)
    if (close === -1) return null
    if (spacedFrom !== close) {
      spacedFrom = close
      spacedTo = close + 1
      while (spacedTo < text.length && whitespace.test(text.charAt(spacedTo)))
        spacedTo++
    }

    if (text.charCodeAt(spacedTo) !== 40 /* `(` */) return undefined
    const paren = parenAfter(spacedTo)
    if (paren === -1) return null
    const start =
      index > kept && text.charCodeAt(index - 1) === 33 /* `!` */
        ? index - 1
        : index
    return {start, end: paren + 1, value: text.slice(index + 1, close)}
  })
}

/** `text.replace(/\[([^\]]*)\]/g, '$1')`. */
function withoutBrackets(text: string): string {
  return replaceSpans(text, '[', function (index) {
    const close = text.indexOf(']', index + 1)
    if (close === -1) return null
    return {start: index, end: close + 1, value: text.slice(index + 1, close)}
  })
}

/** A span of a text to replace, `[start, end)`, and what replaces it. */
interface Span {
  start: number
  end: number
  value: string
}

/**
 * Replace spans of a text in one pass: at each `opener`, `spanAt` gives the
 * span to replace there (it ends after the opener, and starts after the
 * last span's end, `kept`); the search goes on after the span.
 *
 * @param spanAt
 *   The span at an opener; `undefined` for none, `null` for none at this
 *   opener nor any later one.
 */
function replaceSpans(
  text: string,
  opener: string,
  spanAt: (index: number, kept: number) => Span | null | undefined
): string {
  let result = ''
  let kept = 0
  for (
    let index = text.indexOf(opener);
    index !== -1;
    index = text.indexOf(opener, index + 1)
  ) {
    const span = spanAt(index, kept)
    if (span === null) break
    if (span === undefined) continue
    result += text.slice(kept, span.start) + span.value
    kept = span.end
    index = span.end - 1
  }

  return kept === 0 ? text : result + text.slice(kept)
}

/**
 * Finds the first `character` after an offset (`-1` when there is none).
 *
 * Note: remembers its last answer, which still holds for any later offset
 * before it, so that queries at increasing offsets scan the text once in
 * all; and once there is none, there is none after a later offset either.
 */
function createNextIndex(text: string, character: string) {
  let found = -2
  return function (after: number): number {
    if (found !== -1 && found <= after)
      found = text.indexOf(character, after + 1)
    return found
  }
}

/** `text.replace(/^[\s|]+|[\s|]+$/g, '')`. */
function trimPipes(text: string): string {
  const isPipeOrSpace = (index: number) =>
    text.charCodeAt(index) === 124 /* `|` */ ||
    whitespace.test(text.charAt(index))
  let start = 0
  let end = text.length
  while (start < end && isPipeOrSpace(start)) start++
  while (end > start && isPipeOrSpace(end - 1)) end--
  return text.slice(start, end)
}

/** `text.replace(/\s*[:.。]+$/, '')`. */
function withoutTrailingStops(text: string): string {
  let end = text.length
  while (end > 0 && ':.。'.includes(text.charAt(end - 1))) end--
  if (end === text.length) return text
  while (end > 0 && whitespace.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
