/**
 * Turn the rows of one recognized table into records.
 *
 * One function a table kind; each row becomes a record or an
 * `unrecognized-row` diagnostic, never nothing.
 */

import type {Cell, Row, Table} from '../blocks/index.js'
import type {Cloud} from '../model.js'
import {erDirectFromCell} from './cell-er-direct.js'
import {facilitiesFromCell} from './cell-facilities.js'
import type {CellReader} from './cell-reader.js'
import {statusFromCell} from './cell-status.js'
import {segmentsFromCell} from './cell-segments.js'
import {textFromCell} from './cell-value.js'
import {zoneFromCell} from './cell-zone.js'
import {readRows} from './row-memo.js'
import {cloudFromName} from './cloud-from-name.js'
import {createMessage} from '../diagnostics.js'
import type {ColumnRole} from './header-synonyms.js'
import type {TableKind} from './table-kind-from-header.js'
import type {
  Extraction,
  LocationRecord,
  NameRef,
  RegionRecord
} from './types.js'

/** What a table extractor needs to know about its table. */
export interface TableInput {
  table: Table
  kind: TableKind
  /** Role of each column. */
  roles: Array<ColumnRole | null>
  /** Cloud the section gives; `null` when no section title says. */
  cloud: Cloud | 'national' | null
  /** Cloud of a table whose section states none. */
  defaultCloud: Cloud
  reader: CellReader
  /** Report a row that carries facts we could not read. */
  unrecognized: (row: Row, reason: string) => void
  /**
   * National-cloud region rows whose region names no cloud the synonyms
   * know (a translation): the caller tells their cloud from the tables
   * that list their locations, once every table is read.
   */
  nationalRowsUnnamed: UnnamedNationalRow[]
}

/** A national region map row whose cloud its name does not tell. */
export interface UnnamedNationalRow {
  row: Row
  /** The record, its `locationCloud` still to be decided. */
  record: RegionRecord
  /** The zone the row gives its locations (2019 maps), or `null`. */
  zone: number | null
  /** Report it as not read. */
  unrecognized: (row: Row, reason: string) => void
}

/** Reads the rows of one kind of table into records. */
type RowReader = (input: TableInput, extraction: Extraction) => void

/**
 * One reader a table kind, as mdast-util-from-markdown maps each token to
 * its handler.
 */
const rowReaders: Record<Exclude<TableKind, 'unknown'>, RowReader> = {
  'region-map': regionRows,
  'providers-by-provider': providerRows,
  'services-by-provider': providerRows,
  'locations-by-location': locationRows,
  exchanges: exchangeRows,
  'system-integrators': integratorRows,
  'datacenter-providers': datacenterRows,
  'research-networks': researchNetworkRows,
  'provider-location-matrix': matrixRows
}

/**
 * Read the rows of a table into `extraction`.
 *
 * @param input
 *   The table and what is known about it.
 * @param extraction
 *   Where records go.
 */
export function recordsFromTable(input: TableInput, extraction: Extraction) {
  // `unknown` tables are reported whole by the caller.
  if (input.kind !== 'unknown') rowReaders[input.kind](input, extraction)
}

/**
 * Each row with the name in its key column; a row without one is
 * reported as not read (`unrecognized-row`), never dropped.
 *
 * @param input
 *   The table.
 * @param role
 *   Role of the key column.
 * @param reason
 *   What a row without a key is (`a provider row without a provider`).
 */
function* keyedRows(
  input: TableInput,
  role: ColumnRole,
  reason: string
): Generator<[Row, NameRef]> {
  for (const row of input.table.rows) {
    const key = input.reader.key(cellOf(input, row, role))
    if (key) yield [row, key]
    else input.unrecognized(row, reason)
  }
}

/**
 * The name in a row's key column; a row without one is reported as not
 * read (`unrecognized-row`), as `keyedRows` does.
 */
function rowKey(
  input: TableInput,
  row: Row,
  role: ColumnRole,
  reason: string
): NameRef | undefined {
  const key = input.reader.key(cellOf(input, row, role))
  if (key) return key
  input.unrecognized(row, reason)
  return undefined
}

/**
 * Read each row of a table whose rows read alone (their records depend on
 * the row and the table's kind, roles and cloud), reusing the reading of a
 * row read before (`row-memo.ts`).
 */
function eachRow(
  input: TableInput,
  extraction: Extraction,
  read: (row: Row) => unknown,
  context = ''
) {
  readRows(
    input.table.rows,
    [
      input.kind,
      input.roles.join(','),
      String(input.cloud),
      input.defaultCloud,
      context
    ].join('\u0000'),
    extraction,
    read
  )
}

/** Cell of a row in the first column with `role`. */
function cellOf(
  input: TableInput,
  row: Row,
  role: ColumnRole
): Cell | undefined {
  const index = input.roles.indexOf(role)
  return index === -1 ? undefined : row.cells[index]
}

/** Cloud of tables that speak of one cloud: the section's, else the page's. */
function tableCloud(input: TableInput): Cloud {
  return input.cloud === null || input.cloud === 'national'
    ? input.defaultCloud
    : input.cloud
}

function regionRows(input: TableInput, extraction: Extraction) {
  const national = isNationalMap(input)
  const wideTable = isWideMap(input)
  if (wideTable) {
    extraction.messages.push(
      createMessage(
        'region-map-extra-column',
        'Unexpected fourth column in a region map of three header cells, expected three; rows of four cells read as region, an unnamed column, Azure regions, ExpressRoute locations',
        input.table.position
      )
    )
  }

  eachRow(
    input,
    extraction,
    (row) => {
      const key = rowKey(
        input,
        row,
        'geopoliticalRegion',
        'a region map row without a geopolitical region'
      )
      if (!key) return undefined
      const cloud = national ? cloudFromName(key.name) : 'commercial'
      // A row of a national map whose name tells no cloud (a
      // translation) waits for the tables that list its locations.
      const unnamed = national && (cloud === null || cloud === 'commercial')
      const zone = input.reader.value(cellOf(input, row, 'zone'), zoneFromCell)
      const record = regionRecord(input, row, key, {
        wide: wideTable && row.cells.length > 3,
        national,
        locationCloud: cloud ?? 'commercial'
      })
      if (unnamed) {
        input.nationalRowsUnnamed.push({
          row,
          record,
          zone,
          unrecognized: input.unrecognized
        })
        return false
      }

      extraction.regions.push(record)
      for (const location of zoneLocations(record, zone)) {
        extraction.locations.push(location)
      }

      return undefined
    },
    (national ? 'national' : 'commercial') + (wideTable ? ' wide' : '')
  )
}

/**
 * Whether a region map is of the national clouds: when its section says
 * so, or, on pages whose two maps share one section, when a row names a
 * national cloud. A map whose every row names a national cloud is of the
 * national clouds too, whatever its title (the Azure China edition's map
 * of `中国` alone).
 */
function isNationalMap(input: TableInput): boolean {
  const {table, reader} = input
  const namesNational = (row: Row) => {
    const key = reader.key(cellOf(input, row, 'geopoliticalRegion'))
    const cloud = key && cloudFromName(key.name)
    return cloud !== null && cloud !== 'commercial'
  }

  return (
    input.cloud === 'national' ||
    (input.cloud === null && table.rows.some(namesNational)) ||
    (table.rows.length > 0 && table.rows.every(namesNational))
  )
}

/**
 * Whether a region map has a fourth, unnamed column: the 2015 national map
 * (`|**US Government cloud**|US Government|Iowa, Virginia|Ashburn,
 * Chicago|` under three header cells over a delimiter row of four). Its
 * rows of four cells read region, cloud, Azure regions, ExpressRoute
 * locations, as the 2016 map of the same rows shows. Its rows of three
 * cells follow the header.
 */
function isWideMap(input: TableInput): boolean {
  return (
    input.roles.length === 3 &&
    input.roles[1] === 'azureRegions' &&
    input.roles[2] === 'locations' &&
    input.table.rows.some((row) => row.cells.length > 3)
  )
}

/** What a region map row's record takes from its table. */
interface RegionRowContext {
  /** Whether the row has the fourth, unnamed column of a wide map. */
  wide: boolean
  /** Whether the map is of the national clouds. */
  national: boolean
  /** Cloud of the locations the row lists. */
  locationCloud: Cloud
}

/** The record of a region map row. */
function regionRecord(
  input: TableInput,
  row: Row,
  key: NameRef,
  {wide, national, locationCloud}: RegionRowContext
): RegionRecord {
  const {reader} = input
  const locations =
    (wide
      ? reader.list(row.cells[3])
      : reader.list(cellOf(input, row, 'locations'))) ?? []
  return {
    name: key.name,
    cloud: national ? 'national' : 'commercial',
    locationCloud,
    azureRegions:
      (wide
        ? reader.list(row.cells[2])
        : reader.list(cellOf(input, row, 'azureRegions'))) ?? [],
    locations,
    position: row.position
  }
}

/**
 * The 2019 maps give a zone a region: it is the zone of its locations, in
 * the cloud of the region's row.
 *
 * @param record
 *   A region map row, its cloud known.
 * @param zone
 *   The zone the row gives, `null` for none.
 */
export function zoneLocations(
  record: RegionRecord,
  zone: number | null
): LocationRecord[] {
  if (zone === null) return []
  return record.locations.map((location) => ({
    location,
    cloud: record.locationCloud,
    facilities: null,
    zone,
    localAzureRegions: null,
    erDirect: null,
    providers: null,
    position: location.position
  }))
}

function providerRows(input: TableInput, extraction: Extraction) {
  const {reader} = input
  const cloud = tableCloud(input)
  const hasLocations = input.roles.includes('locations')

  eachRow(input, extraction, (row) => {
    const provider = rowKey(
      input,
      row,
      'serviceProvider',
      'a provider row without a provider'
    )
    if (!provider) return
    extraction.providers.push({
      provider,
      cloud,
      azure: reader.value(cellOf(input, row, 'azureStatus'), statusFromCell),
      office365: reader.value(
        cellOf(input, row, 'office365Status'),
        statusFromCell
      ),
      locations: hasLocations
        ? (reader.list(cellOf(input, row, 'locations')) ?? [])
        : null,
      position: row.position
    })
  })
}

function locationRows(input: TableInput, extraction: Extraction) {
  const {reader} = input
  const cloud = tableCloud(input)

  eachRow(input, extraction, (row) => {
    const location = rowKey(
      input,
      row,
      'location',
      'a location row without a location'
    )
    if (!location) return
    const address =
      cellOf(input, row, 'address') ??
      cellOf(input, row, 'peeringLocationOwner')
    const localRegions = reader.list(cellOf(input, row, 'localAzureRegions'))
    extraction.locations.push({
      location,
      cloud,
      facilities: address ? facilitiesFromCell(address.children) : null,
      zone: reader.value(cellOf(input, row, 'zone'), zoneFromCell),
      localAzureRegions: localRegions
        ? localRegions.map((region) => region.name)
        : null,
      erDirect: reader.value(cellOf(input, row, 'erDirect'), erDirectFromCell),
      providers: reader.list(cellOf(input, row, 'serviceProviders')),
      position: row.position
    })
  })
}

function exchangeRows(input: TableInput, extraction: Extraction) {
  const {reader} = input
  const cloud = tableCloud(input)
  const byLocation = input.roles[0] === 'location'

  eachRow(input, extraction, (row) => {
    const exchanges = reader.list(cellOf(input, row, 'exchange')) ?? []
    if (byLocation) {
      const location = reader.key(cellOf(input, row, 'location'))
      if (!location) {
        input.unrecognized(row, 'an exchange row without a location')
        return
      }

      extraction.exchanges.push({
        location,
        cloud,
        exchanges,
        providers:
          reader.list(cellOf(input, row, 'connectivityProviders')) ?? [],
        position: row.position
      })
    } else {
      const provider = reader.key(cellOf(input, row, 'connectivityProvider'))
      const locations = reader.list(cellOf(input, row, 'locations')) ?? []
      if (!provider || locations.length === 0) {
        input.unrecognized(
          row,
          'an exchange row without a provider or a location'
        )
        return
      }

      for (const location of locations) {
        extraction.exchanges.push({
          location,
          cloud,
          exchanges,
          providers: [provider],
          position: row.position
        })
      }
    }
  })
}

function integratorRows(input: TableInput, extraction: Extraction) {
  const {reader} = input
  const continentFirst = input.roles[0] === 'continent'

  eachRow(input, extraction, (row) => {
    const continentCell = cellOf(input, row, 'continent')
    // `Asia, Europe, US`: an integrator on several continents is on each.
    const continents = continentFirst
      ? [continentCell ? textFromCell(continentCell.children) : ''].filter(
          Boolean
        )
      : (reader.list(continentCell) ?? []).map((entry) => entry.name)
    const integrators = continentFirst
      ? reader.list(cellOf(input, row, 'systemIntegrators'))
      : [reader.key(cellOf(input, row, 'systemIntegrator'))].filter(
          (entry): entry is NameRef => entry !== null
        )
    if (continents.length === 0 || !integrators || integrators.length === 0) {
      input.unrecognized(
        row,
        'a system integrator row without an integrator or a continent'
      )
      return
    }

    for (const integrator of integrators) {
      for (const continent of continents) {
        extraction.systemIntegrators.push({
          integrator,
          continent,
          position: row.position
        })
      }
    }
  })
}

function datacenterRows(input: TableInput, extraction: Extraction) {
  const {reader} = input
  eachRow(input, extraction, (row) => {
    const provider = rowKey(
      input,
      row,
      'provider',
      'a datacenter provider row without a provider'
    )
    if (!provider) return
    extraction.datacenterProviders.push({
      provider,
      exchanges: reader.list(cellOf(input, row, 'exchange')) ?? [],
      position: row.position
    })
  })
}

/** `GARR, through GÉANT`: a network and the one it connects through. */
const through = /^(.*?),?\s+(?:through|via)\s+(.+)$/i

/** A word that starts lowercase: of the page's language, not of a name. */
const lowercaseWord = /^\p{Ll}/u

function researchNetworkRows(input: TableInput, extraction: Extraction) {
  const rows = [
    ...keyedRows(input, 'provider', 'a research network row without a network')
  ]
  // Networks with a row of their own (`GÉANT`): a row that ends with one of
  // them, after lowercase words, connects through it, in any language
  // (`GARR, tramite GÉANT`, `HEAnet a través de GÉANT`).
  const listed = new Set(rows.map(([, entry]) => entry.name.toLowerCase()))
  for (const [row, entry] of rows) {
    const split = throughListed(entry.name, listed) ?? throughWord(entry.name)
    extraction.researchNetworks.push({
      network: split ? {...entry, name: split[0]} : entry,
      via: split
        ? {
            name: split[1],
            url: null,
            comingSoon: false,
            position: entry.position
          }
        : null,
      position: row.position
    })
  }
}

/** `[network, via]` when the name ends with a listed network after lowercase words. */
function throughListed(
  name: string,
  listed: ReadonlySet<string>
): [string, string] | null {
  const words = name.split(' ')
  // The last word or two: a listed network's name is short (`GÉANT`).
  for (let count = 1; count <= Math.min(3, words.length - 1); count++) {
    const via = words.slice(-count).join(' ')
    if (!listed.has(via.toLowerCase())) continue
    // What is left of `GARR, a través de` once the words for “through”
    // (lowercase; the network's name is not) and the comma are cut.
    let end = words.length - count
    while (end > 1 && lowercaseWord.test(words[end - 1] as string)) end--
    const cut = end < words.length - count
    let network = words.slice(0, end).join(' ')
    const comma = network.endsWith(',')
    if (comma) network = network.slice(0, -1).trim()
    // Something was cut (a connector or a comma), and a name is left.
    if (network !== '' && (cut || comma)) return [network, via]
  }

  return null
}

/** `[network, via]` from an English `through` or `via`. */
function throughWord(name: string): [string, string] | null {
  const match = through.exec(name)
  return match
    ? [(match[1] as string).trim(), (match[2] as string).trim()]
    : null
}

/**
 * The 2015 matrix: a provider a row, a location a header cell; a cell with
 * anything in it (`Available`, a translation, a mark) says the provider
 * offers ExpressRoute there. It states no Azure or Office 365 status.
 */
function matrixRows(input: TableInput, extraction: Extraction) {
  const {table, reader} = input
  const cloud = tableCloud(input)
  const locations = table.header.slice(1).map((cell) => reader.key(cell))

  for (const [row, provider] of keyedRows(
    input,
    'serviceProvider',
    'a matrix row without a provider'
  )) {
    const offered: NameRef[] = []
    for (const [index, location] of locations.entries()) {
      const cell = row.cells[index + 1]
      // The offering is where its mark is.
      if (
        location &&
        cell &&
        segmentsFromCell(cell.children).entries.length > 0
      ) {
        offered.push({...location, position: cell.position})
      }
    }

    extraction.providers.push({
      provider,
      cloud,
      azure: null,
      office365: null,
      locations: offered,
      position: row.position
    })
  }
}
