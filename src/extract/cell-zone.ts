/**
 * Read a zone cell (the ExpressRoute metered-data zone).
 */

import type {PhrasingContent} from 'mdast'
import type {CellValue} from './cell-problem.js'
import {valueFromCell, type ValueGrammar} from './cell-value.js'

/** A zone cell's grammar: a number, `Zone 1` too; `n/a` says none. */
const zoneGrammar: ValueGrammar<number> = {
  name: 'zone',
  expected: 'a number',
  read(text) {
    if (/^(?:n\/a|✗|✘|-|—)$/i.test(text)) return null
    const match = /^(?:zone\s*)?(\d+)$/i.exec(text)
    return match ? Number(match[1]) : undefined
  }
}

/**
 * The zone a cell states: `1`…`4` in the survey (`Zone 1` is read too).
 *
 * @param children
 *   Phrasing content of one table cell.
 * @returns
 *   The zone; `null` for an empty cell or `n/a`; `null` with a problem for
 *   other text.
 */
export function zoneFromCell(
  children: ReadonlyArray<PhrasingContent>
): CellValue<number> {
  return valueFromCell(children, zoneGrammar)
}
