import type {
  PhrasingContent,
  RootContent,
  Table as MdastTable,
  TableCell,
  TableRow
} from 'mdast'
import {ok as assert} from 'devlop'
import type {Point} from 'unist'
import type {Piece} from './markdown-pieces.js'
import type {CellLayout} from './pipe-row-layout.js'
import type {PlannedRow, TablePlan} from './plan-table.js'
import {plainCellNodes} from './plain-cell.js'
import {setPlannedTable} from './planned-tables.js'
import {rebase} from './rebase.js'
import type {CellRequest} from './request.js'

/**
 * The nodes of a planned table, positioned in the document: the heading and
 * the header row as parsed, each body row laid out here with its cells'
 * content as parsed (or as one text node, for plain text).
 *
 * The body rows are made when the table's `children` are first read: the
 * table collector reads a planned table from its plan (`planned-tables.ts`),
 * and a cell's content when it is first read.
 *
 * @param plan
 *   The plan, its requests answered.
 * @returns
 *   The nodes, or `undefined` when the parse did not come out as planned.
 */
export function tableNodes(plan: TablePlan): RootContent[] | undefined {
  const nodes: RootContent[] = []
  const {piece, layout} = plan
  if (layout.heading) {
    const heading = layout.heading.nodes
    if (!heading || heading.length !== 1 || heading[0]?.type !== 'heading')
      return undefined
    nodes.push(rebase(heading[0], piece.start, piece.line, 0))
  }

  const template = layout.head.nodes?.[0]
  if (template?.type !== 'table') return undefined
  const headRow = template.children[0]
  if (!headRow || template.children.length !== 1) return undefined
  // Every cell answered, or the parse did not come out as planned (a
  // remembered layout was answered when it was remembered).
  if (plan.newKey !== undefined) {
    for (const row of layout.rows) {
      for (const request of row.cells)
        if (request && !request.nodes) return undefined
    }
  }

  const headLine = piece.line + (layout.heading ? 1 : 0)
  const headOffset = piece.start + layout.headStart
  const head = rebase(headRow, headOffset, headLine, 0)
  // Made on first use, row by row.
  const contents: Array<Array<PhrasingContent[] | undefined> | undefined> = []
  const content = (rowIndex: number, cellIndex: number) => {
    const row = layout.rows[rowIndex] as PlannedRow
    const made = (contents[rowIndex] ??= [])
    return (made[cellIndex] ??= cellContent(
      piece,
      row,
      row.layout.cells[cellIndex] as CellLayout,
      row.cells[cellIndex] ?? null
    ))
  }

  const lastRow = layout.rows.at(-1)
  assert(lastRow, 'a planned table has body rows')
  const start = template.position?.start
  const table: MdastTable = {
    ...template,
    position: {
      start: {
        line: headLine + 1,
        column: start?.column ?? 1,
        offset: headOffset + (start?.offset ?? 0)
      },
      end: pointOf(piece, lastRow, lastRow.layout.end)
    }
  }
  let rows: TableRow[] | undefined
  Object.defineProperty(table, 'children', {
    get: () =>
      (rows ??= [
        head,
        ...layout.rows.map((row, index) => bodyRow(piece, row, index, content))
      ]),
    set(value: TableRow[]) {
      rows = value
    },
    enumerable: true,
    configurable: true
  })
  setPlannedTable(table, {plan, head, content})
  nodes.push(table)
  return nodes
}

/** A body row laid out, its cells' content as parsed. */
function bodyRow(
  piece: Piece,
  row: PlannedRow,
  rowIndex: number,
  content: (row: number, cell: number) => PhrasingContent[]
): TableRow {
  const cells: TableCell[] = []
  for (const [index, layout] of row.layout.cells.entries()) {
    cells.push({
      type: 'tableCell',
      children: content(rowIndex, index),
      position: {
        start: pointOf(piece, row, layout.start),
        end: pointOf(piece, row, layout.end)
      }
    })
  }

  return {
    type: 'tableRow',
    children: cells,
    position: {
      start: pointOf(piece, row, row.layout.start),
      end: pointOf(piece, row, row.layout.end)
    }
  }
}

/**
 * Content of a body cell, in the table's piece: as parsed, or made here for
 * plain text and line breaks (`plainCellNodes`; none for an empty cell).
 * Its request, if any, is answered.
 */
export function cellContent(
  piece: Piece,
  row: PlannedRow,
  layout: CellLayout,
  request: CellRequest | null
): PhrasingContent[] {
  if (request) {
    const contentStart = piece.start + row.lineStart + layout.contentStart
    const lines = piece.line + row.line
    return (request.nodes as PhrasingContent[]).map((child) =>
      rebase(child, contentStart, lines, layout.contentStart)
    )
  }

  return plainCellNodes(
    row.text.slice(layout.contentStart, layout.contentEnd),
    (offset) => pointOf(piece, row, layout.contentStart + offset)
  )
}

/**
 * Point of a column of a planned row, in the table's piece.
 *
 * @param column
 *   0-based offset into the row's line.
 */
export function pointOf(piece: Piece, row: PlannedRow, column: number): Point {
  return {
    line: piece.line + row.line + 1,
    column: column + 1,
    offset: piece.start + row.lineStart + column
  }
}
