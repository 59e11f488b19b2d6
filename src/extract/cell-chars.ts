/**
 * Flatten the inline content of a table cell into characters that remember
 * where they came from: the view offset, and the URL of the link around them.
 *
 * The list grammar then works on plain text while each name keeps its URL
 * and its place — and markup (bold, code spans, links) is stripped on the way.
 */

import type {Html, PhrasingContent} from 'mdast'
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
  const runs: Runs = {
    parts: [],
    starts: [],
    runUrls: [],
    breaks: new Set(),
    problems: [],
    length: 0
  }
  visit(runs, children, undefined)
  return charsFromRuns(runs)
}

/** The characters of a cell as they are collected, a run a text node. */
interface Runs {
  /** Text of each run. */
  parts: string[]
  /** View offset of the first character of each run (`-1`: none) and the most any may have. */
  starts: Array<{first: number; end: number}>
  /** URL of the link around each run (see `CellChars.runUrls`). */
  runUrls: Array<string | null | undefined>
  /** Indices of the characters that are line breaks. */
  breaks: Set<number>
  /** Problems of the markup, in the order of the text. */
  problems: CharProblem[]
  /** Characters collected so far. */
  length: number
}

/**
 * Links among one list of siblings: the URL of the link around them, and
 * that of an HTML link opened among them, if any, with where it was opened
 * (for the report if it is never closed).
 */
interface SiblingLinks {
  /** URL of the link around the siblings. */
  around: string | null | undefined
  /** URL of the text here: `around`, or that of an open HTML link. */
  current: string | null | undefined
  /** Where the open HTML link was opened. */
  opened: {index: number; offset: number | null} | undefined
}

/** Second pass, once the length is known: offsets run by run. */
function charsFromRuns(runs: Runs): CellChars {
  const {parts, starts, runUrls, breaks, problems} = runs
  const text = parts.join('')
  const offsets = new Float64Array(text.length)
  const runOf = new Uint32Array(text.length)
  let at = 0
  for (let run = 0; run < parts.length; run++) {
    const {first, end} = starts[run] as {first: number; end: number}
    const size = (parts[run] as string).length
    for (let index = 0; index < size; index++) {
      offsets[at] = first < 0 ? -1 : Math.min(first + index, end)
      runOf[at++] = run
    }
  }

  return {text, offsets, runs: runOf, runUrls, breaks, problems}
}

/** Collect the characters of some siblings, inside a link to `url`. */
function visit(
  runs: Runs,
  nodes: ReadonlyArray<PhrasingContent>,
  url: string | null | undefined
): void {
  const links: SiblingLinks = {around: url, current: url, opened: undefined}
  for (const node of nodes) visitNode(runs, node, links)
  unclosed(runs, links)
}

/** Collect the characters of one node. */
function visitNode(runs: Runs, node: PhrasingContent, links: SiblingLinks) {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const start = node.position?.start.offset
      const end = node.position?.end.offset ?? Infinity
      // A code span's value starts after its opening backtick.
      const first =
        start === undefined ? -1 : start + (node.type === 'inlineCode' ? 1 : 0)
      push(runs, node.value, first, end, links.current)
      break
    }

    case 'html': {
      visitHtml(runs, node, links)
      break
    }

    case 'break': {
      pushBreak(runs, node)
      break
    }

    case 'link': {
      visit(runs, node.children, node.url.trim() || null)
      break
    }

    case 'linkReference': {
      // The definition is elsewhere in the page, not in the cell.
      visit(runs, node.children, null)
      break
    }

    case 'strong':
    case 'emphasis':
    case 'delete': {
      visit(runs, node.children, links.current)
      break
    }

    default: {
      // Images and footnote references name nothing.
      break
    }
  }
}

/**
 * HTML: comments (customization markers resolved by the views, or others)
 * and other tags carry no name; a break separates lines; `<a>` and `</a>`
 * start and end a link.
 */
function visitHtml(runs: Runs, node: Html, links: SiblingLinks) {
  if (breakHtml.test(node.value.trim())) {
    pushBreak(runs, node)
    return
  }

  const anchor = anchorFromHtml(node.value)
  if (!anchor) return
  if (anchor.type === 'close') {
    links.opened = undefined
    links.current = links.around
    return
  }

  // An `<a>` inside an open one closes it, as in a browser.
  unclosed(runs, links)
  if (anchor.url === undefined) {
    // An anchor that is no link (`<a name="x">`).
    links.current = links.around
  } else {
    links.current = anchor.url
    links.opened = {
      index: runs.length,
      offset: node.position?.start.offset ?? null
    }
  }
}

/** Report the HTML link still open among some siblings, if any. */
function unclosed(runs: Runs, links: SiblingLinks) {
  if (!links.opened) return
  runs.problems.push({
    index: links.opened.index,
    problem: {
      ruleId: 'unclosed-html-link',
      reason:
        'Unexpected `<a>` without `</a>`, expected a closing tag; the link runs to the end of the cell, of the markup around it or to the next `<a>`',
      offset: links.opened.offset
    }
  })
  links.opened = undefined
}

/** Add a run of characters. */
function push(
  runs: Runs,
  value: string,
  first: number,
  end: number,
  url: string | null | undefined
) {
  runs.parts.push(value)
  runs.starts.push({first, end})
  runs.runUrls.push(url)
  runs.length += value.length
}

/** Add a line break. */
function pushBreak(runs: Runs, node: PhrasingContent): void {
  runs.breaks.add(runs.length)
  const start = node.position?.start.offset
  push(runs, '\n', start === undefined ? -1 : start, Infinity, undefined)
}
