/**
 * Turn the header cells of a table into the role of each column.
 */

import {headerSynonyms, type ColumnRole} from './header-synonyms.js'
import {normalizeHeader} from './normalize-header.js'

/** The singular (row key) and plural (list) of each paired role. */
const numberPairs: ReadonlyArray<readonly [ColumnRole, ColumnRole]> = [
  ['location', 'locations'],
  ['serviceProvider', 'serviceProviders'],
  ['connectivityProvider', 'connectivityProviders'],
  ['systemIntegrator', 'systemIntegrators']
]

/**
 * Map each header cell to its column role.
 *
 * The first column of every table in the survey is the row's key, the others
 * are values or lists: so a paired role is made singular in the first column
 * and plural elsewhere. This is what lets `位置` be `Location` in
 * `位置 | 服务提供商` and `Locations` in `服务提供商 | … | 位置` without a
 * second code path for languages that do not mark number.
 *
 * @param cells
 *   Header cells as text (raw Markdown or plain).
 * @returns
 *   One role per cell, `null` for a header that is not in `headerSynonyms`.
 */
export function rolesFromHeader(
  cells: ReadonlyArray<string>
): Array<ColumnRole | null> {
  // Versions of a page repeat their headers: read each header once.
  let key = ''
  for (const cell of cells) key += cell.length + ':' + cell
  let roles = rememberedRoles.get(key)
  if (!roles) {
    roles = readRoles(cells)
    if (key.length <= 100_000) {
      if (rememberedRoles.size >= 10_000) rememberedRoles.clear()
      rememberedRoles.set(key, roles)
    }
  }

  return [...roles]
}

/** The roles of headers read before, by their cells; bounded. */
const rememberedRoles = new Map<string, ReadonlyArray<ColumnRole | null>>()

/** Map each header cell to its column role (`rolesFromHeader`, unremembered). */
function readRoles(
  cells: ReadonlyArray<string>
): ReadonlyArray<ColumnRole | null> {
  return cells.map(function (cell, index) {
    const key = normalizeHeader(cell)
    const role: ColumnRole | null = Object.hasOwn(headerSynonyms, key)
      ? headerSynonyms[key as keyof typeof headerSynonyms]
      : null
    if (role === null) return null
    for (const [one, many] of numberPairs) {
      if (role === one || role === many) return index === 0 ? one : many
    }
    return role
  })
}
