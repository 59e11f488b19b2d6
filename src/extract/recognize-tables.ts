/**
 * Decide what each table of a page is: by its header cells first, and,
 * for a table whose header is none of the known kinds, by its shape and
 * content — its column count, its place among the page's tables, and what
 * its cells hold (names the page's other tables know, lists, links, small
 * repeated vocabularies).
 *
 * Translations keep the English page's tables, in the same order and with
 * the same columns, and most names in English; so no word of the page's
 * language is needed to read what it states.
 */

import type {Table} from '../blocks/index.js'
import {profileColumns, type ColumnProfile} from './column-profile.js'
import type {ColumnRole} from './header-synonyms.js'
import {slug} from '../util/slug.js'
import {normalizeHeader} from './normalize-header.js'
import {rolesFromHeader} from './roles-from-header.js'
import {tableForms, type ColumnTest, type TableForm} from './table-forms.js'
import {tableKindFromHeader, type TableKind} from './table-kind-from-header.js'

/** A table and what it was recognized as. */
export interface RecognizedTable {
  table: Table
  /** Role of each column (`null`: not read). */
  roles: Array<ColumnRole | null>
  kind: TableKind
  /** Whether the kind and roles were inferred from the content, not the header. */
  byContent: boolean
}

/** Names the page's recognized tables know, as ids (`slug`). */
interface PageNames {
  locations: Set<string>
  providers: Set<string>
  exchanges: Set<string>
}

/** What scoring a column needs. */
interface ColumnContext {
  names: PageNames
  /** Whether a name is in some other table of the page. */
  elsewhere: (item: string) => boolean
}

/** The role each role is the singular or plural of (`locations` → `location`). */
const singular: Partial<Record<ColumnRole, ColumnRole>> = {
  locations: 'location',
  serviceProviders: 'serviceProvider',
  connectivityProviders: 'connectivityProvider',
  systemIntegrators: 'systemIntegrator'
}

/**
 * Recognize every table of a page.
 *
 * @param tables
 *   The page's tables, in document order.
 * @returns
 *   One entry a table, in the same order; `kind: 'unknown'` for a table
 *   neither its header nor its content tells.
 */
export function recognizeTables(
  tables: ReadonlyArray<Table>
): RecognizedTable[] {
  const recognized = tables.map(function (table): RecognizedTable {
    const roles = rolesFromHeader(table.header.map((cell) => cell.text))
    return {table, roles, kind: tableKindFromHeader(roles), byContent: false}
  })
  if (recognized.every((entry) => entry.kind !== 'unknown')) return recognized

  const page = pageTablesOf(tables, recognized)
  // Each table read may teach the names another needs: read until no table
  // is left that can be.
  let progress = true
  while (progress) {
    progress = false
    for (const [index, entry] of recognized.entries()) {
      if (entry.kind === 'unknown' && recognizeByContent(page, index)) {
        progress = true
      }
    }
  }

  return recognized
}

/** What reading the tables of a page by their content knows. */
interface PageTables {
  /** Each table as recognized so far. */
  recognized: RecognizedTable[]
  /** The columns of each table. */
  profiles: ReadonlyArray<ReadonlyArray<ColumnProfile>>
  /** Names the recognized tables know. */
  names: PageNames
  /**
   * How many tables not yet recognized name each item: an item is
   * “elsewhere” for a table when another such table names it too. A table
   * once recognized speaks through what it taught instead (its region
   * names are not locations).
   */
  tablesNaming: Map<string, number>
  /** The items of each table. */
  itemsOfTable: ReadonlyArray<ReadonlySet<string>>
  /** The normalized header of each table, its cells joined. */
  headerKeys: ReadonlyArray<string>
}

/** What the tables recognized by their header teach, and what each table names. */
function pageTablesOf(
  tables: ReadonlyArray<Table>,
  recognized: RecognizedTable[]
): PageTables {
  const profiles = tables.map((table) => profileColumns(table))
  const names: PageNames = {
    locations: new Set(),
    providers: new Set(),
    exchanges: new Set()
  }
  for (const [index, entry] of recognized.entries()) {
    if (entry.kind !== 'unknown') learn(names, entry, profiles[index]!)
  }

  const tablesNaming = new Map<string, number>()
  const itemsOfTable = profiles.map(function (columns, index) {
    const items = new Set<string>()
    for (const column of columns)
      for (const item of column.items) items.add(item)
    if (recognized[index]!.kind === 'unknown') {
      for (const item of items)
        tablesNaming.set(item, (tablesNaming.get(item) ?? 0) + 1)
    }

    return items
  })

  const headerKeys = tables.map((table) =>
    table.header.map((cell) => normalizeHeader(cell.text)).join('|')
  )

  return {recognized, profiles, names, tablesNaming, itemsOfTable, headerKeys}
}

/**
 * Recognize one table not yet recognized by its content, if it can be now;
 * what it states is then known to the page.
 *
 * @returns
 *   Whether it was recognized.
 */
function recognizeByContent(page: PageTables, index: number): boolean {
  const {recognized, names, tablesNaming} = page
  const entry = recognized[index]!
  const columns = page.profiles[index]!
  const own = page.itemsOfTable[index]!
  const context: ColumnContext = {
    names,
    elsewhere: (item) =>
      (tablesNaming.get(item) ?? 0) - (own.has(item) ? 1 : 0) > 0
  }
  const earlier = new Set(recognized.slice(0, index).map((other) => other.kind))
  const found =
    sameHeaderAs(index, recognized, page.headerKeys) ??
    matrixOf(entry.table, columns) ??
    formOf(entry, columns, context, earlier)
  if (!found) return false
  recognized[index] = {table: entry.table, ...found, byContent: true}
  learn(names, recognized[index], columns)
  for (const item of own)
    tablesNaming.set(item, (tablesNaming.get(item) ?? 1) - 1)
  return true
}

/**
 * A table whose header is written exactly as that of a table already
 * recognized by content is of the same kind: translations write one
 * English header one way (`US Government`, `China` and `Germany` tables).
 */
function sameHeaderAs(
  index: number,
  recognized: ReadonlyArray<RecognizedTable>,
  headerKeys: ReadonlyArray<string>
): Pick<RecognizedTable, 'kind' | 'roles'> | null {
  for (const [other, entry] of recognized.entries()) {
    if (
      entry.byContent &&
      entry.kind !== 'provider-location-matrix' &&
      headerKeys[other] === headerKeys[index]
    ) {
      return {kind: entry.kind, roles: entry.roles}
    }
  }

  return null
}

/**
 * The first page form (2015): an empty first header cell, a location in
 * every other header cell, a provider a row, and in each cell a mark
 * (`Available`, its translation, any short word) or nothing.
 */
function matrixOf(
  table: Table,
  columns: ReadonlyArray<ColumnProfile>
): Pick<RecognizedTable, 'kind' | 'roles'> | null {
  const [first, ...rest] = table.header
  if (!first || rest.length === 0 || normalizeHeader(first.text) !== '')
    return null
  const locations = rest.map((cell) => normalizeHeader(cell.text))
  // Header cells are place names: short, without digits.
  if (
    locations.some(
      (name) =>
        name === '' ||
        /\d/.test(name) ||
        name.split(' ').length > longestLocation
    )
  ) {
    return null
  }

  const [keys, ...marks] = columns
  if (!keys || !isKey(keys)) return null
  // One mark, or nothing: a table that also says “no” (`No`, `&cross;`,
  // `n/a`, `Not available`) compares features, it lists no offerings.
  const values = new Set<string>()
  let filled = 0
  for (const column of marks) {
    if (
      column.lists > 0 ||
      column.links > 0 ||
      column.none > 0 ||
      column.longestName > 3
    )
      return null
    filled += column.filled
    for (const value of column.values) values.add(value)
  }

  return filled > 0 && values.size === 1
    ? {
        kind: 'provider-location-matrix',
        roles: ['serviceProvider', ...rest.map(() => 'location' as const)]
      }
    : null
}

/** The form that fits the table best, or `null`. */
function formOf(
  entry: RecognizedTable,
  columns: ReadonlyArray<ColumnProfile>,
  context: ColumnContext,
  earlier: ReadonlySet<TableKind>
): Pick<RecognizedTable, 'kind' | 'roles'> | null {
  let best: TableForm | null = null
  let bestScore = 0
  for (const form of tableForms) {
    if (form.roles.length !== columns.length) continue
    if (form.after && !form.after.some((kind) => earlier.has(kind))) continue
    // Before the page has taught any location, only a form that carries
    // its own proof (statuses, zones, a region map's place first) may be
    // the first read.
    if (context.names.locations.size === 0 && !form.startsPage) continue
    const score = formScore(form, entry.roles, columns, context)
    if (score !== null && (best === null || score > bestScore)) {
      best = form
      bestScore = score
    }
  }

  return best ? {kind: best.kind, roles: [...best.roles]} : null
}

/** How well a form fits; `null` when a column rules it out. */
function formScore(
  form: TableForm,
  headerRoles: ReadonlyArray<ColumnRole | null>,
  columns: ReadonlyArray<ColumnProfile>,
  context: ColumnContext
): number | null {
  // Before the page has taught any location, two status columns must
  // share a word (`Supported`): two columns of other small vocabularies
  // (`SilverCloud1` | `SilverCloud2`) do not.
  if (context.names.locations.size === 0 && !statusesShareAWord(form, columns))
    return null
  let total = 0
  for (const [index, test] of form.tests.entries()) {
    // A header cell the synonyms know still rules: `Microsoft Azure` over
    // a translated `Service provider` is a status column.
    const known = headerRoles[index]
    const role = form.roles[index]!
    if (known && (singular[known] ?? known) !== (singular[role] ?? role))
      return null
    const score = columnScore(test, columns[index]!, context)
    if (score === null) return null
    total += score
  }

  return total
}

function statusesShareAWord(
  form: TableForm,
  columns: ReadonlyArray<ColumnProfile>
): boolean {
  const statuses = form.tests.flatMap((test, index) =>
    test === 'status' ? [columns[index]!] : []
  )
  if (statuses.length < 2) return true
  const [first, ...rest] = statuses
  return [...first!.values].some((value) =>
    rest.every((column) => column.values.has(value))
  )
}

/**
 * Words of the longest location name a list may hold: `Newport (Wales)`,
 * `Washington DC2`, `Ámsterdam y Londres` (a list a translation joined).
 */
const longestLocation = 4

/** Share of `items` for which `has` holds (`0` for no items). */
function share(
  items: ReadonlySet<string>,
  has: (item: string) => boolean
): number {
  if (items.size === 0) return 0
  let count = 0
  for (const item of items) if (has(item)) count++
  return count / items.size
}

/**
 * One name a row, in nearly every row. A key cell is read whole, commas
 * included (`Airgate Technologies, Inc.`, `GARR, through GÉANT`), so a few
 * cells that would split as lists still make a key.
 */
function isKey(column: ColumnProfile): boolean {
  return (
    column.filled >= Math.max(1, 0.8 * column.rows) &&
    column.lists <= 0.25 * column.filled
  )
}

/** What a column's cells tell, for the tests. */
interface Evidence {
  names: PageNames
  /** Share of the column's items a table taught as locations. */
  knownLocationShare: number
  /** Share of its items that are locations: known ones, or, before any is, named elsewhere. */
  locationShare: number
  /** Share of its items a table taught as providers. */
  providerShare: number
  /** Whether its cells list names (more names than filled cells). */
  listsNames: boolean
  /** Whether names repeat down the column. */
  repeated: boolean
}

/** How well a column passes one test; `null` when it fails. */
type ColumnTestScore = (
  column: ColumnProfile,
  evidence: Evidence
) => number | null

/** How well a column passes a test; `null` when it fails. */
function columnScore(
  test: ColumnTest,
  column: ColumnProfile,
  context: ColumnContext
): number | null {
  return columnTests[test](column, evidenceOf(column, context))
}

/**
 * What the column's items are, as far as the page tells.
 *
 * Evidence for locations: names a table read as such taught, or, before
 * any did, names another table writes too (locations are what every form
 * repeats: region maps, provider lists, location keys, exchanges; but so do
 * statuses, so once a table has taught locations only those count).
 * Evidence against (a column of statuses, regions, exchanges) counts only
 * what a table taught: Azure regions recur too, in later pages'
 * local-regions columns.
 */
function evidenceOf(
  column: ColumnProfile,
  {names, elsewhere}: ColumnContext
): Evidence {
  const knownLocationShare = share(column.items, (item) =>
    names.locations.has(item)
  )
  return {
    names,
    knownLocationShare,
    locationShare:
      names.locations.size > 0
        ? knownLocationShare
        : share(column.items, elsewhere),
    providerShare: share(column.items, (item) => names.providers.has(item)),
    listsNames: column.names >= 1.2 * column.filled,
    // Names repeat across rows in vocabularies (exchanges, statuses), not in
    // lists of distinct things (Azure regions).
    repeated: column.names >= 1.5 * column.items.size
  }
}

/** One scorer a test (see `ColumnTest`). */
const columnTests: Record<ColumnTest, ColumnTestScore> = {
  key: (column) => (isKey(column) ? 1 : null),
  names: (column) =>
    column.filled >= Math.max(1, 0.8 * column.rows) ? 1 : null,
  plainKey: (column) =>
    isKey(column) && column.links <= 0.2 * column.filled ? 1 : null,
  regionKey: (column) =>
    isKey(column) &&
    column.links <= 0.2 * column.filled &&
    column.digits === 0 &&
    column.longestName <= 4
      ? 1
      : null,
  linkedKey: (column) =>
    isKey(column) && column.links >= 0.5 * column.filled ? 1 : null,
  locationKey: locationKeyScore,
  locations: locationsScore,
  providers: providersScore,
  integrators: (column, {knownLocationShare, listsNames}) =>
    column.filled > 0 && knownLocationShare < 0.3 && listsNames ? 1 : null,
  status: statusScore,
  zone: (column) =>
    column.filled > 0 && column.numbers === column.filled ? 1 : null,
  exchanges: exchangesScore,
  azureRegions: (column, {knownLocationShare, providerShare}) =>
    column.filled > 0 &&
    column.links === 0 &&
    knownLocationShare < 0.3 &&
    providerShare < 0.3
      ? 1
      : null,
  continents: continentsScore,
  any: () => 0
}

function locationKeyScore(
  column: ColumnProfile,
  {names, locationShare}: Evidence
): number | null {
  if (!isKey(column) || column.longestName > longestLocation) return null
  if (locationShare >= 0.5) return 1 + locationShare
  // The first table of a page without a region map.
  return names.locations.size === 0 && column.links <= 0.2 * column.filled
    ? 0.5
    : null
}

function locationsScore(
  column: ColumnProfile,
  {names, locationShare, listsNames}: Evidence
): number | null {
  if (column.filled === 0 || column.longestName > longestLocation) return null
  // The first table of locations a page has (a region map, the providers of
  // a page without one) has nothing to be checked against: it must at least
  // list names, as every column of locations of such a table does — or, a
  // table of a row or two (the Azure China edition's `中国 | 中国北部 |
  // 北京`), name what another table names.
  if (names.locations.size === 0) {
    return listsNames ||
      column.lists >= 0.3 * column.filled ||
      (column.rows <= 2 && locationShare >= 0.5)
      ? 1 + locationShare
      : null
  }

  return locationShare >= 0.5 ? 1 + locationShare : null
}

function providersScore(
  column: ColumnProfile,
  {knownLocationShare, providerShare, listsNames}: Evidence
): number | null {
  if (column.filled === 0 || knownLocationShare >= 0.3) return null
  if (providerShare >= 0.3) return 1 + providerShare
  // Providers the page names nowhere else (those reached only through an
  // exchange): lists and links say “names”, else only a weak fit.
  return listsNames || column.links >= 0.5 * column.filled ? 1 : 0.5
}

function statusScore(
  column: ColumnProfile,
  {knownLocationShare, repeated}: Evidence
): number | null {
  const plain =
    column.filled > 0 &&
    column.lists === 0 &&
    column.links === 0 &&
    column.numbers === 0 &&
    column.longestName <= 4 &&
    knownLocationShare < 0.3
  // A status column repeats its few words down the table.
  return plain && column.values.size <= 4 && (column.rows < 3 || repeated)
    ? 1
    : null
}

function exchangesScore(
  column: ColumnProfile,
  {names, knownLocationShare, providerShare, repeated}: Evidence
): number | null {
  if (
    column.filled === 0 ||
    knownLocationShare >= 0.3 ||
    column.links > 0.2 * column.filled
  ) {
    return null
  }

  // Once an exchange table is read, exchanges are the names it taught (a
  // datacenter provider's `Megaport`); before, a small vocabulary.
  if (names.exchanges.size > 0) {
    const known = share(column.items, (item) => names.exchanges.has(item))
    return known > 0 ? 1 + known : null
  }

  if (repeated || providerShare >= 0.5) return 1
  // Too few rows to show a vocabulary.
  return column.rows <= 2 ? 0.5 : null
}

function continentsScore(
  column: ColumnProfile,
  {knownLocationShare, providerShare, repeated}: Evidence
): number | null {
  return column.filled > 0 &&
    column.links === 0 &&
    column.digits === 0 &&
    column.longestName <= 3 &&
    (column.rows < 4 || repeated) &&
    knownLocationShare < 0.3 &&
    providerShare < 0.3 &&
    column.items.size <= 12 &&
    // An integrator is on a continent or a few; a continent lists many.
    (column.lists <= 0.3 * column.filled || column.rows <= 2)
    ? 1
    : null
}

/** Add the names a recognized table states to what the page knows. */
function learn(
  names: PageNames,
  entry: RecognizedTable,
  columns: ReadonlyArray<ColumnProfile>
) {
  for (const [index, role] of entry.roles.entries()) {
    const target = setOf(names, entry.kind, role)
    if (target) for (const item of columns[index]?.items ?? []) target.add(item)
  }

  // The matrix's locations are its header cells.
  if (entry.kind === 'provider-location-matrix') {
    for (const cell of entry.table.header.slice(1)) {
      names.locations.add(slug(normalizeHeader(cell.text)))
    }
  }
}

function setOf(
  names: PageNames,
  kind: TableKind,
  role: ColumnRole | null
): Set<string> | null {
  switch (role) {
    case 'location':
    case 'locations': {
      return names.locations
    }

    case 'serviceProvider':
    case 'serviceProviders':
    case 'connectivityProvider':
    case 'connectivityProviders': {
      return names.providers
    }

    case 'exchange': {
      return kind === 'exchanges' ? names.exchanges : null
    }

    default: {
      return null
    }
  }
}
