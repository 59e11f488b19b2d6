/**
 * The collections of the model, sorted: every collection by its key, and
 * the lists inside a record too, so a model is the same bytes whatever the
 * order of the page's tables.
 */

import type {LocationsDocument, Region} from '../model.js'
import {KeyOrder} from './key-order.js'
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

/** The order of each collection's keys, from model to model. */
const order: Record<keyof ModelRecords, KeyOrder> = {
  regions: new KeyOrder(),
  locations: new KeyOrder(),
  providers: new KeyOrder(),
  offerings: new KeyOrder(),
  exchanges: new KeyOrder(),
  systemIntegrators: new KeyOrder(),
  satelliteOperators: new KeyOrder(),
  datacenterProviders: new KeyOrder(),
  researchNetworks: new KeyOrder()
}

/**
 * Sort the records of a model.
 *
 * @param records
 *   The records, in order of first mention, each map keyed by the fields
 *   its collection is sorted by (`record-key.ts`).
 * @returns
 *   Every collection sorted by its key (cloud first where it has one).
 */
export function sortModel(records: ModelRecords): ModelCollections {
  return {
    regions: order.regions.sorted(records.regions).map((region) => ({
      ...region,
      locations: [...region.locations].sort(byLocation)
    })),
    locations: order.locations.sorted(records.locations),
    providers: order.providers.sorted(records.providers),
    offerings: order.offerings.sorted(records.offerings),
    exchanges: order.exchanges.sorted(records.exchanges).map((record) => ({
      ...record,
      exchanges: [...record.exchanges].sort(),
      providers: [...record.providers].sort()
    })),
    systemIntegrators: order.systemIntegrators.sorted(
      records.systemIntegrators
    ),
    satelliteOperators: order.satelliteOperators.sorted(
      records.satelliteOperators
    ),
    datacenterProviders: order.datacenterProviders
      .sorted(records.datacenterProviders)
      .map((record) => ({
        ...record,
        exchanges: [...record.exchanges].sort()
      })),
    researchNetworks: order.researchNetworks.sorted(records.researchNetworks)
  }
}

/** An entry of a region. */
type RegionLocation = Region['locations'][number]

/** Entries of a region by location id, in code-unit order (ids are distinct). */
function byLocation(left: RegionLocation, right: RegionLocation): number {
  return left.location < right.location
    ? -1
    : left.location > right.location
      ? 1
      : 0
}
