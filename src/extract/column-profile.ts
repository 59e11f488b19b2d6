/**
 * What the cells of each column of a table hold, in numbers: the evidence
 * `recognizeByContent` weighs when a header says nothing it knows.
 *
 * Read with the list grammar itself (`segmentsFromCell`), without reporting
 * anything: a table may be profiled and still not be read.
 */

import {rowSourceOf, type Cell, type Row, type Table} from '../blocks/index.js'
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
  const columns = table.header.length
  const profiles: ColumnProfile[] = []
  for (let column = 0; column < columns; column++) {
    profiles.push({
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
    })
  }

  for (const row of table.rows) {
    const facts = rowFacts(row, columns)
    for (const [column, profile] of profiles.entries()) {
      const cell = facts[column]
      if (cell) addCell(profile, cell)
    }
  }

  return profiles
}

/** What one cell adds to the profile of its column. */
interface CellFacts {
  none: boolean
  /** Its names, as ids (`slug`; `''` for one that has none). */
  keys: string[]
  links: boolean
  digits: boolean
  marked: number
  /** Words of its longest name. */
  longestName: number
  /** Whether it is a small whole number. */
  number: boolean
}

/** Add what a cell holds to the profile of its column. */
function addCell(profile: ColumnProfile, cell: CellFacts) {
  if (cell.none) profile.none++
  if (cell.keys.length === 0) return
  profile.filled++
  profile.names += cell.keys.length
  if (cell.keys.length > 1) profile.lists++
  if (cell.links) profile.links++
  if (cell.digits) profile.digits++
  for (const key of cell.keys) if (key !== '') profile.items.add(key)
  profile.marked += cell.marked
  if (cell.longestName > profile.longestName)
    profile.longestName = cell.longestName
  profile.values.add(cell.keys.join(','))
  if (cell.number) profile.numbers++
}

/**
 * Rows profiled before, by what they read as (`rowSourceOf`): the versions
 * of a page repeat nearly all their rows, and a row read from the row memo
 * makes no cells unless profiled. Bounded: emptied past 20,000 rows or 4
 * million characters of keys.
 */
const profiledRows = new Map<string, Array<CellFacts | undefined>>()
let profiledCharacters = 0

/** What each cell of a row (up to `columns`) adds to its column's profile. */
function rowFacts(row: Row, columns: number): Array<CellFacts | undefined> {
  const source = rowSourceOf(row)
  const key = source ? columns + '\u0000' + source.key : undefined
  if (key !== undefined) {
    const known = profiledRows.get(key)
    if (known) return known
  }

  const facts: Array<CellFacts | undefined> = []
  for (let column = 0; column < columns; column++) {
    const cell = row.cells[column]
    facts.push(cell && !cell.padded ? cellFacts(cell) : undefined)
  }

  if (key !== undefined && key.length <= 4_000_000) {
    if (
      profiledRows.size >= 20_000 ||
      profiledCharacters + key.length > 4_000_000
    ) {
      profiledRows.clear()
      profiledCharacters = 0
    }

    profiledRows.set(key, facts)
    profiledCharacters += key.length
  }

  return facts
}

/** What a cell adds to the profile of its column. */
function cellFacts(cell: Cell): CellFacts {
  const segments = segmentsFromCell(cell.children)
  const facts: CellFacts = {
    none: segments.none,
    keys: [],
    links: false,
    digits: false,
    marked: 0,
    longestName: 0,
    number: false
  }
  if (segments.entries.length === 0) return facts
  facts.links = segments.entries.some((entry) => entry.url !== null)
  facts.digits = segments.entries.some((entry) => /\d/.test(entry.name))
  for (const entry of segments.entries) {
    facts.keys.push(slug(entry.name))
    if (entry.comingSoon) facts.marked++
    const words = entry.name.split(/\s+/).length
    if (words > facts.longestName) facts.longestName = words
  }

  facts.number =
    segments.entries.length === 1 && smallNumber.test(segments.entries[0]!.name)
  return facts
}
