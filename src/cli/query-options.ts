/**
 * The filters of `history` and `changelog`: `--provider`, `--location`,
 * `--cloud`, names resolved through the alias table against what the
 * versions name.
 */

import {
  type HistoryQuery,
  type KnownNames,
  matchName,
  type QueryCloud,
  type QueryTable,
  queryClouds
} from '../render/index.js'
import type {CommandArguments, CommandOption} from './command.js'
import {UsageError} from './io.js'

/** The filter options, to spread into a command's own. */
export const queryOptions: Record<string, CommandOption> = {
  provider: {
    type: 'string',
    description:
      'Only what concerns this connectivity provider (a name any version used, an alias such as `Level3`, or an id).'
  },
  location: {
    type: 'string',
    description:
      'Only what concerns this peering location (a name, an alias such as `Hong Kong`, or an id).'
  },
  cloud: {
    type: 'string',
    description:
      'Only what is in this cloud: ' +
      queryClouds.map((cloud) => '`' + cloud + '`').join(', ') +
      ' (a region table).'
  }
}

/** A query as the options give it. */
export interface QueryOptionValues {
  provider: string | undefined
  location: string | undefined
  cloud: QueryCloud | undefined
}

/**
 * Read the filter options (not yet resolved).
 *
 * @param values
 *   Parsed values of the command.
 * @returns
 *   The values, or `undefined` when none is given.
 */
export function queryOptionValues(
  values: CommandArguments['values']
): QueryOptionValues | undefined {
  const text = (name: string): string | undefined => {
    const value = values[name]
    if (value === undefined) return undefined
    if (typeof value !== 'string' || value.trim() === '') {
      throw new UsageError(
        '`--' + name + '` needs a name: `--' + name + ' <name>`'
      )
    }

    return value
  }

  const provider = text('provider')
  const location = text('location')
  const cloud = text('cloud')
  if (
    cloud !== undefined &&
    !(queryClouds as readonly string[]).includes(cloud)
  ) {
    throw new UsageError(
      '`--cloud` must be one of ' +
        queryClouds.map((name) => '`' + name + '`').join(', ') +
        ', not `' +
        cloud +
        '`'
    )
  }

  if (provider === undefined && location === undefined && cloud === undefined)
    return undefined
  return {provider, location, cloud: cloud as QueryCloud | undefined}
}

const tableWords: Record<QueryTable, string> = {
  providers: 'provider',
  locations: 'location'
}

/**
 * Resolve the names of a query against what the versions name.
 *
 * @param options
 *   The filter values.
 * @param known
 *   The providers and locations the versions name.
 * @throws {UsageError}
 *   When a name names nothing known: one line with the nearest names.
 */
export function resolveQuery(
  options: QueryOptionValues,
  known: KnownNames
): HistoryQuery {
  const ids = (
    table: QueryTable,
    written: string | undefined
  ): Set<string> | undefined => {
    if (written === undefined) return undefined
    const match = matchName(known, table, written)
    if (match.ids.length > 0) return new Set(match.ids)
    throw new UsageError(
      'Unknown ' +
        tableWords[table] +
        ' `' +
        written +
        '`: no version given names it' +
        (match.suggestions.length > 0
          ? '; did you mean ' +
            match.suggestions.map((name) => '`' + name + '`').join(', ') +
            '?'
          : '')
    )
  }

  return {
    providers: ids('providers', options.provider),
    locations: ids('locations', options.location),
    cloud: options.cloud
  }
}

/**
 * What a query names, in words, for “No version states …”: `Megaport at
 * Sydney in the china cloud`.
 *
 * @param options
 *   The filter values.
 */
export function queryWords(options: QueryOptionValues): string {
  const names = [options.provider, options.location].filter(
    (name): name is string => name !== undefined
  )
  return (
    (names.length > 0 ? names.join(' at ') : 'anything') +
    (options.cloud === undefined ? '' : ' in the `' + options.cloud + '` cloud')
  )
}
