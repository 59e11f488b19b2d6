import {isTableHead, type Piece} from './markdown-pieces.js'
import {layoutPipeRow, type RowLayout} from './pipe-row-layout.js'
import {isPlainCell} from './plain-cell.js'
import type {RowSource} from './sourced-row.js'
import {
  keyOf,
  type BlockRequest,
  type CellRequest,
  type Requester
} from './request.js'
import type {TableKey, TableLayouts} from './table-layouts.js'

/** How a piece that is a pipe table is rebuilt once its requests are answered. */
export interface TablePlan {
  kind: 'table'
  /** Where the table is. */
  piece: Piece
  /** What it is, wherever it is. */
  layout: TableLayout
  /**
   * The key to remember `layout` by once its requests are answered;
   * `undefined` when it was remembered already.
   */
  newKey: TableKey | undefined
}

/**
 * A pipe table laid out, positioned relative to its piece: a table that
 * only moved up or down is not laid out again.
 */
export interface TableLayout {
  /** The ATX heading line before the table, if any. */
  heading: BlockRequest | undefined
  /** The header and delimiter rows. */
  head: BlockRequest
  /** Offset in the piece where the header row's line starts. */
  headStart: number
  /** Body rows, at least one. */
  rows: PlannedRow[]
}

/** A body row of a table: its line, its layout, and a request per cell (`null`: plain text). */
export interface PlannedRow {
  /** 0-based line in the piece. */
  line: number
  /** Offset in the piece where the row's line starts. */
  lineStart: number
  /** The line. */
  text: string
  layout: RowLayout
  cells: Array<CellRequest | null>
  /** What the row reads as wherever it is (`rowSourceOf`), by column count. */
  source: (columns: number) => RowSource
}

/** A line of a piece. */
interface PieceLine {
  /** The line, without its line ending. */
  text: string
  /** Offset where it starts in the piece. */
  start: number
}

/**
 * Plan a piece that is a pipe table (after at most one ATX heading): its head
 * (header and delimiter rows) as one request, and each body cell as plain
 * text or a request of its own. `undefined` for any other piece, and for a
 * table this layout does not cover (tabs, rows without a leading pipe, a
 * header GFM refuses): those are parsed whole.
 *
 * @param text
 *   The document.
 * @param piece
 *   The piece of it to plan.
 * @param suffix
 *   The page's definitions, for the keys of texts that may refer to one.
 * @param requester
 *   Gets the requests.
 * @param layouts
 *   Tables laid out before, by their text.
 */
export function planTable(
  text: string,
  piece: Piece,
  suffix: string,
  requester: Requester,
  layouts: TableLayouts
): TablePlan | undefined {
  // Cheap refusals first: most pieces are prose.
  const source = text.slice(piece.start, piece.end)
  if (!source.includes('|') || source.includes('\t')) return undefined

  const key: TableKey = {
    source,
    definitions: source.includes('[') ? suffix : ''
  }
  const known = layouts.get(key)
  if (known === null) return undefined
  if (known) return {kind: 'table', piece, layout: known, newKey: undefined}
  // What is remembered holds parts of the text: of a copy, not of the
  // whole document (a slice keeps the string it was cut from).
  key.source = copyOf(source)
  const layout = layoutTable(key.source, suffix, requester)
  // Not a table is known at once; a table once its requests are answered.
  if (!layout) layouts.set(key, null)
  return layout && {kind: 'table', piece, layout, newKey: key}
}

/** A copy of a text that holds on to no other string. */
function copyOf(text: string): string {
  // Joining flattens into a new string; slicing that keeps only it.
  return (' ' + text).slice(1)
}

/**
 * Lay out the text of a piece that is a pipe table, positioned from 0;
 * `undefined` for any other text.
 */
function layoutTable(
  source: string,
  suffix: string,
  requester: Requester
): TableLayout | undefined {
  const lines = pieceLines(source)
  const heading = lines[0] && /^ {0,3}#{1,6}(?: |$)/.test(lines[0].text) ? 1 : 0
  const header = lines[heading]
  const delimiter = lines[heading + 1]
  if (!header || !delimiter || !isTableHead(header.text, delimiter.text))
    return undefined

  if (lines.length <= heading + 2) return undefined
  const rows: PlannedRow[] = []
  for (const [index, row] of lines.entries()) {
    if (index < heading + 2) continue
    const planned = planRow(row, index, suffix, requester)
    if (!planned) return undefined
    rows.push(planned)
  }

  const head = header.text + '\n' + delimiter.text
  const headingLine = heading ? lines[0]?.text : undefined
  return {
    heading:
      headingLine === undefined
        ? undefined
        : requester.block(keyOf('prose', headingLine, suffix), headingLine),
    head: requester.block(keyOf('head', head, suffix), head),
    headStart: header.start,
    rows
  }
}

/** The lines of a piece, without the blank lines at its end. */
function pieceLines(source: string): PieceLine[] {
  const lines: PieceLine[] = []
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g
  let match: RegExpExecArray | null
  while ((match = line.exec(source)) && match.index < source.length) {
    // The first group always matches (maybe empty).
    lines.push({text: match[1] ?? '', start: match.index})
    if (match[0].length === 0) break
  }

  let last = lines.at(-1)
  while (last && /^ *$/.test(last.text)) {
    lines.pop()
    last = lines.at(-1)
  }

  return lines
}

/**
 * Plan a body row: its layout, and each cell as plain text or a request.
 * `undefined` for a row the layout does not cover.
 */
function planRow(
  row: PieceLine,
  line: number,
  suffix: string,
  requester: Requester
): PlannedRow | undefined {
  const shape = rowShape(row.text, suffix)
  if (!shape) return undefined
  const cells: Array<CellRequest | null> = []
  for (const cell of shape.cells)
    cells.push(cell ? requester.cell(cell.key, cell.content) : null)
  return {
    line,
    lineStart: row.start,
    text: row.text,
    layout: shape.layout,
    cells,
    source: shape.source
  }
}

/** What a row's line plans into wherever it is: its layout, its cells' keys. */
interface RowShape {
  layout: RowLayout
  /** Each cell's content and key; `null` for plain text (`isPlainCell`). */
  cells: Array<{key: string; content: string} | null>
  /** What the line reads as in a table of `columns` columns. */
  source: (columns: number) => RowSource
}

/**
 * Row lines planned before, by line (and the page's definitions when the
 * line may refer to one): versions of a page repeat their rows. Bounded:
 * emptied past 20,000 lines or 4 million characters.
 */
const shapes = new Map<string, RowShape | null>()
let shapeCharacters = 0

/** The shape of a row's line, `null` for a line the layout does not cover. */
function rowShape(text: string, suffix: string): RowShape | null {
  const key = text.includes('[') ? text + '\u0000' + suffix : text
  let shape = shapes.get(key)
  if (shape !== undefined) return shape
  const layout = layoutPipeRow(text)
  shape = layout
    ? {
        layout,
        cells: layout.cells.map((cell) => {
          const content = text.slice(cell.contentStart, cell.contentEnd)
          if (isPlainCell(content)) return null
          return {key: keyOf('cell', content, suffix), content}
        }),
        source: rowSources(text, text.includes('[') ? suffix : '')
      }
    : null
  if (key.length <= 4_000_000) {
    if (shapes.size >= 20_000 || shapeCharacters + key.length > 4_000_000) {
      shapes.clear()
      shapeCharacters = 0
    }

    shapes.set(key, shape)
    shapeCharacters += key.length
  }

  return shape
}

/**
 * What a line reads as by column count, made once: a line read again in
 * another version makes no new key.
 *
 * @param text
 *   The line.
 * @param definitions
 *   The page's definitions, if the line may refer to one (else `''`).
 */
function rowSources(
  text: string,
  definitions: string
): (columns: number) => RowSource {
  // One column count nearly always: a table's rows share their header's.
  let last: RowSource | undefined
  let lastColumns = -1
  return (columns) => {
    if (last === undefined || columns !== lastColumns) {
      last = {text, key: columns + '\u0000' + text + definitions}
      lastColumns = columns
    }

    return last
  }
}
