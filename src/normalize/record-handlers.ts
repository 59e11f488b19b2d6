/**
 * One handler a kind of extracted record, as mdast-util-from-markdown maps
 * each token type to its handler: each turns one record into what it
 * states in the model's maps (`model-state.ts`).
 */

import type {
  DatacenterRecord,
  ExchangeRecord,
  Extraction,
  IntegratorRecord,
  LocationRecord,
  NameRef,
  ProviderRecord,
  RegionRecord,
  ResearchNetworkRecord
} from '../extract/index.js'
import type {Region} from '../model.js'
import {slug} from '../util/slug.js'
import {isComingSoon} from './location-marks.js'
import {
  addAll,
  point,
  resolveReference,
  type ModelState,
  type RegionSeen
} from './model-state.js'
import {noteLocation, noteOffering, noteProvider} from './note-mentions.js'

/**
 * The kinds of record, in the order they are handled: location rows first,
 * so a location's name and source come from its own row.
 */
const recordKinds = [
  'locations',
  'regions',
  'providers',
  'exchanges',
  'systemIntegrators',
  'satelliteOperators',
  'datacenterProviders',
  'researchNetworks'
] as const

/** A kind of record an extraction holds. */
export type RecordKind = (typeof recordKinds)[number]

/** Handles one record of a kind. */
type RecordHandler<Kind extends RecordKind> = (
  record: Extraction[Kind][number],
  state: ModelState
) => void

/** One handler a kind of record. */
const recordHandlers: {[Kind in RecordKind]: RecordHandler<Kind>} = {
  locations: handleLocation,
  regions: handleRegion,
  providers: handleProvider,
  exchanges: handleExchange,
  systemIntegrators: handleSystemIntegrator,
  satelliteOperators: handleSatelliteOperator,
  datacenterProviders: handleDatacenterProvider,
  researchNetworks: handleResearchNetwork
}

/**
 * Handle every record of an extraction.
 *
 * @param extraction
 *   Records of the view (after list repairs).
 * @param state
 *   State of the model, filled in place.
 */
export function handleRecords(extraction: Extraction, state: ModelState) {
  for (const kind of recordKinds) handleKind(kind, extraction[kind], state)
}

/** Handle the records of one kind, in page order. */
function handleKind<Kind extends RecordKind>(
  kind: Kind,
  records: ReadonlyArray<Extraction[Kind][number]>,
  state: ModelState
) {
  const handle: RecordHandler<Kind> = recordHandlers[kind]
  for (const record of records) handle(record, state)
}

/** A by-location row: the location's details, and its providers. */
function handleLocation(record: LocationRecord, state: ModelState) {
  const id = noteLocation(state, record.location, record.cloud, {
    facilities: record.facilities,
    zone: record.zone,
    localAzureRegions: record.localAzureRegions,
    erDirect: record.erDirect
  })
  for (const reference of record.providers ?? []) {
    noteOffering(
      state,
      {
        provider: noteProvider(state, reference),
        location: id,
        cloud: record.cloud,
        comingSoon: reference.comingSoon || record.location.comingSoon,
        azure: null,
        office365: null,
        source: point(reference.position)
      },
      reference.position,
      reference.name,
      record.location.name
    )
  }
}

/** A region-map row: its Azure regions and locations, added once each. */
function handleRegion(record: RegionRecord, state: ModelState) {
  const region = regionOf(record, state)
  const seen = regionSeen(region, state)
  for (const azureRegion of record.azureRegions) {
    const value = resolveReference(state, 'azureRegions', azureRegion).name
    if (!seen.azureRegions.has(value)) {
      seen.azureRegions.add(value)
      region.azureRegions.push(value)
    }
  }

  for (const reference of record.locations) {
    const location = noteLocation(state, reference, record.locationCloud)
    if (!seen.locations.has(location)) {
      seen.locations.add(location)
      region.locations.push({
        location,
        comingSoon: isComingSoon(
          state.marks.get(record.locationCloud + ':' + location)
        )
      })
    }
  }
}

/** The region a row is of: rows of one region (in tabs, say) add up. */
function regionOf(record: RegionRecord, state: ModelState): Region {
  const name = record.name.replace(/\s+/g, ' ').trim()
  const id = slug(name)
  const region = state.records.regions.get(record.cloud, id) ?? {
    id,
    name,
    cloud: record.cloud,
    azureRegions: [],
    locations: [],
    source: point(record.position)
  }
  state.records.regions.set(region, record.cloud, id)
  return region
}

/** What a region lists already. */
function regionSeen(region: Region, state: ModelState): RegionSeen {
  let seen = state.regionsSeen.get(region)
  if (!seen) {
    seen = {azureRegions: new Set(), locations: new Set()}
    state.regionsSeen.set(region, seen)
  }

  return seen
}

/** A by-provider row: the provider, and its offering at each location. */
function handleProvider(record: ProviderRecord, state: ModelState) {
  const provider = noteProvider(state, record.provider)
  for (const reference of record.locations ?? []) {
    noteOffering(
      state,
      {
        provider,
        location: noteLocation(state, reference, record.cloud),
        cloud: record.cloud,
        comingSoon: reference.comingSoon || record.provider.comingSoon,
        azure: record.azure,
        office365: record.office365,
        source: point(reference.position)
      },
      reference.position,
      record.provider.name,
      reference.name
    )
  }
}

/** The exchanges at a location, and the providers connected through them. */
function handleExchange(record: ExchangeRecord, state: ModelState) {
  const location = resolveReference(state, 'locations', record.location).id
  const exchange = state.records.exchanges.get(record.cloud, location) ?? {
    location,
    cloud: record.cloud,
    exchanges: [],
    providers: [],
    source: point(record.position)
  }
  state.records.exchanges.set(exchange, record.cloud, location)
  addAll(
    exchange.exchanges,
    record.exchanges.map(
      (entry) => resolveReference(state, 'providers', entry).id
    )
  )
  addAll(
    exchange.providers,
    record.providers.map((entry) => noteProvider(state, entry))
  )
}

/** A system integrator on a continent; the first mention wins. */
function handleSystemIntegrator(record: IntegratorRecord, state: ModelState) {
  const {name, id} = resolveReference(state, 'providers', record.integrator)
  const continent = record.continent.replace(/\s+/g, ' ').trim()
  if (!state.records.systemIntegrators.get(id, continent)) {
    state.records.systemIntegrators.set(
      {
        id,
        name,
        url: record.integrator.url,
        continent,
        source: point(record.integrator.position)
      },
      id,
      continent
    )
  }
}

/** A satellite operator; the first mention wins. */
function handleSatelliteOperator(reference: NameRef, state: ModelState) {
  const {name, id} = resolveReference(state, 'providers', reference)
  if (!state.records.satelliteOperators.get(id)) {
    state.records.satelliteOperators.set(
      {id, name, url: reference.url, source: point(reference.position)},
      id
    )
  }
}

/** A datacenter provider; the exchanges of every mention add up. */
function handleDatacenterProvider(record: DatacenterRecord, state: ModelState) {
  const {name, id} = resolveReference(state, 'providers', record.provider)
  const entry = state.records.datacenterProviders.get(id) ?? {
    id,
    name,
    url: record.provider.url,
    exchanges: [],
    source: point(record.position)
  }
  state.records.datacenterProviders.set(entry, id)
  addAll(
    entry.exchanges,
    record.exchanges.map(
      (exchange) => resolveReference(state, 'providers', exchange).id
    )
  )
}

/** A research network and the one it connects through; the first mention wins. */
function handleResearchNetwork(
  record: ResearchNetworkRecord,
  state: ModelState
) {
  const {name, id} = resolveReference(state, 'providers', record.network)
  if (!state.records.researchNetworks.get(id)) {
    state.records.researchNetworks.set(
      {
        id,
        name,
        url: record.network.url,
        via: record.via
          ? resolveReference(state, 'providers', record.via).id
          : null,
        source: point(record.position)
      },
      id
    )
  }
}
