/**
 * Read a zone cell (the ExpressRoute metered-data zone).
 */

import type {PhrasingContent} from 'mdast'
import type {CellValue} from './cell-problem.js'
import {textFromCell} from './cell-text.js'

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
  const text = textFromCell(children)
  if (text === '' || /^(?:n\/a|✗|✘|-|—)$/i.test(text)) {
    return {value: null, problem: null}
  }

  const match = /^(?:zone\s*)?(\d+)$/i.exec(text)
  if (match) return {value: Number(match[1]), problem: null}

  return {
    value: null,
    problem: {
      ruleId: 'unknown-cell-value',
      reason: 'Unexpected zone `' + text + '`, expected a number',
      offset: children[0]?.position?.start.offset ?? null
    }
  }
}
