/**
 * Read a list cell: the locations, providers, Azure regions, exchanges or
 * integrators it names.
 */

import type {PhrasingContent} from 'mdast'
import {segmentsFromCell, type ListEntry} from './cell-segments.js'

export type {ListEntry} from './cell-segments.js'

/**
 * The entries of a list cell.
 *
 * Separators: `,`, `，`, `、`, `<br>`, `<br/>`, `</br>` (and the malformed
 * `<br/Name`, `>br/>`, reported), and `;`.
 * Empty entries (`, ,`, trailing commas, doubled breaks) are skipped. A `+`
 * after a name (or before it, reported) marks it coming soon; `*` is kept in
 * `markers`; bold, code spans and links are stripped, the link's URL kept.
 * A note after the names (`*New ExpressRoute circuits …`) is not an entry
 * (see `CellSegments.notes`).
 *
 * @param children
 *   Phrasing content of one table cell.
 * @returns
 *   The entries; `[]` for a cell that says none (`n/a`, `&cross;`); `null`
 *   for an empty cell (the page does not say).
 */
export function listFromCell(
  children: ReadonlyArray<PhrasingContent>
): ListEntry[] | null {
  const segments = segmentsFromCell(children)
  return segments.empty ? null : segments.entries
}
