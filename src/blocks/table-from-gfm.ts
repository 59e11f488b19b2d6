import type {PhrasingContent, Table as MdastTable} from 'mdast'
import {ok as assert} from 'devlop'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import type {CellLayout} from './pipe-row-layout.js'
import type {PlannedRow} from './plan-table.js'
import {plannedTableOf, type PlannedTable} from './planned-tables.js'
import type {CellRequest} from './request.js'
import {rowFromMdast, rowOfCells} from './row-from-mdast.js'
import {sourcedRow} from './sourced-row.js'
import type {Cell, Row, Section, Table} from './types.js'

/**
 * Read a table GFM took as one: its header and its body rows, each row cut
 * or padded to the header's cell count.
 *
 * GFM makes a row of any line up to a blank one; a line with no pipe at all
 * is prose the authors wrote after the table (`To learn more, see …`), as
 * the docs site renders it: it is left out (`table-row-without-pipe`).
 *
 * @param node
 *   Table parsed from the view.
 * @param section
 *   Section the table is in.
 * @param context
 *   Shared state.
 */
export function tableFromGfm(
  node: MdastTable,
  section: Section,
  context: BlockContext
): Table {
  const planned = plannedTableOf(node)
  const [head, ...body] = planned ? [planned.head] : node.children
  assert(head, 'a GFM table has a header row')
  const header = rowFromMdast(head, undefined, context)
  const columns = header.cells.length
  const rows: Row[] = []

  if (planned) {
    plannedRows(planned, columns, rows, context)
  } else {
    for (const row of body) {
      const start = row.position?.start.offset ?? 0
      const end = row.position?.end.offset ?? start
      if (hasPipe(start, end, context))
        rows.push(rowFromMdast(row, columns, context))
    }
  }

  return {
    section,
    header: header.cells,
    rows,
    recovered: false,
    position: header.position,
    nodes: [node]
  }
}

/**
 * Whether the row from `start` to `end` has a pipe; reported when not.
 */
function hasPipe(start: number, end: number, context: BlockContext): boolean {
  if (/\|/.test(context.text.slice(start, end))) return true
  context.messages.push(
    createMessage(
      'table-row-without-pipe',
      'Unexpected line without `|` in a table, expected a row or a blank line before text; left it out of the rows',
      context.toRawPoint(start)
    )
  )
  return false
}

/**
 * The body rows of a table the block cache laid out, read from its plan as
 * `rowFromMdast` reads the mdast rows the plan makes, without making them.
 *
 * A planned row has a pipe (its layout starts with one): none is left out.
 * On a page whose raw points move with its rows (`rowsMove`), each row
 * remembers its line (`rowSourceOf`), and a row of as many cells as the
 * header makes its cells when they are first read: a row read before
 * (`extract`'s row memo) needs only its position.
 */
function plannedRows(
  planned: PlannedTable,
  columns: number,
  rows: Row[],
  context: BlockContext
) {
  const {piece, layout} = planned.plan
  const planRows = layout.rows
  for (let index = 0; index < planRows.length; index++) {
    const row = planRows[index] as PlannedRow
    const lineStart = piece.start + row.lineStart
    const start = lineStart + row.layout.start
    if (context.rowsMove && row.layout.cells.length === columns) {
      // The view is the raw file: the row's point is known from its plan,
      // without looking its line up.
      const position = {
        line: piece.line + row.line + 1,
        column: row.layout.start + 1,
        offset: start
      }
      rows.push(
        sourcedRow(
          () => plannedCells(planned, index, context),
          position,
          row.source(columns)
        )
      )
      continue
    }

    const read = rowOfCells(
      plannedCells(planned, index, context),
      start,
      lineStart + row.layout.end,
      columns,
      context
    )
    rows.push(
      context.rowsMove
        ? sourcedRow(read.cells, read.position, row.source(columns))
        : read
    )
  }
}

/** The cells of a planned row. */
function plannedCells(
  planned: PlannedTable,
  index: number,
  context: BlockContext
): Cell[] {
  const {piece, layout} = planned.plan
  const row = layout.rows[index] as PlannedRow
  const {cells} = row.layout
  const lineStart = piece.start + row.lineStart
  const result: Cell[] = []
  for (let cell = 0; cell < cells.length; cell++) {
    result.push(
      plannedCell(
        lineStart,
        cells[cell] as CellLayout,
        row.cells[cell] ?? null,
        context,
        planned.content(index, cell)
      )
    )
  }

  return result
}

/**
 * A cell of a planned row, as `cellFromMdast` reads the mdast cell the plan
 * makes: its text and position from where its content starts and ends.
 */
function plannedCell(
  lineStart: number,
  layout: CellLayout,
  request: CellRequest | null,
  context: BlockContext,
  children: PhrasingContent[]
): Cell {
  const contentStart = lineStart + layout.contentStart
  let start: number | undefined
  let end: number | undefined

  if (request) {
    const nodes = request.nodes as PhrasingContent[]
    const first = nodes[0]?.position
    const last = nodes.at(-1)?.position
    if (first) start = (first.start.offset ?? 0) + contentStart
    if (last) end = (last.end.offset ?? 0) + contentStart
  } else if (layout.contentEnd > layout.contentStart) {
    start = contentStart
    end = lineStart + layout.contentEnd
  }

  if (start !== undefined && end !== undefined) {
    return {
      children,
      text: context.omissions.slice(start, end).trim(),
      position: context.toRawPoint(start),
      padded: false
    }
  }

  // An empty cell: point just after its opening pipe.
  let offset = lineStart + layout.start
  if (context.text.charCodeAt(offset) === 124 /* `|` */) offset++
  return {
    children,
    text: '',
    position: context.toRawPoint(offset),
    padded: false
  }
}
