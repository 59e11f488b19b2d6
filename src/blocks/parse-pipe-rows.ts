import type {Nodes, TableRow} from 'mdast'
import type {BlockContext} from './context.js'
import {parseMarkdown} from './parse-markdown.js'
import type {PipeLine} from './pipe-runs.js'
import {englishOfPhrasing, mayHoldSideBySide} from './side-by-side.js'

/** Rows parsed from pipe lines. */
export interface PipeRows {
  /** The header row, when the first line was one. */
  header: TableRow | undefined
  /** Body rows, one per line. */
  rows: TableRow[]
}

/** A row parsed from a synthetic text, and where its line's content starts there. */
interface ParsedRow {
  row: TableRow
  origin: number
}

/**
 * Parse lines of pipe rows that GFM refused as a table, by re-parsing them
 * as a table with a delimiter row of the right cell count, so that cells
 * get real inline mdast; positions are then moved back into the view.
 *
 * A row of a table reads the same whatever the rows around it (its cells'
 * content too, as the block cache knows): each line is parsed once, and
 * only lines not seen before are parsed, together, under a blank header.
 *
 * @param lines
 *   Lines of the rows, in order.
 * @param columns
 *   Cell count of the header.
 * @param withHeader
 *   Whether the first line is the header row; otherwise an empty header of
 *   `columns` cells stands in (for rows that continue a table).
 * @param context
 *   Shared state.
 * @returns
 *   The rows, or `undefined` when even the repaired text is not a table.
 */
export function parsePipeRows(
  lines: PipeLine[],
  columns: number,
  withHeader: boolean,
  context: BlockContext
): PipeRows | undefined {
  if (columns < 1 || lines.length === 0) return undefined
  const {text} = context
  const contents = lines.map((line) => text.slice(line.start, line.end))
  const parsed =
    rowsOfLines(contents, columns, withHeader) ??
    wholeRows(contents, columns, withHeader)
  if (!parsed) return undefined

  const placed = parsed.map((entry, index) => {
    const line = lines[index] as PipeLine
    return place(entry, line.start, line.end - line.start, context)
  })

  // Side-by-side cells are read as their English, as in GFM tables. Not
  // reported: the paragraph these lines are in was read by the tree's pass,
  // which reported its spans (and left out the same tags, or nearly).
  if (contents.some((content) => mayHoldSideBySide(content))) {
    for (const row of placed) {
      for (const cell of row.children) {
        cell.children = englishOfPhrasing(cell.children, {
          omit: context.omissions.add
        })
      }
    }
  }

  return withHeader
    ? {header: placed[0], rows: placed.slice(1)}
    : {header: undefined, rows: placed}
}

/**
 * Rows of lines parsed before, by kind (header or body), column count and
 * line; `null`: a header that with its delimiter row is no table. Versions
 * of a page repeat their refused tables, a row or two changed. Bounded:
 * emptied past 20,000 lines or 4 million characters.
 */
const lineRows = new Map<string, ParsedRow | null>()
let lineCharacters = 0

/** Remember the row of a line. */
function storeRow(key: string, row: ParsedRow | null) {
  if (key.length > 4_000_000) return
  if (lineRows.size >= 20_000 || lineCharacters + key.length > 4_000_000) {
    lineRows.clear()
    lineCharacters = 0
  }

  lineRows.set(key, row)
  lineCharacters += key.length
}

/**
 * The row of each line (the header first, if `withHeader`), from lines seen
 * before or parsed now; `null` when the lines are no table, `undefined`
 * when a line may not be one row on its own, whole (a lone CR in it): those
 * are read with the others, as GFM reads them.
 */
function rowsOfLines(
  contents: string[],
  columns: number,
  withHeader: boolean
): ParsedRow[] | null | undefined {
  // A lone CR ends a line: what follows it on the line may end the table.
  if (contents.some((content) => content.includes('\r'))) return undefined
  const delimiter = '|' + '-|'.repeat(columns) + '\n'
  const rows: Array<ParsedRow | undefined> = []
  const missing: number[] = []

  for (const [index, content] of contents.entries()) {
    const header = withHeader && index === 0
    const key = (header ? 'h' : 'b') + columns + '\u0000' + content
    let row = lineRows.get(key)
    if (row === undefined && header) {
      // Whether a table starts is known at its delimiter row.
      const parsed = parseLines([content], undefined, delimiter, true)
      if (parsed === undefined) return undefined
      row = parsed ? (parsed[0] as ParsedRow) : null
      storeRow(key, row)
    }

    if (row === null) return null
    if (row === undefined) missing.push(index)
    rows.push(row)
  }

  if (missing.length > 0) {
    const missed = missing.map((index) => contents[index] as string)
    const parsed = parseLines(
      missed,
      '|' + ' |'.repeat(columns) + '\n',
      delimiter,
      true
    )
    if (!parsed) return undefined
    for (const [index, row] of parsed.entries()) {
      const at = missing[index] as number
      rows[at] = row
      storeRow('b' + columns + '\u0000' + (missed[index] as string), row)
    }
  }

  return rows as ParsedRow[]
}

/**
 * The rows of all lines parsed as one table, as GFM reads them: for lines
 * that are not one row each.
 */
function wholeRows(
  contents: string[],
  columns: number,
  withHeader: boolean
): ParsedRow[] | undefined {
  const delimiter = '|' + '-|'.repeat(columns) + '\n'
  const head = withHeader ? undefined : '|' + ' |'.repeat(columns) + '\n'
  return parseLines(contents, head, delimiter, false) ?? undefined
}

/**
 * Parse a synthetic table: `head` (a header row, or nothing: the first line
 * is the header), the delimiter row, and a line for each of `contents`
 * (with a leading pipe added where it has none).
 *
 * @returns
 *   A row for each of `contents`; `null` when the text is no table;
 *   `undefined` when there are not as many rows as lines or, if `strict`,
 *   a row is not its whole line.
 */
function parseLines(
  contents: string[],
  head: string | undefined,
  delimiter: string,
  strict: boolean
): ParsedRow[] | null | undefined {
  let synthetic = head === undefined ? '' : head + delimiter
  const lineStarts: number[] = []
  const origins: number[] = []
  for (const [index, content] of contents.entries()) {
    lineStarts.push(synthetic.length)
    // A leading pipe is optional in GFM, so adding one keeps the cell count
    // and makes sure no line starts another block.
    if (content.charCodeAt(0) !== 124 /* `|` */) synthetic += '|'
    origins.push(synthetic.length)
    synthetic += content + '\n'
    if (index === 0 && head === undefined) synthetic += delimiter
  }

  const table = parseMarkdown(synthetic).children[0]
  if (!table || table.type !== 'table') return null
  const rows = head === undefined ? table.children : table.children.slice(1)
  if (rows.length !== contents.length) return undefined
  const parsed: ParsedRow[] = []
  for (const [index, row] of rows.entries()) {
    const origin = origins[index] as number
    if (strict) {
      const start = row.position?.start.offset
      const end = row.position?.end.offset
      const content = contents[index] as string
      if (start !== lineStarts[index] || end !== origin + content.length)
        return undefined
    }

    parsed.push({row, origin})
  }

  return parsed
}

/**
 * A copy of a row parsed from a synthetic text, positioned in the view.
 *
 * @param entry
 *   The row, and where its line's content starts in the synthetic text.
 * @param view
 *   Where the line's content starts in the view.
 * @param length
 *   Length of the line's content.
 * @param context
 *   Shared state.
 */
function place(
  entry: ParsedRow,
  view: number,
  length: number,
  context: BlockContext
): TableRow {
  const {origin} = entry
  return copy(entry.row)

  function copy<T extends Nodes>(node: T): T {
    const result = {...node}
    const {position} = node
    if (position) {
      result.position = {
        start: context.toViewPoint(toView(position.start.offset)),
        end: context.toViewPoint(toView(position.end.offset))
      }
    }

    if ('children' in node) {
      ;(result as typeof node).children = (node.children as Nodes[]).map(
        (child) => copy(child)
      ) as typeof node.children
    }

    return result
  }

  function toView(offset: number | undefined): number {
    // The added pipe and the line ending have no place in the view: clamp.
    const delta = Math.max(0, Math.min((offset ?? 0) - origin, length))
    return view + delta
  }
}

/** Forget the lines parsed before (for tests: a cold read to compare with). */
export function forgetLineRows() {
  lineRows.clear()
  lineCharacters = 0
}
