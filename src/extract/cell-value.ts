/**
 * The plain text of a cell, for cells that hold one value (a status, a zone,
 * ER Direct).
 */

import type {PhrasingContent} from 'mdast'
import {charsFromCell} from './cell-chars.js'

/**
 * Plain text of a cell: markup stripped, entities decoded (by the parser),
 * breaks as spaces, whitespace collapsed and trimmed.
 *
 * @param children
 *   Phrasing content of one table cell.
 */
export function textFromCell(children: ReadonlyArray<PhrasingContent>): string {
  // A break is `\n`, which becomes a space with the rest of the whitespace.
  return charsFromCell(children).text.replace(/\s+/g, ' ').trim()
}
