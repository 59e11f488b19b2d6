/**
 * The history as CSV tables: one a kind of fact (a row a fact: its first
 * and last version, and its intervals in words), the versions, and every
 * interval of every fact (a row an interval), as the dataset's tables are
 * written (`toCsv`: RFC 4180, LF, UTF-8).
 */

import type {Status} from '../model.js'
import {type CsvValue, toCsv} from './csv.js'
import type {
  FactInterval,
  FactKind,
  FactState,
  History,
  HistoryFact
} from './history-types.js'

/** File of the versions. */
export const versionsTableName = 'versions.csv'
/** File of every interval of every fact. */
export const intervalsTableName = 'intervals.csv'

/** The table of one kind of fact. */
interface KindTable {
  /** File name. */
  name: string
  /** Columns that say which fact a row is (before the columns of every kind). */
  columns: readonly string[]
  /** The values of those columns. */
  values: (fact: HistoryFact) => CsvValue[]
  /** Whether the fact's names are columns (`name`, `names`). */
  named: boolean
}

/** The part of a key before its first `/` (an id), and after it. */
function keyParts(key: string): [string, string] {
  const index = key.indexOf('/')
  return index === -1 ? [key, ''] : [key.slice(0, index), key.slice(index + 1)]
}

const byId: Omit<KindTable, 'name'> = {
  columns: ['id'],
  values: (fact) => [fact.key],
  named: true
}

/** The table of each kind, in the order of `History.facts`. */
export const kindTables: {readonly [Kind in FactKind]: KindTable} = {
  location: {
    name: 'locations-history.csv',
    columns: ['cloud', 'location'],
    values: (fact) => [fact.cloud ?? null, fact.location ?? null],
    named: true
  },
  provider: {
    name: 'providers-history.csv',
    columns: ['provider'],
    values: (fact) => [fact.provider ?? fact.key],
    named: true
  },
  offering: {
    name: 'offerings-history.csv',
    columns: ['cloud', 'provider', 'location'],
    values: (fact) => [
      fact.cloud ?? null,
      fact.provider ?? null,
      fact.location ?? null
    ],
    named: false
  },
  region: {
    name: 'regions-history.csv',
    columns: ['cloud', 'region'],
    values: (fact) => [fact.cloud ?? null, fact.region ?? null],
    named: true
  },
  regionLocation: {
    name: 'region-locations-history.csv',
    columns: ['cloud', 'region', 'location'],
    values: (fact) => [
      fact.cloud ?? null,
      fact.region ?? null,
      fact.location ?? null
    ],
    named: false
  },
  exchange: {
    name: 'exchanges-history.csv',
    columns: ['cloud', 'location'],
    values: (fact) => [fact.cloud ?? null, fact.location ?? null],
    named: false
  },
  systemIntegrator: {
    name: 'system-integrators-history.csv',
    // Keyed by id and continent, as `diff` keys an integrator's listings.
    columns: ['id', 'continent'],
    values: (fact) => keyParts(fact.key),
    named: true
  },
  satelliteOperator: {name: 'satellite-operators-history.csv', ...byId},
  datacenterProvider: {name: 'datacenter-providers-history.csv', ...byId},
  researchNetwork: {name: 'research-networks-history.csv', ...byId}
}

/** How a table words a status. */
const statusWords: Record<Status, string> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'coming-soon': 'coming soon'
}

/**
 * An interval's state in words, for the `intervals` column: `coming soon`,
 * `Azure supported`, `Office 365 not supported`, joined with `, `; nothing
 * for a state with nothing to say.
 *
 * @param state
 *   The state of an interval, if any.
 */
export function stateWords(state: FactState | undefined): string {
  if (state === undefined) return ''
  return [
    state.comingSoon === true ? 'coming soon' : '',
    state.azure === undefined ? '' : 'Azure ' + statusWords[state.azure],
    state.office365 === undefined
      ? ''
      : 'Office 365 ' + statusWords[state.office365]
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * Render the tables of a history.
 *
 * @param history
 *   A history (`history`).
 * @returns
 *   File name → CSV text: `versions.csv`, `intervals.csv` and one
 *   `<kind>-history.csv` a kind of fact (every kind, even one without
 *   facts: a header only, so the set of files does not depend on the pages).
 */
export function historyTables(history: History): Map<string, string> {
  const dateOf = (index: number | null): string | null =>
    index === null ? null : (history.versions[index]?.date ?? null)
  const tables = new Map<string, string>()

  tables.set(
    versionsTableName,
    toCsv(
      ['version', 'date', 'path', 'commit', 'document', 'sha256'],
      history.versions.map((version, index) => [
        index,
        version.date,
        version.path,
        version.commit ?? null,
        version.document,
        version.sha256
      ])
    )
  )

  tables.set(
    intervalsTableName,
    toCsv(
      [
        'kind',
        'key',
        'from',
        'to',
        'fromDate',
        'toDate',
        'names',
        'comingSoon',
        'azure',
        'office365'
      ],
      history.facts.flatMap((fact) =>
        fact.intervals.map((interval) => [
          fact.kind,
          fact.key,
          interval.from,
          interval.to,
          dateOf(interval.from),
          dateOf(interval.to),
          interval.names.join('; '),
          interval.state?.comingSoon ?? null,
          interval.state?.azure ?? null,
          interval.state?.office365 ?? null
        ])
      )
    )
  )

  for (const [kind, table] of Object.entries(kindTables) as Array<
    [FactKind, KindTable]
  >) {
    const facts = history.facts.filter((fact) => fact.kind === kind)
    tables.set(
      table.name,
      toCsv(
        [
          ...table.columns,
          ...(table.named ? ['name', 'names'] : []),
          'firstSeen',
          'lastSeen',
          'intervals'
        ],
        facts.map((fact) => [
          ...table.values(fact),
          ...(table.named ? [fact.name, allNames(fact).join('; ')] : []),
          dateOf((fact.intervals[0] as FactInterval).from),
          dateOf((fact.intervals.at(-1) as FactInterval).to),
          fact.intervals
            .map((interval) => intervalWords(interval, dateOf))
            .join('; ')
        ])
      )
    )
  }

  return tables
}

/** Every name of a fact, in order of first use. */
function allNames(fact: HistoryFact): string[] {
  return [...new Set(fact.intervals.flatMap((interval) => interval.names))]
}

/** `2016-07-28..2019-03-01`, `2020-05-05..` (still stated), then the state. */
function intervalWords(
  interval: FactInterval,
  dateOf: (index: number | null) => string | null
): string {
  const state = stateWords(interval.state)
  return (
    (dateOf(interval.from) ?? '') +
    '..' +
    (dateOf(interval.to) ?? '') +
    (state === '' ? '' : ' (' + state + ')')
  )
}
