import type {
  PhrasingContent,
  RootContent,
  Table as MdastTable,
  TableCell,
  TableRow
} from 'mdast'
import {ok as assert} from 'devlop'
import type {Point} from 'unist'
import type {CellLayout} from './pipe-row-layout.js'
import type {PlannedRow, TablePlan} from './plan-table.js'
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
 * @param suffix
 *   The page's definitions, which the plan's keys were made with.
 * @returns
 *   The nodes, or `undefined` when the parse did not come out as planned.
 */
export function tableNodes(
  plan: TablePlan,
  suffix: string
): RootContent[] | undefined {
  const nodes: RootContent[] = []
  const {piece} = plan
  if (plan.heading) {
    const heading = plan.heading.nodes
    if (!heading || heading.length !== 1 || heading[0]?.type !== 'heading')
      return undefined
    nodes.push(rebase(heading[0], piece.start, piece.line, 0))
  }

  const template = plan.head.nodes?.[0]
  if (template?.type !== 'table') return undefined
  const headRow = template.children[0]
  if (!headRow || template.children.length !== 1) return undefined
  // Every cell answered, or the parse did not come out as planned.
  for (const row of plan.rows) {
    for (const request of row.cells)
      if (request && !request.nodes) return undefined
  }

  const headLine = piece.line + (plan.heading ? 1 : 0)
  const headOffset = plan.headStart
  const head = rebase(headRow, headOffset, headLine, 0)
  const contents = plan.rows.map((row) =>
    row.layout.cells.map((): PhrasingContent[] | undefined => undefined)
  )
  const content = (rowIndex: number, cellIndex: number) => {
    const row = plan.rows[rowIndex] as PlannedRow
    const made = contents[rowIndex] as Array<PhrasingContent[] | undefined>
    return (made[cellIndex] ??= cellContent(
      row,
      row.layout.cells[cellIndex] as CellLayout,
      row.cells[cellIndex] ?? null
    ))
  }

  const lastRow = plan.rows.at(-1)
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
      end: pointOf(lastRow, lastRow.lineStart + lastRow.layout.end)
    }
  }
  let rows: TableRow[] | undefined
  Object.defineProperty(table, 'children', {
    get: () =>
      (rows ??= [
        head,
        ...plan.rows.map((row, index) => bodyRow(row, index, content))
      ]),
    set(value: TableRow[]) {
      rows = value
    },
    enumerable: true,
    configurable: true
  })
  setPlannedTable(table, {plan, head, suffix, content})
  nodes.push(table)
  return nodes
}

/** A body row laid out, its cells' content as parsed. */
function bodyRow(
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
        start: pointOf(row, row.lineStart + layout.start),
        end: pointOf(row, row.lineStart + layout.end)
      }
    })
  }

  return {
    type: 'tableRow',
    children: cells,
    position: {
      start: pointOf(row, row.lineStart + row.layout.start),
      end: pointOf(row, row.lineStart + row.layout.end)
    }
  }
}

/**
 * Content of a body cell: as parsed, or one text node for plain text (none
 * for an empty cell). Its request, if any, is answered.
 */
export function cellContent(
  row: PlannedRow,
  layout: CellLayout,
  request: CellRequest | null
): PhrasingContent[] {
  const contentStart = row.lineStart + layout.contentStart

  if (request) {
    return (request.nodes as PhrasingContent[]).map((child) =>
      rebase(child, contentStart, row.line - 1, layout.contentStart)
    )
  }

  if (layout.contentEnd <= layout.contentStart) return []
  return [
    {
      type: 'text',
      value: row.text.slice(layout.contentStart, layout.contentEnd),
      position: {
        start: pointOf(row, contentStart),
        end: pointOf(row, row.lineStart + layout.contentEnd)
      }
    }
  ]
}

/** Point of an offset on the line of a row. */
export function pointOf(row: PlannedRow, offset: number): Point {
  return {line: row.line, column: offset - row.lineStart + 1, offset}
}
