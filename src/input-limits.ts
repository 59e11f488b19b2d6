/**
 * Hard limits on what the pipeline reads: above them a page is refused with
 * one diagnostic instead of being parsed.
 *
 * Why: micromark (under remark-parse) is superlinear on some shapes of
 * input and recursive on nesting — 10 000 levels of `>` overflow the stack,
 * 500 levels of indented lists take seconds, so do 20 000 pipe rows without
 * a delimiter row — and the real pages are below 50 KB and 500 lines with at
 * most a few levels of nesting.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage} from './diagnostics.js'

/** The limits, documented in README's "Limits and performance". */
export const inputLimits = {
  /** Largest input, in UTF-8 bytes (1 MiB: 20 times the largest real page). */
  maxBytes: 1024 * 1024,
  /**
   * Most lines (20 times the longest real page): micromark is quadratic in
   * the lines of a paragraph of pipe rows (20 000 take 4 s).
   */
  maxLines: 10_000,
  /**
   * Deepest nesting of a line: its `>` and list markers plus one level per
   * two columns of indentation before its content.
   */
  maxDepth: 100,
  /**
   * Most `]` (link and label ends), 38 times the most of a real page (260):
   * micromark's time grows with the square of a run of label ends in one
   * paragraph (20 000 `](` take 6 s, 40 000 `[a] (` 16 s).
   */
  maxLabelEnds: 10_000
} as const

/**
 * Check a raw text against the limits.
 *
 * @param text
 *   The raw text.
 * @returns
 *   The diagnostic refusing it, or `undefined` when it is within the limits.
 */
export function checkInput(text: string): VFileMessage | undefined {
  // A code unit is at most 3 bytes (a surrogate pair, 2 units, is 4): a
  // text this short is within the byte limit without counting, as every
  // real page is, and the count is only told when it is over.
  const bytes =
    text.length * 3 <= inputLimits.maxBytes ? 0 : utf8ByteLength(text)

  if (bytes > inputLimits.maxBytes) {
    return createMessage(
      'input-too-large',
      'Unexpected input of ' +
        bytes +
        ' bytes, expected at most ' +
        inputLimits.maxBytes +
        ' (1 MiB); the page is not read: split it or check that it is the right file',
      {line: 1, column: 1, offset: 0}
    )
  }

  const lines = countTextLines(text)

  if (lines > inputLimits.maxLines) {
    return createMessage(
      'input-too-large',
      'Unexpected input of ' +
        lines +
        ' lines, expected at most ' +
        inputLimits.maxLines +
        '; the page is not read: split it or check that it is the right file',
      {line: 1, column: 1, offset: 0}
    )
  }

  const labelEnds = countOf(text, ']')

  if (labelEnds > inputLimits.maxLabelEnds) {
    return createMessage(
      'input-too-complex',
      'Unexpected ' +
        labelEnds +
        ' label ends (`]`), expected at most ' +
        inputLimits.maxLabelEnds +
        '; the page is not read: the Markdown parser takes time that grows with their square',
      {line: 1, column: 1, offset: 0}
    )
  }

  if (!mayBeTooDeep(text)) return undefined

  let line = 1
  let start = 0

  while (start <= text.length) {
    const depth = depthAt(text, start)

    if (depth > inputLimits.maxDepth) {
      return createMessage(
        'input-too-deep',
        'Unexpected nesting ' +
          depth +
          ' levels deep (`>`, list markers, indentation), expected at most ' +
          inputLimits.maxDepth +
          '; the page is not read',
        {line, column: 1, offset: start}
      )
    }

    const end = nextLineStart(text, start)
    if (end === -1) break
    start = end
    line++
  }

  return undefined
}

/**
 * Bytes of a text in UTF-8, counted from its code units in one pass without
 * encoding it: off Node there is no `Buffer.byteLength`, and `TextEncoder`
 * would allocate up to 3 bytes per code unit of any text, however far over
 * the limit, only to count them. A lone surrogate counts 3 bytes: it is
 * encoded as U+FFFD, by `TextEncoder` and by Node alike.
 */
function utf8ByteLength(text: string): number {
  // Every code unit is at least one byte.
  let bytes = text.length

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) continue
    if (code < 0x800) {
      bytes += 1
    } else if (
      code >= 0xd800 &&
      code <= 0xdbff &&
      (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
    ) {
      // A surrogate pair: two code units, four bytes.
      bytes += 2
      index++
    } else {
      bytes += 2
    }
  }

  return bytes
}

/** How many times a character is in a text, found natively. */
function countOf(text: string, character: string): number {
  let count = 0
  for (
    let index = text.indexOf(character);
    index !== -1;
    index = text.indexOf(character, index + 1)
  )
    count++
  return count
}

/**
 * Whether some line may nest deeper than the limit. A line's depth is at
 * most two levels per character of the run of markers, digits and
 * whitespace it starts with (a tab is two levels), so a text with no such
 * run of half the limit at a line start is within it; `^` of a multiline
 * pattern starts at every line start of CommonMark (LF, CR, CRLF), and at
 * U+2028 and U+2029 too, which only makes it look at more.
 */
function mayBeTooDeep(text: string): boolean {
  return leadingRunOfHalfTheDepth.test(text)
}

const leadingRunOfHalfTheDepth = new RegExp(
  '^[ \\t>*+\\-0-9.)]{' + Math.ceil(inputLimits.maxDepth / 2) + '}',
  'm'
)

/**
 * Nesting of the line starting at `start`: container markers and
 * indentation (a tab counts 4 columns, two columns count one level).
 */
function depthAt(text: string, start: number): number {
  let markers = 0
  let columns = 0
  let index = start

  while (index < text.length) {
    const code = text.charCodeAt(index)

    if (code === 32 /* ` ` */) {
      columns++
      index++
    } else if (code === 9 /* `\t` */) {
      columns += 4
      index++
    } else if (code === 62 /* `>` */) {
      markers++
      index++
    } else if (
      (code === 45 /* `-` */ ||
        code === 42 /* `*` */ ||
        code === 43) /* `+` */ &&
      isSpaceOrTab(text.charCodeAt(index + 1))
    ) {
      markers++
      index++
    } else if (code >= 48 && code <= 57 /* digit */) {
      let after = index
      while (after < text.length && after - index < 9) {
        const digit = text.charCodeAt(after)
        if (digit < 48 || digit > 57) break
        after++
      }

      const marker = text.charCodeAt(after)
      if (
        (marker === 46 /* `.` */ || marker === 41) /* `)` */ &&
        isSpaceOrTab(text.charCodeAt(after + 1))
      ) {
        markers++
        index = after + 1
      } else {
        break
      }
    } else {
      break
    }
  }

  return markers + Math.floor(columns / 2)
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

/** Offset after the line ending of the line at `start`, or `-1` at the end. */
function nextLineStart(text: string, start: number): number {
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) return index + 1
    if (code === 13)
      return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
  }

  return -1
}

/**
 * Lines of a text: its line endings (LF, CRLF, CR), plus one for a last line
 * without one. `''` has none, `'a'` and `'a\n'` one, `'a\n\n'` two (the
 * second empty).
 */
function countTextLines(text: string): number {
  // Without a CR, the line endings are the LFs: found natively.
  if (!text.includes('\r')) {
    return (
      countOf(text, '\n') + (text.length > 0 && !text.endsWith('\n') ? 1 : 0)
    )
  }

  let lines = 0
  let start = 0

  while (start < text.length) {
    const end = nextLineStart(text, start)
    lines++
    if (end === -1) break
    start = end
  }

  return lines
}
