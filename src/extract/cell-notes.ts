/**
 * Read the notes a cell carries after its names.
 */

import type {PhrasingContent} from 'mdast'
import {segmentsFromCell, type CellNote} from './cell-segments.js'

export type {CellNote} from './cell-segments.js'

/**
 * Notes in a cell: from 2021 the Equinix row (and the Los Angeles row) end in
 * `</br></br> **New ExpressRoute circuits are no longer supported with
 * Equinix in Los Angeles. Create new circuits in Los Angeles2.*`, the
 * explanation of the `*` after `Los Angeles`/`Equinix`.
 *
 * @param children
 *   Phrasing content of one table cell.
 */
export function notesFromCell(
  children: ReadonlyArray<PhrasingContent>
): CellNote[] {
  return segmentsFromCell(children).notes
}
