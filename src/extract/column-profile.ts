/**
 * What the cells of each column of a table hold, in numbers: the evidence
 * `recognizeByContent` weighs when a header says nothing it knows.
 *
 * Read with the list grammar itself (`segmentsFromCell`), without reporting
 * anything: a table may be profiled and still not be read.
 */

import type {Table} from '../blocks/index.js'
import {segmentsFromCell} from './cell-segments.js'
import {slug} from '../util/slug.js'

/** The cells of one column, counted. */
export interface ColumnProfile {
  /** Body rows of the table. */
  rows: number
  /** Cells with at least one name. */
  filled: number
  /** Cells that list two names or more. */
  lists: number
  /** Names over every cell. */
  names: number
  /** Cells with a name that has a link. */
  links: number
  /** Cells that are a small whole number (a zone). */
  numbers: number
  /** Cells that say “none” (`n/a`, `&cross;`). */
  none: number
  /** Cells with a name that has a digit (dates, versions, `East US 2`). */
  digits: number
  /** Names marked coming soon (`+`). */
  marked: number
  /** Words of the longest name. */
  longestName: number
  /** Distinct names, as ids (`slug`): spellings that differ in case, accents or spacing are one. */
  items: Set<string>
  /** Distinct whole-cell values, as ids. */
  values: Set<string>
}

/** A cell that is a small whole number: ExpressRoute zones are 1–4. */
const smallNumber = /^\d{1,2}$/

/**
 * Profile each column of a table.
 *
 * @param table
 *   A table of the view.
 * @returns
 *   One profile per header cell.
 */
export function profileColumns(table: Table): ColumnProfile[] {
  return table.header.map((_, column) => profileColumn(table, column))
}

/**
 * Profile one column of a table (its body cells at `column`).
 *
 * @param table
 *   A table of the view.
 * @param column
 *   Index of the column.
 */
function profileColumn(table: Table, column: number): ColumnProfile {
  const profile: ColumnProfile = {
    rows: table.rows.length,
    filled: 0,
    lists: 0,
    names: 0,
    links: 0,
    numbers: 0,
    none: 0,
    digits: 0,
    marked: 0,
    longestName: 0,
    items: new Set(),
    values: new Set()
  }

  for (const row of table.rows) {
    const cell = row.cells[column]
    if (!cell || cell.padded) continue
    const segments = segmentsFromCell(cell.children)
    if (segments.none) profile.none++
    if (segments.entries.length === 0) continue
    profile.filled++
    profile.names += segments.entries.length
    if (segments.entries.length > 1) profile.lists++
    if (segments.entries.some((entry) => entry.url !== null)) profile.links++
    if (segments.entries.some((entry) => /\d/.test(entry.name)))
      profile.digits++
    const folded: string[] = []
    for (const entry of segments.entries) {
      const key = slug(entry.name)
      if (key !== '') profile.items.add(key)
      folded.push(key)
      if (entry.comingSoon) profile.marked++
      const words = entry.name.split(/\s+/).length
      if (words > profile.longestName) profile.longestName = words
    }

    profile.values.add(folded.join(','))
    if (
      segments.entries.length === 1 &&
      smallNumber.test(segments.entries[0]!.name)
    ) {
      profile.numbers++
    }
  }

  return profile
}
