/**
 * The collections of the model, sorted: every collection by its key, and
 * the lists inside a record too, so a model is the same bytes whatever the
 * order of the page's tables.
 */

import type {LocationsDocument} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import type {ModelRecords} from './model-state.js'

/** The collections of a model. */
export type ModelCollections = Pick<
  LocationsDocument,
  | 'regions'
  | 'locations'
  | 'providers'
  | 'offerings'
  | 'exchanges'
  | 'systemIntegrators'
  | 'satelliteOperators'
  | 'datacenterProviders'
  | 'researchNetworks'
>

/**
 * Sort the records of a model.
 *
 * @param records
 *   The records, in order of first mention.
 * @returns
 *   Every collection sorted by its key (cloud first where it has one).
 */
export function sortModel(records: ModelRecords): ModelCollections {
  return {
    regions: sortBy([...records.regions.values()], (record) => [
      record.cloud,
      record.id
    ]).map((region) => ({
      ...region,
      locations: sortBy(region.locations, (entry) => [entry.location])
    })),
    locations: sortBy([...records.locations.values()], (record) => [
      record.cloud,
      record.id
    ]),
    providers: sortBy([...records.providers.values()], (record) => [record.id]),
    offerings: sortBy([...records.offerings.values()], (record) => [
      record.cloud,
      record.provider,
      record.location
    ]),
    exchanges: sortBy([...records.exchanges.values()], (record) => [
      record.cloud,
      record.location
    ]).map((record) => ({
      ...record,
      exchanges: [...record.exchanges].sort(),
      providers: [...record.providers].sort()
    })),
    systemIntegrators: sortBy(
      [...records.systemIntegrators.values()],
      (record) => [record.id, record.continent]
    ),
    satelliteOperators: sortBy(
      [...records.satelliteOperators.values()],
      (record) => [record.id]
    ),
    datacenterProviders: sortBy(
      [...records.datacenterProviders.values()],
      (record) => [record.id]
    ).map((record) => ({...record, exchanges: [...record.exchanges].sort()})),
    researchNetworks: sortBy(
      [...records.researchNetworks.values()],
      (record) => [record.id]
    )
  }
}

/** Sort by a list of keys, compared in code-unit order, first key first. */
function sortBy<T>(values: T[], key: (value: T) => string[]): T[] {
  return values
    .map((value) => ({value, key: key(value)}))
    .sort((a, b) => {
      for (let index = 0; index < a.key.length; index++) {
        const order = compareCodeUnits(
          a.key[index] as string,
          b.key[index] as string
        )
        if (order !== 0) return order
      }

      return 0
    })
    .map((entry) => entry.value)
}
