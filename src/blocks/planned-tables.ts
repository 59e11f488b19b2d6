/**
 * What the block cache knows of the tables it laid out, for the steps after
 * it: a table read from its plan needs no mdast of its body rows (built
 * only when asked for), and a row read so says what it was read from.
 */

import type {PhrasingContent, Table as MdastTable, TableRow} from 'mdast'
import type {TablePlan} from './plan-table.js'
import type {Row} from './types.js'

/** A table node the block cache laid out from a plan. */
export interface PlannedTable {
  plan: TablePlan
  /** The header row, positioned in the document. */
  head: TableRow
  /**
   * The content of a body cell, positioned in the document: made once, on
   * first use, shared by the mdast cell and the `Cell` read from it.
   */
  content: (row: number, cell: number) => PhrasingContent[]
}

/** What a body row of a planned table was read from. */
export interface RowSource {
  /** The row's line, without its line ending. */
  text: string
  /**
   * A key that tells what the row reads as, wherever it is: its line, the
   * page's definitions when the line may refer to one, its table's column
   * count.
   */
  key: string
}

const plannedTables = new WeakMap<MdastTable, PlannedTable>()
const rowSources = new WeakMap<Row, RowSource>()

/** Remember that `node` was laid out from a plan. */
export function setPlannedTable(node: MdastTable, planned: PlannedTable) {
  plannedTables.set(node, planned)
}

/** The plan of a table node the block cache laid out, if it was. */
export function plannedTableOf(node: MdastTable): PlannedTable | undefined {
  return plannedTables.get(node)
}

/** Remember what a row was read from. */
export function setRowSource(row: Row, source: RowSource) {
  rowSources.set(row, source)
}

/**
 * What a body row was read from, when it was read from a planned table of a
 * view whose raw points move with the row (no customization): a row with
 * the same key reads the same anywhere, every point of it on its line, at
 * the same columns, its offsets moved by as much as its start.
 *
 * @param row
 *   A row of a table of `Blocks.tables`.
 */
export function rowSourceOf(row: Row): RowSource | undefined {
  return rowSources.get(row)
}
