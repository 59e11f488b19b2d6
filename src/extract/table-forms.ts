/**
 * The forms of table the pages carry, as data: for each, its kind, the
 * role of each column, and what the cells of each column must hold.
 *
 * Translations keep the English page's tables, in the same order and with
 * the same columns, and keep most names in English: so a form is told by
 * its column count, its place on the page and its cells, whatever language
 * its header is in (`recognizeByContent`). The evidence for every form is
 * in `notes/tables-survey.md`.
 */

import type {ColumnRole} from './header-synonyms.js'
import type {TableKind} from './table-kind-from-header.js'

/**
 * What the cells of a column must hold for a form to fit.
 *
 * - `key`: one name a row, in nearly every row (the row's key).
 * - `names`: something in nearly every row, commas or not (the one column
 *   of the research networks: `GARR, through GÉANT`).
 * - `plainKey`: a key without links.
 * - `regionKey`: a plain key of short names without digits (geopolitical
 *   regions, continents: `North America`, `EMEA`).
 * - `linkedKey`: a key whose names mostly carry links (companies).
 * - `locationKey`: a key whose names the page knows as locations.
 * - `locations`: names (a list or one) the page knows as locations.
 * - `providers`: names the page knows as providers, or lists of names.
 * - `integrators`: lists of names that are not locations (a continent's
 *   integrators).
 * - `status`: a small repeated vocabulary of short words, no list, no link.
 * - `zone`: small whole numbers.
 * - `exchanges`: a small vocabulary of names that are not locations.
 * - `azureRegions`: names no other table taught as locations or providers.
 * - `continents`: a small vocabulary of short names without digits,
 *   repeated down the column, that are neither locations nor providers.
 * - `any`: anything (addresses, ER Direct ports).
 */
export type ColumnTest =
  | 'key'
  | 'names'
  | 'plainKey'
  | 'regionKey'
  | 'linkedKey'
  | 'locationKey'
  | 'locations'
  | 'providers'
  | 'integrators'
  | 'status'
  | 'zone'
  | 'exchanges'
  | 'azureRegions'
  | 'continents'
  | 'any'

/** One form of table. */
export interface TableForm {
  /** The kind of table it is. */
  kind: TableKind
  /** Role of each column, in order. */
  roles: ColumnRole[]
  /** What each column must hold, in order. */
  tests: ColumnTest[]
  /**
   * Kinds of which one must come earlier on the page: the research-network
   * table (one column of names) is only told from any list of names by its
   * place after the exchanges.
   */
  after?: TableKind[]
  /**
   * Whether the form may be the first a page reads by content, before any
   * table has taught the page's locations: a form whose other columns
   * prove it (two status columns, a zone column) or whose place does (the
   * region map, the first table of every page that has one).
   */
  startsPage?: boolean
}

/**
 * Kinds of which the exchanges and the integrators tables always follow
 * one: a region map's three columns would fit the exchanges too, were the
 * map not first, and two columns of short names fit the integrators.
 */
const offeringKinds: TableKind[] = [
  'region-map',
  'providers-by-provider',
  'services-by-provider',
  'locations-by-location'
]

/** Every form, by column count; of two that fit equally, the first wins. */
export const tableForms: readonly TableForm[] = [
  {
    kind: 'research-networks',
    roles: ['provider'],
    tests: ['names'],
    after: ['exchanges', 'datacenter-providers']
  },
  {
    kind: 'locations-by-location',
    roles: ['location', 'serviceProviders'],
    tests: ['locationKey', 'providers']
  },
  {
    kind: 'providers-by-provider',
    roles: ['serviceProvider', 'locations'],
    tests: ['key', 'locations']
  },
  {
    kind: 'datacenter-providers',
    roles: ['provider', 'exchange'],
    tests: ['linkedKey', 'exchanges'],
    after: ['exchanges']
  },
  {
    kind: 'system-integrators',
    roles: ['systemIntegrator', 'continent'],
    tests: ['linkedKey', 'continents'],
    after: offeringKinds
  },
  {
    kind: 'system-integrators',
    roles: ['continent', 'systemIntegrators'],
    tests: ['regionKey', 'integrators'],
    after: offeringKinds
  },
  {
    kind: 'region-map',
    roles: ['geopoliticalRegion', 'azureRegions', 'locations'],
    tests: ['regionKey', 'azureRegions', 'locations'],
    startsPage: true
  },
  {
    kind: 'exchanges',
    roles: ['connectivityProvider', 'exchange', 'locations'],
    tests: ['key', 'exchanges', 'locations'],
    after: offeringKinds
  },
  {
    kind: 'exchanges',
    roles: ['location', 'exchange', 'connectivityProviders'],
    tests: ['locationKey', 'exchanges', 'providers'],
    after: offeringKinds
  },
  {
    kind: 'services-by-provider',
    roles: ['serviceProvider', 'azureStatus', 'office365Status'],
    tests: ['key', 'status', 'status'],
    // Its two columns of statuses prove little alone (`Yes | No`): it
    // follows the region map on every page that has it.
    after: ['region-map']
  },
  {
    kind: 'providers-by-provider',
    roles: ['serviceProvider', 'azureStatus', 'office365Status', 'locations'],
    tests: ['key', 'status', 'status', 'locations'],
    startsPage: true
  },
  {
    kind: 'region-map',
    roles: ['geopoliticalRegion', 'zone', 'azureRegions', 'locations'],
    tests: ['regionKey', 'zone', 'azureRegions', 'locations'],
    startsPage: true
  },
  {
    kind: 'locations-by-location',
    roles: [
      'location',
      'peeringLocationOwner',
      'localAzureRegions',
      'serviceProviders'
    ],
    tests: ['locationKey', 'any', 'any', 'providers']
  },
  {
    kind: 'locations-by-location',
    roles: [
      'location',
      'address',
      'localAzureRegions',
      'erDirect',
      'serviceProviders'
    ],
    tests: ['locationKey', 'any', 'any', 'any', 'providers']
  },
  {
    kind: 'locations-by-location',
    roles: [
      'location',
      'address',
      'zone',
      'localAzureRegions',
      'erDirect',
      'serviceProviders'
    ],
    tests: ['locationKey', 'any', 'zone', 'any', 'any', 'providers'],
    startsPage: true
  }
]
