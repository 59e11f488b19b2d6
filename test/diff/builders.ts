/**
 * Small builders for models and records: only what a test cares about is
 * spelled out, the rest is a plain default.
 */

import type {
  DatacenterProvider,
  Exchange,
  Facet,
  Location,
  LocationsDocument,
  Offering,
  Provider,
  Region,
  ResearchNetwork,
  SatelliteOperator,
  SystemIntegrator
} from '../../src/model.js'

/** Every facet the diff knows. */
export const allFacets: Facet[] = [
  'regions',
  'offerings',
  'offeringStatus',
  'office365Status',
  'locationDetails',
  'exchanges',
  'systemIntegrators',
  'satelliteOperators',
  'datacenterProviders',
  'researchNetworks'
]

/** A display name from an id: `hong-kong` → `Hong Kong`. */
export function nameOf(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

const at = {line: 1, column: 1}

/** A model; `date` and `path` go to `meta.date` and `source.path`. */
export function documentOf(
  fields: Partial<Omit<LocationsDocument, 'meta' | 'source'>> & {
    date?: string | null
    path?: string | null
  } = {}
): LocationsDocument {
  const {date = '2020-01-01', path = 'doc.md', ...rest} = fields
  return {
    schemaVersion: 1,
    source: {
      path,
      sha256: '0'.repeat(64),
      page: 'by-location',
      metadataFormat: 'yaml',
      customized: false,
      document: {
        id: 'global/en/locations-providers',
        edition: 'global',
        language: 'en',
        page: 'locations-providers'
      }
    },
    view: 'published',
    meta: {
      title: null,
      description: null,
      service: null,
      authors: [],
      date,
      footnotes: {},
      raw: {}
    },
    facets: allFacets,
    regions: [],
    locations: [],
    providers: [],
    offerings: [],
    exchanges: [],
    systemIntegrators: [],
    satelliteOperators: [],
    datacenterProviders: [],
    researchNetworks: [],
    diagnostics: [],
    ...rest
  }
}

/** A commercial peering location with nothing but its name stated. */
export function location(id: string, fields: Partial<Location> = {}): Location {
  return {
    id,
    name: nameOf(id),
    cloud: 'commercial',
    comingSoon: false,
    facilities: null,
    zone: null,
    localAzureRegions: null,
    erDirect: null,
    source: at,
    ...fields
  }
}

/** A provider without a link. */
export function provider(id: string, fields: Partial<Provider> = {}): Provider {
  return {id, name: nameOf(id), url: null, source: at, ...fields}
}

/** A commercial offering with no status stated. */
export function offering(
  provider: string,
  location: string,
  fields: Partial<Offering> = {}
): Offering {
  return {
    provider,
    location,
    cloud: 'commercial',
    comingSoon: false,
    azure: null,
    office365: null,
    source: at,
    ...fields
  }
}

/** A commercial geopolitical region. */
export function region(id: string, fields: Partial<Region> = {}): Region {
  return {
    id,
    name: nameOf(id),
    cloud: 'commercial',
    azureRegions: [],
    locations: [],
    source: at,
    ...fields
  }
}

/** A commercial exchange listing. */
export function exchange(
  location: string,
  fields: Partial<Exchange> = {}
): Exchange {
  return {
    location,
    cloud: 'commercial',
    exchanges: [],
    providers: [],
    source: at,
    ...fields
  }
}

/** A system integrator in Europe. */
export function systemIntegrator(
  id: string,
  fields: Partial<SystemIntegrator> = {}
): SystemIntegrator {
  return {
    id,
    name: nameOf(id),
    url: null,
    continent: 'Europe',
    source: at,
    ...fields
  }
}

/** A satellite operator. */
export function satelliteOperator(
  id: string,
  fields: Partial<SatelliteOperator> = {}
): SatelliteOperator {
  return {id, name: nameOf(id), url: null, source: at, ...fields}
}

/** A datacenter provider. */
export function datacenterProvider(
  id: string,
  fields: Partial<DatacenterProvider> = {}
): DatacenterProvider {
  return {id, name: nameOf(id), url: null, exchanges: [], source: at, ...fields}
}

/** A research network. */
export function researchNetwork(
  id: string,
  fields: Partial<ResearchNetwork> = {}
): ResearchNetwork {
  return {id, name: nameOf(id), url: null, via: null, source: at, ...fields}
}
