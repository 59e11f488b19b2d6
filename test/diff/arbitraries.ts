/**
 * fast-check arbitraries for models: small pools of ids so that two random
 * models share records, a few spellings per id so that renames happen, and
 * `null` in every nullable field so that "not stated" is exercised.
 */

import fc from 'fast-check'
import type {
  Cloud,
  LocationsDocument,
  SourcePoint,
  Status
} from '../../src/model.js'
import {subjects} from '../../src/diff/subjects.js'
import {allFacets, documentOf, nameOf} from './builders.js'

const locationIds = ['amsterdam', 'hong-kong', 'sao-paulo', 'tokyo', 'zurich']
const providerIds = ['equinix', 'megaport', 'orange', 'telia-carrier']
const clouds: Cloud[] = ['commercial', 'us-government']
const statuses: Status[] = ['supported', 'not-supported', 'coming-soon']

const source: fc.Arbitrary<SourcePoint> = fc.record({
  line: fc.integer({min: 1, max: 500}),
  column: fc.integer({min: 1, max: 80})
})

/** A name for an id: its usual spelling or a later one. */
const nameFor = (id: string) => fc.constantFrom(nameOf(id), nameOf(id) + ' SAR')
const nullable = <T>(value: fc.Arbitrary<T>) => fc.option(value, {nil: null})
const url = nullable(fc.constantFrom('https://a.example', 'https://b.example'))
const few = <T>(values: T[]) => fc.subarray(values)

const location = fc
  .record({
    id: fc.constantFrom(...locationIds),
    cloud: fc.constantFrom(...clouds),
    comingSoon: fc.boolean(),
    facilities: nullable(
      few([
        {name: 'Equinix AM5', url: 'https://equinix.example/am5'},
        {name: 'Interxion ZUR2', url: null}
      ])
    ),
    zone: nullable(fc.integer({min: 1, max: 3})),
    localAzureRegions: nullable(few(['West Europe', 'Switzerland North'])),
    erDirect: nullable(
      fc.record({available: fc.boolean(), speeds: few(['10G', '100G'])})
    ),
    source
  })
  .chain((record) => nameFor(record.id).map((name) => ({...record, name})))

const provider = fc
  .record({id: fc.constantFrom(...providerIds), url, source})
  .chain((record) => nameFor(record.id).map((name) => ({...record, name})))

const offering = fc.record({
  provider: fc.constantFrom(...providerIds),
  location: fc.constantFrom(...locationIds),
  cloud: fc.constantFrom(...clouds),
  comingSoon: fc.boolean(),
  azure: nullable(fc.constantFrom(...statuses)),
  office365: nullable(fc.constantFrom(...statuses)),
  source
})

const region = fc.record({
  id: fc.constantFrom('europe', 'asia'),
  name: fc.constantFrom('Europe', 'Asia'),
  cloud: fc.constantFrom('commercial' as const, 'national' as const),
  azureRegions: few(['West Europe', 'North Europe', 'East Asia']),
  locations: few(locationIds).chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({location: fc.constant(id), comingSoon: fc.boolean()})
      )
    )
  ),
  source
})

const exchange = fc.record({
  location: fc.constantFrom(...locationIds),
  cloud: fc.constantFrom(...clouds),
  exchanges: few(['ams-ix', 'de-cix']),
  providers: few(providerIds),
  source
})

const systemIntegrator = fc
  .record({
    id: fc.constantFrom('avanade-inc', 'altogee'),
    url,
    continent: fc.constantFrom('Europe', 'North America'),
    source
  })
  .chain((record) => nameFor(record.id).map((name) => ({...record, name})))

const named = (ids: string[]) =>
  fc
    .record({id: fc.constantFrom(...ids), url, source})
    .chain((record) => nameFor(record.id).map((name) => ({...record, name})))

const datacenterProvider = named(['digital-realty', 'equinix']).chain(
  (record) =>
    few(['ams-ix', 'de-cix']).map((exchanges) => ({...record, exchanges}))
)

const researchNetwork = named(['garr', 'surf']).chain((record) =>
  nullable(fc.constant('geant')).map((via) => ({...record, via}))
)

/** Unique records by the diff key of `subject`. */
function unique<T>(record: fc.Arbitrary<T>, key: (value: T) => string) {
  return fc.uniqueArray(record, {selector: key, maxLength: 8})
}

/** A random model with unique keys in every collection. */
export const documentArbitrary: fc.Arbitrary<LocationsDocument> = fc
  .record({
    facets: fc.subarray(allFacets),
    locations: unique(location, subjects.location.key),
    providers: unique(provider, subjects.provider.key),
    offerings: unique(offering, subjects.offering.key),
    regions: unique(region, subjects.region.key),
    exchanges: unique(exchange, subjects.exchange.key),
    systemIntegrators: unique(systemIntegrator, subjects.systemIntegrator.key),
    satelliteOperators: unique(
      named(['intelsat', 'ses', 'viasat']),
      subjects.satelliteOperator.key
    ),
    datacenterProviders: unique(
      datacenterProvider,
      subjects.datacenterProvider.key
    ),
    researchNetworks: unique(researchNetwork, subjects.researchNetwork.key)
  })
  .map((fields) => documentOf(fields))

/**
 * Shuffle every collection of a model and, unless `inner` is `false`, the
 * lists inside its records.
 */
export function shuffled(
  document: LocationsDocument,
  seed: number,
  inner = true
): LocationsDocument {
  let state = seed >>> 0 || 1
  const random = () => {
    // xorshift32: enough to permute a handful of records reproducibly.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }

  const shuffleList = <T>(values: readonly T[]): T[] =>
    inner ? shuffle(values) : [...values]
  const shuffle = <T>(values: readonly T[]): T[] => {
    const copy = [...values]
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[copy[index], copy[other]] = [copy[other] as T, copy[index] as T]
    }

    return copy
  }

  return {
    ...document,
    facets: shuffle(document.facets),
    locations: shuffle(document.locations).map((record) => ({
      ...record,
      facilities: record.facilities && shuffleList(record.facilities),
      localAzureRegions:
        record.localAzureRegions && shuffleList(record.localAzureRegions)
    })),
    providers: shuffle(document.providers),
    offerings: shuffle(document.offerings),
    regions: shuffle(document.regions).map((record) => ({
      ...record,
      azureRegions: shuffleList(record.azureRegions),
      locations: shuffleList(record.locations)
    })),
    exchanges: shuffle(document.exchanges).map((record) => ({
      ...record,
      exchanges: shuffleList(record.exchanges),
      providers: shuffleList(record.providers)
    })),
    systemIntegrators: shuffle(document.systemIntegrators),
    satelliteOperators: shuffle(document.satelliteOperators),
    datacenterProviders: shuffle(document.datacenterProviders),
    researchNetworks: shuffle(document.researchNetworks)
  }
}
