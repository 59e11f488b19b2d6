/**
 * The collections of the model, sorted: every collection by its key, and
 * the lists inside a record too, so a model is the same bytes whatever the
 * order of the page's tables.
 */

import type {LocationsDocument, Region} from '../model.js'
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
 *   The records, each table keyed by the fields its collection is sorted
 *   by (`record-table.ts`).
 * @returns
 *   Every collection sorted by its key (cloud first where it has one).
 */
export function sortModel(records: ModelRecords): ModelCollections {
  return {
    regions: records.regions.sorted().map((region) => ({
      ...region,
      locations: [...region.locations].sort(byLocation)
    })),
    locations: records.locations.sorted(),
    providers: records.providers.sorted(),
    offerings: records.offerings.sorted().map(({offering}) => offering),
    exchanges: records.exchanges.sorted().map((record) => ({
      ...record,
      exchanges: [...record.exchanges].sort(),
      providers: [...record.providers].sort()
    })),
    systemIntegrators: records.systemIntegrators.sorted(),
    satelliteOperators: records.satelliteOperators.sorted(),
    datacenterProviders: records.datacenterProviders
      .sorted()
      .map((record) => ({...record, exchanges: [...record.exchanges].sort()})),
    researchNetworks: records.researchNetworks.sorted()
  }
}

/** An entry of a region. */
type RegionLocation = Region['locations'][number]

/** Entries of a region by location id, in code-unit order. */
function byLocation(left: RegionLocation, right: RegionLocation): number {
  return compareCodeUnits(left.location, right.location)
}
