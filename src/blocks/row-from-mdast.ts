import type {TableRow} from 'mdast'
import {createMessage, type RawPoint} from '../diagnostics.js'
import {cellFromMdast} from './cell-from-mdast.js'
import type {BlockContext} from './context.js'
import type {Cell, Row} from './types.js'

/**
 * Turn an mdast table row into a row of a table with `columns` columns.
 *
 * A short row is padded with empty cells (`table-missing-cells`). Excess
 * cells are kept up to the last one with content (`table-excess-cells`);
 * empty excess cells after that are dropped (`table-empty-excess-cells`,
 * info): they state nothing, and a stray trailing `||` is the usual cause.
 *
 * @param node
 *   Row parsed from (or rebased to) the view.
 * @param columns
 *   Cell count of the header; `undefined` for the header row itself.
 * @param context
 *   Shared state.
 */
export function rowFromMdast(
  node: TableRow,
  columns: number | undefined,
  context: BlockContext
): Row {
  const cells = node.children.map((cell) => cellFromMdast(cell, context))
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  return rowOfCells(cells, start, end, columns, context)
}

/**
 * A row of `cells`, from view offset `start` to `end`, fitted to `columns`
 * columns as `rowFromMdast` fits it.
 */
export function rowOfCells(
  cells: Cell[],
  start: number,
  end: number,
  columns: number | undefined,
  context: BlockContext
): Row {
  const row: Row = {cells, position: context.toRawPoint(start)}
  if (columns === undefined) return row

  if (cells.length < columns) {
    padCells(cells, columns, context.toRawPoint(end), context)
  } else if (cells.length > columns) {
    dropEmptyExcessCells(cells, columns, context)
  }

  return row
}

/**
 * Add empty cells to a short row, up to `columns` (`table-missing-cells`).
 *
 * @param cells
 *   Cells of the row (changed).
 * @param columns
 *   Cell count of the header.
 * @param endPoint
 *   Where the row ends in the raw file: the position of the added cells.
 * @param context
 *   Shared state.
 */
function padCells(
  cells: Cell[],
  columns: number,
  endPoint: RawPoint,
  context: BlockContext
) {
  const count = cells.length
  while (cells.length < columns) {
    cells.push({children: [], text: '', position: endPoint, padded: true})
  }

  context.messages.push(
    createMessage(
      'table-missing-cells',
      'Unexpected end of row after ' +
        count +
        ' ' +
        plural(count, 'cell') +
        ', expected ' +
        columns +
        ' like the header; added ' +
        (columns - count) +
        ' empty ' +
        plural(columns - count, 'cell'),
      endPoint
    )
  )
}

/**
 * Drop the empty cells at the end of a long row that are past `columns`
 * (`table-empty-excess-cells`); report the excess cells with content that
 * stay (`table-excess-cells`).
 *
 * @param cells
 *   Cells of the row, more than `columns` (changed).
 * @param columns
 *   Cell count of the header.
 * @param context
 *   Shared state.
 */
function dropEmptyExcessCells(
  cells: Cell[],
  columns: number,
  context: BlockContext
) {
  let keep = cells.length
  while (keep > columns && cells[keep - 1]?.text === '') keep--
  const dropped = cells.length - keep
  const firstExcess = cells[columns]
  const firstDropped = cells[keep]

  if (keep > columns && firstExcess) {
    context.messages.push(
      createMessage(
        'table-excess-cells',
        'Unexpected cell `' +
          shorten(firstExcess.text) +
          '` after the last column, expected ' +
          columns +
          ' ' +
          plural(columns, 'cell') +
          ' like the header; kept ' +
          (keep - columns) +
          ' excess ' +
          plural(keep - columns, 'cell'),
        firstExcess.position
      )
    )
  }

  if (dropped > 0 && firstDropped) {
    context.messages.push(
      createMessage(
        'table-empty-excess-cells',
        'Unexpected empty ' +
          plural(dropped, 'cell') +
          ' after the last column, expected ' +
          columns +
          ' ' +
          plural(columns, 'cell') +
          ' like the header; dropped ' +
          (dropped === 1 ? 'it' : 'them'),
        firstDropped.position
      )
    )
    cells.length = keep
  }
}

/**
 * Shorten a cell's text for a message.
 *
 * @param value
 *   Text.
 */
function shorten(value: string): string {
  return value.length > 40 ? value.slice(0, 39) + '…' : value
}

/**
 * Pluralize an English noun.
 *
 * @param count
 *   Count.
 * @param noun
 *   Singular noun.
 */
function plural(count: number, noun: string): string {
  return count === 1 ? noun : noun + 's'
}
