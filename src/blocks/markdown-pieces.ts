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
  const pipeRow = /^ {0,3}\|/.test(line)
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
 * Cut a document at blank lines after which nothing can continue what came
 * before: the next line starts at column 1, is not a list item (which would
 * continue a loose list), and no fenced code, HTML comment, raw HTML block or
 * front matter is open. A blank line ends a table, so after a piece that is
 * a table the next line may also be indented.
 */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = []
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g
  let start = 0
  let startLine = 0
  let lineNumber = 0
  let previousBlank = false
  /** The opening sequence of the fenced code we are in (``` ```` ```, `~~~~`, …). */
  let fence: string | null = null
  let inComment = false
  /**
   * How the raw HTML block we are in ends (`<pre>`, `<script>`, `<style>`,
   * `<textarea>`, `<?`, `<!X`, `<![CDATA[`): blank lines do not end those.
   */
  let rawHtmlEnd: RegExp | null = null
  let inFrontMatter = text.startsWith('---')
  let table: TableState = 'start'
  let header = ''
  let match: RegExpExecArray | null

  while ((match = line.exec(text)) && match.index < text.length) {
    const content = match[1] as string
    const offset = match.index

    if (
      previousBlank &&
      fence === null &&
      !inComment &&
      !inFrontMatter &&
      offset > start &&
      rawHtmlEnd === null &&
      (table === 'ended' || /^[^\s>*+\-\d]/.test(content))
    ) {
      pieces.push({start, end: offset, line: startLine})
      start = offset
      startLine = lineNumber
      table = 'start'
    }

    table = nextTableState(table, content, header)
    if (table === 'header') header = content

    // Front matter ends where remark-frontmatter ends it, never sooner: a
    // piece cut inside it would read as a thematic break and text.
    if (inFrontMatter && lineNumber > 0 && /^---[ \t]*$/.test(content)) {
      inFrontMatter = false
    }

    const fenceMatch = /^ {0,3}(`{3,}|~{3,})([ \t]*$)?/.exec(content)
    if (fence === null && fenceMatch) {
      fence = fenceMatch[1] as string
    } else if (
      fence !== null &&
      fenceMatch &&
      // A closing fence: the same character, at least as long, nothing after.
      fenceMatch[2] !== undefined &&
      (fenceMatch[1] as string).charAt(0) === fence.charAt(0) &&
      (fenceMatch[1] as string).length >= fence.length
    ) {
      fence = null
    }

    if (fence === null) {
      const open = content.lastIndexOf('<!--')
      const close = content.lastIndexOf('-->')
      if (open > close) inComment = true
      else if (close !== -1) inComment = false
    }

    if (fence === null && rawHtmlEnd === null) {
      if (/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i.test(content)) {
        rawHtmlEnd = /<\/(?:pre|script|style|textarea)>/i
      } else if (/^ {0,3}<\?/.test(content)) {
        rawHtmlEnd = /\?>/
      } else if (/^ {0,3}<!\[CDATA\[/.test(content)) {
        rawHtmlEnd = /\]\]>/
      } else if (/^ {0,3}<![A-Za-z]/.test(content)) {
        rawHtmlEnd = />/
      }
    }

    if (rawHtmlEnd !== null && rawHtmlEnd.test(content)) rawHtmlEnd = null

    // Blank for Markdown: spaces and tabs only (not NBSP, form feed, …).
    previousBlank = /^[ \t]*$/.test(content)
    lineNumber++
    if (match[0].length === 0) break
  }

  pieces.push({start, end: text.length, line: startLine})
  return pieces
}

/** Number of lines in a text. */
export function countLines(text: string): number {
  let count = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10))
      count++
  }

  return count
}
