/**
 * What the block cache knows of the tables it laid out, for the steps after
 * it: a table read from its plan needs no mdast of its body rows (built
 * only when asked for).
 */

import type {PhrasingContent, Table as MdastTable, TableRow} from 'mdast'
import type {TablePlan} from './plan-table.js'

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

const plannedTables = new WeakMap<MdastTable, PlannedTable>()

/** Remember that `node` was laid out from a plan. */
export function setPlannedTable(node: MdastTable, planned: PlannedTable) {
  plannedTables.set(node, planned)
}

/** The plan of a table node the block cache laid out, if it was. */
export function plannedTableOf(node: MdastTable): PlannedTable | undefined {
  return plannedTables.get(node)
}
