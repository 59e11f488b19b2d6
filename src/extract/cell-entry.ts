/**
 * Read a key cell: the one name a row is about (a provider, a location, an
 * integrator), which may hold commas (`[Airgate Technologies, Inc.](…)`).
 */

import type {PhrasingContent} from 'mdast'
import {segmentsFromCell, type ListEntry} from './cell-segments.js'

/**
 * The single entry of a key cell: markup stripped, link URL kept, `+` read
 * as coming soon; commas are part of the name.
 *
 * @param children
 *   Phrasing content of one table cell.
 * @returns
 *   The entry, or `null` for an empty cell or one that says none. Note: a
 *   break (`<br/>`) in a key cell ends the name; what follows is ignored.
 */
export function entryFromCell(
  children: ReadonlyArray<PhrasingContent>
): ListEntry | null {
  return segmentsFromCell(children, {split: false}).entries[0] ?? null
}
