/**
 * Cut Markdown into pieces that parse on their own: at blank lines after
 * which nothing can continue what came before.
 */

import {layoutPipeRow} from './pipe-row-layout.js'

/** A piece of a document: where it starts, and on which line (0-based). */
export interface Piece {
  start: number
  end: number
  line: number
}

/**
 * A delimiter row without its trailing spaces and tabs: `|---|:--:|`.
 *
 * Note: trailing blanks are cut off first (`withoutTrailingBlanks`): with a
 * `[ \t]*` both before and after the last cell, a long run of blanks not at
 * the end of the line made the match quadratic.
 */
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*\|?$/

/** `line` without the spaces and tabs at its end, in one pass from the end. */
function withoutTrailingBlanks(line: string): string {
  let end = line.length
  while (
    end > 0 &&
    (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)
  )
    end--
  return end === line.length ? line : line.slice(0, end)
}

/**
 * Where a piece is in being a table: at its `start`; after a `heading`; after
 * a `header` row; in its `rows`; `ended` by a blank line; `none` (not a table).
 */
type TableState = 'start' | 'heading' | 'header' | 'rows' | 'ended' | 'none'

/**
 * Whether a header line and the line after it are surely the head of a GFM
 * table: the header starts with a pipe, the delimiter row is one (and not a
 * list item, `- |`), and both have as many cells. Such lines are a table or,
 * at worst, a paragraph or setext heading: nothing a blank line does not end.
 */
export function isTableHead(header: string, delimiter: string): boolean {
  if (
    !delimiterRow.test(withoutTrailingBlanks(delimiter)) ||
    /^ {0,3}-[ \t]/.test(delimiter)
  )
    return false
  const headerLayout = layoutPipeRow(header)
  // A leading pipe is optional in the delimiter row: one more keeps its count.
  const delimiterLayout = layoutPipeRow(
    delimiter.trimStart().startsWith('|')
      ? delimiter
      : '|' + delimiter.trimStart()
  )
  return Boolean(
    headerLayout &&
    delimiterLayout &&
    headerLayout.cells.length === delimiterLayout.cells.length
  )
}

/**
 * The table state after a line.
 *
 * @param header
 *   The header line, in state `header`.
 */
function nextTableState(
  state: TableState,
  line: string,
  header: string
): TableState {
  const pipeRow = startAfterIndent(line) === 124 /* `|` */
  switch (state) {
    case 'start':
    case 'heading':
      if (pipeRow) return 'header'
      return state === 'start' && /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)
        ? 'heading'
        : 'none'
    case 'header':
      return isTableHead(header, line) ? 'rows' : 'none'
    case 'rows':
      return pipeRow ? 'rows' : /^[ \t]*$/.test(line) ? 'ended' : 'none'
    case 'ended':
      return /^[ \t]*$/.test(line) ? 'ended' : 'none'
    default:
      return 'none'
  }
}

/**
 * What is open at the end of a line, so that a blank line after it does not
 * end it.
 */
interface OpenConstructs {
  /** The opening sequence of the fenced code we are in (``` ```` ```, `~~~~`, …). */
  fence: string | null
  /** Whether an HTML comment is open. */
  comment: boolean
  /**
   * How the raw HTML block we are in ends (`<pre>`, `<script>`, `<style>`,
   * `<textarea>`, `<?`, `<!X`, `<![CDATA[`): blank lines do not end those.
   */
  rawHtmlEnd: RegExp | null
  /** Whether the front matter is open. */
  frontMatter: boolean
}

/**
 * Cut a document at blank lines after which nothing can continue what came
 * before: the next line starts at column 1, is not a list item (which would
 * continue a loose list), and no fenced code, HTML comment, raw HTML block or
 * front matter is open. A blank line ends a table, so after a piece that is
 * a table the next line may also be indented.
 */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = []
  const lineEnd = lineEnds(text)
  let start = 0
  let startLine = 0
  let lineNumber = 0
  let previousBlank = false
  const open: OpenConstructs = {
    fence: null,
    comment: false,
    rawHtmlEnd: null,
    frontMatter: text.startsWith('---')
  }
  let table: TableState = 'start'
  let header = ''
  let offset = 0

  while (offset < text.length) {
    const end = lineEnd(offset)
    const content = text.slice(offset, end)

    if (
      previousBlank &&
      offset > start &&
      !isOpen(open) &&
      (table === 'ended' || /^[^\s>*+\-\d]/.test(content))
    ) {
      pieces.push({start, end: offset, line: startLine})
      start = offset
      startLine = lineNumber
      table = 'start'
    }

    table = nextTableState(table, content, header)
    if (table === 'header') header = content
    updateOpenConstructs(open, content, lineNumber)
    previousBlank = isBlank(content)
    lineNumber++
    offset =
      end +
      (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
  }

  pieces.push({start, end: text.length, line: startLine})
  return pieces
}

/**
 * Where lines of a text end: for the offset a line starts at, the offset of
 * its line ending (LF, CRLF or a lone CR) or of the end of the text.
 *
 * Note: searched with `indexOf` (far faster than a regular expression a
 * line), the next CR remembered so a text without one is searched once.
 */
function lineEnds(text: string): (start: number) => number {
  let cr = text.indexOf('\r')
  return (start) => {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    return cr !== -1 && cr < end ? cr : end
  }
}

/** Whether a line is blank for Markdown: spaces and tabs only (not NBSP, form feed, …). */
function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code !== 32 && code !== 9) return false
  }

  return true
}

/** Whether anything is open that a blank line does not end. */
function isOpen(open: OpenConstructs): boolean {
  return (
    open.fence !== null ||
    open.comment ||
    open.frontMatter ||
    open.rawHtmlEnd !== null
  )
}

/**
 * Open or close what a line opens or closes.
 *
 * @param open
 *   What is open before the line (changed).
 * @param content
 *   The line, without its line ending.
 * @param lineNumber
 *   Its 0-based line.
 */
function updateOpenConstructs(
  open: OpenConstructs,
  content: string,
  lineNumber: number
) {
  // Front matter ends where remark-frontmatter ends it, never sooner: a
  // piece cut inside it would read as a thematic break and text.
  if (open.frontMatter && lineNumber > 0 && /^---[ \t]*$/.test(content)) {
    open.frontMatter = false
  }

  open.fence = fenceAfter(open.fence, content)

  if (open.fence === null) {
    // `lastIndexOf` is slow in V8: only lines with a marker need it.
    if (content.includes('<!--') || content.includes('-->')) {
      const start = content.lastIndexOf('<!--')
      const end = content.lastIndexOf('-->')
      if (start > end) open.comment = true
      else if (end !== -1) open.comment = false
    }

    if (open.rawHtmlEnd === null && startAfterIndent(content) === 60 /* `<` */)
      open.rawHtmlEnd = rawHtmlEndOf(content)
  }

  if (open.rawHtmlEnd !== null && open.rawHtmlEnd.test(content)) {
    open.rawHtmlEnd = null
  }
}

/**
 * The fence open after a line: the line's opening fence if none was open,
 * `null` if the line closes the open one.
 */
function fenceAfter(fence: string | null, content: string): string | null {
  const first = startAfterIndent(content)
  if (first !== 96 /* `` ` `` */ && first !== 126 /* `~` */) return fence
  const fenceMatch = /^ {0,3}(`{3,}|~{3,})([ \t]*$)?/.exec(content)
  if (!fenceMatch) return fence
  const [, sequence = '', closing] = fenceMatch
  if (fence === null) return sequence
  // A closing fence: the same character, at least as long, nothing after.
  return closing !== undefined &&
    sequence.charAt(0) === fence.charAt(0) &&
    sequence.length >= fence.length
    ? null
    : fence
}

/**
 * The character code after up to three spaces at the start of a line: what
 * the line opens, if anything (a space when it is indented more; `NaN` when
 * it is blank).
 */
function startAfterIndent(line: string): number {
  let index = 0
  while (index < 3 && line.charCodeAt(index) === 32) index++
  return line.charCodeAt(index)
}

/** How a raw HTML block that a line opens ends; `null` if it opens none. */
function rawHtmlEndOf(content: string): RegExp | null {
  if (/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i.test(content)) {
    return /<\/(?:pre|script|style|textarea)>/i
  }

  if (/^ {0,3}<\?/.test(content)) return /\?>/
  if (/^ {0,3}<!\[CDATA\[/.test(content)) return /\]\]>/
  if (/^ {0,3}<![A-Za-z]/.test(content)) return />/
  return null
}

/**
 * Number of line endings in a text: LF, CRLF and a lone CR each count once
 * (`"a\n"` has 1; a text of `n` lines has `n - 1` or `n`).
 */
export function lineEndingCount(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10))
      count++
  }

  return count
}
