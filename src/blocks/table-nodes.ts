import type {PhrasingContent, RootContent, TableCell, TableRow} from 'mdast'
import {ok as assert} from 'devlop'
import type {Point} from 'unist'
import type {CellLayout} from './pipe-row-layout.js'
import type {PlannedRow, TablePlan} from './plan-table.js'
import {rebase} from './rebase.js'
import type {CellRequest} from './request.js'

/**
 * The nodes of a planned table, positioned in the document: the heading and
 * the header row as parsed, each body row laid out here with its cells'
 * content as parsed (or as one text node, for plain text).
 *
 * @param plan
 *   The plan, its requests answered.
 * @returns
 *   The nodes, or `undefined` when the parse did not come out as planned.
 */
export function tableNodes(plan: TablePlan): RootContent[] | undefined {
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
  const headLine = piece.line + (plan.heading ? 1 : 0)
  const headOffset = plan.headStart
  const tableRows: TableRow[] = [rebase(headRow, headOffset, headLine, 0)]

  for (const row of plan.rows) {
    const node = bodyRow(row)
    if (!node) return undefined
    tableRows.push(node)
  }

  const lastRow = plan.rows.at(-1)
  assert(lastRow, 'a planned table has body rows')
  const start = template.position?.start
  nodes.push({
    ...template,
    children: tableRows,
    position: {
      start: {
        line: headLine + 1,
        column: start?.column ?? 1,
        offset: headOffset + (start?.offset ?? 0)
      },
      end: pointOf(lastRow, lastRow.lineStart + lastRow.layout.end)
    }
  })
  return nodes
}

/**
 * A body row laid out, its cells' content as parsed; `undefined` when a
 * cell's request was not answered.
 */
function bodyRow(row: PlannedRow): TableRow | undefined {
  const cells: TableCell[] = []
  for (const [index, layout] of row.layout.cells.entries()) {
    const children = cellContent(row, layout, row.cells[index] ?? null)
    if (!children) return undefined
    cells.push({
      type: 'tableCell',
      children,
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
 * for an empty cell); `undefined` when its request was not answered.
 */
function cellContent(
  row: PlannedRow,
  layout: CellLayout,
  request: CellRequest | null
): PhrasingContent[] | undefined {
  const contentStart = row.lineStart + layout.contentStart

  if (request) {
    return request.nodes?.map((child) =>
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
function pointOf(row: PlannedRow, offset: number): Point {
  return {line: row.line, column: offset - row.lineStart + 1, offset}
}
