/**
 * Flatten the inline content of a table cell into characters that remember
 * where they came from: the view offset, and the URL of the link around them.
 *
 * The list grammar then works on plain text while each name keeps its URL
 * and its place — and markup (bold, code spans, links) is stripped on the way.
 */

import type {PhrasingContent} from 'mdast'
import {anchorFromHtml} from './cell-html-anchor.js'
import type {CellProblem} from './cell-problem.js'

/**
 * The characters of a cell's text, with, for each, where it came from: its
 * view offset and the URL of the link around it. Kept as typed arrays
 * rather than one object a character: cells are read by the thousand, and a
 * long one should not be an array grown a character at a time.
 */
export interface CellChars {
  /** The text; a line break (`<br>`, hard break) is `'\n'`. */
  text: string
  /**
   * Offset in the view of each character; `-1` when its node has no
   * position (see `offsetAt`). A typed array: a cell of 96 KB is one
   * allocation outside the heap, not an array grown a character at a time.
   */
  offsets: Float64Array
  /** Index in `runUrls` of the run of each character (see `urlAt`). */
  runs: Uint32Array
  /** URL of the link around each run of characters: `null` for a link without URL, `undefined` outside links. */
  runUrls: Array<string | null | undefined>
  /** Indices of the characters that are line breaks (not a `\n` inside text). */
  breaks: Set<number>
  /** What was malformed in the markup, in the order of the text (see `CharProblem`). */
  problems: CharProblem[]
}

/** A problem of a cell's markup, at the character where it starts. */
export interface CharProblem {
  /** Index in `text` of the first character it concerns. */
  index: number
  /** The problem. */
  problem: CellProblem
}

/** HTML that separates lines: `<br>`, `<br/>`, `<br />`, and the malformed `</br>`. */
const breakHtml = /^<\/?br\s*\/?>$/i

/**
 * The view offset of character `index` of a cell, `null` without one.
 *
 * @param chars
 *   Characters of a cell.
 * @param index
 *   Index in `chars.text`.
 */
export function offsetAt(chars: CellChars, index: number): number | null {
  const offset = chars.offsets[index]
  return offset === undefined || offset < 0 ? null : offset
}

/**
 * The URL of the link around character `index` of a cell: `null` for a link
 * without URL, `undefined` outside links.
 *
 * @param chars
 *   Characters of a cell.
 * @param index
 *   Index in `chars.text`.
 */
export function urlAt(
  chars: CellChars,
  index: number
): string | null | undefined {
  const run = chars.runs[index]
  return run === undefined ? undefined : chars.runUrls[run]
}

/**
 * Flatten cell content into characters.
 *
 * HTML links (`<a href="…">Name</a>`, each tag an `html` node of its own)
 * give their URL to the text up to their `</a>`, as Markdown links do (see
 * `anchorFromHtml`). An `<a>` never closed links what follows it up to the
 * end of the cell or of the markup around it (`<strong>` is a tag of its
 * own, `**…**` is markup), or up to the next `<a>`, as a browser draws it;
 * it is reported (`unclosed-html-link`), and the name is kept.
 *
 * Note: offsets inside a text node are its start plus the index in its value;
 * where an escape or entity made the value shorter than the source
 * (`\(`, `&amp;`) they drift by a few columns, clamped to the node's end.
 *
 * @param children
 *   Phrasing content of one table cell.
 */
export function charsFromCell(
  children: ReadonlyArray<PhrasingContent>
): CellChars {
  const parts: string[] = []
  const starts: Array<{first: number; end: number}> = []
  const runUrls: Array<string | null | undefined> = []
  const breaks = new Set<number>()
  const problems: CharProblem[] = []
  let length = 0
  visit(children, undefined)
  const text = parts.join('')
  // Second pass, once the length is known: offsets run by run.
  const offsets = new Float64Array(text.length)
  const runs = new Uint32Array(text.length)
  let at = 0
  for (let run = 0; run < parts.length; run++) {
    const {first, end} = starts[run] as {first: number; end: number}
    const size = (parts[run] as string).length
    for (let index = 0; index < size; index++) {
      offsets[at] = first < 0 ? -1 : Math.min(first + index, end)
      runs[at++] = run
    }
  }

  return {text, offsets, runs, runUrls, breaks, problems}

  function push(
    value: string,
    first: number,
    end: number,
    url: string | null | undefined
  ) {
    parts.push(value)
    starts.push({first, end})
    runUrls.push(url)
    length += value.length
  }

  function visit(
    nodes: ReadonlyArray<PhrasingContent>,
    url: string | null | undefined
  ): void {
    // The URL of an HTML link opened among these siblings, if any, and
    // where it was opened (for the report if it is never closed).
    let current = url
    let opened: {index: number; offset: number | null} | undefined

    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          const start = node.position?.start.offset
          const end = node.position?.end.offset ?? Infinity
          // A code span's value starts after its opening backtick.
          const first =
            start === undefined
              ? -1
              : start + (node.type === 'inlineCode' ? 1 : 0)
          push(node.value, first, end, current)
          break
        }

        case 'html': {
          // Comments (customization markers resolved by the views, or others)
          // and other tags carry no name; `<a>` and `</a>` start and end a link.
          if (breakHtml.test(node.value.trim())) {
            pushBreak(node)
            break
          }

          const anchor = anchorFromHtml(node.value)
          if (!anchor) break
          if (anchor.type === 'close') {
            opened = undefined
            current = url
            break
          }

          // An `<a>` inside an open one closes it, as in a browser.
          unclosed()
          if (anchor.url === undefined) {
            // An anchor that is no link (`<a name="x">`).
            current = url
          } else {
            current = anchor.url
            opened = {
              index: length,
              offset: node.position?.start.offset ?? null
            }
          }

          break
        }

        case 'break': {
          pushBreak(node)
          break
        }

        case 'link': {
          visit(node.children, node.url.trim() || null)
          break
        }

        case 'linkReference': {
          // The definition is elsewhere in the page, not in the cell.
          visit(node.children, null)
          break
        }

        case 'strong':
        case 'emphasis':
        case 'delete': {
          visit(node.children, current)
          break
        }

        default: {
          // Images and footnote references name nothing.
          break
        }
      }
    }

    unclosed()

    /** Report the HTML link still open here, if any. */
    function unclosed() {
      if (!opened) return
      problems.push({
        index: opened.index,
        problem: {
          ruleId: 'unclosed-html-link',
          reason:
            'Unexpected `<a>` without `</a>`, expected a closing tag; the link runs to the end of the cell, of the markup around it or to the next `<a>`',
          offset: opened.offset
        }
      })
      opened = undefined
    }
  }

  function pushBreak(node: PhrasingContent): void {
    breaks.add(length)
    const start = node.position?.start.offset
    push('\n', start === undefined ? -1 : start, Infinity, undefined)
  }
}
