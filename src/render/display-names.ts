import type {Cloud, LocationsDocument, RegionCloud} from '../model.js'

/** Display names of ids, as a changelog sentence shows them. */
export interface DisplayNames {
  /** Name of a location id, preferring the record of the same cloud. */
  location: (id: string, cloud?: Cloud | null) => string
  /** Cloud of a location id listed in a region table of `regionCloud`. */
  cloudOf: (id: string, regionCloud: RegionCloud) => Cloud
  /** Name of a provider id. */
  provider: (id: string) => string
  /** Name of an exchange id (exchanges are companies: providers or datacenter providers). */
  exchange: (id: string) => string
  /** Name of a research network id (the `via` of another network). */
  researchNetwork: (id: string) => string
}

/**
 * Look up display names by id: the newer model's name (a sentence speaks of
 * now), else the older model's (for what was removed), else the id itself.
 *
 * @param newer
 *   The newer model.
 * @param older
 *   The older model.
 */
export function displayNames(
  newer: LocationsDocument,
  older: LocationsDocument
): DisplayNames {
  const locations = new Map<string, string>()
  const providers = new Map<string, string>()
  const networks = new Map<string, string>()
  // A national region table lists locations of the national clouds.
  const nationalClouds = new Map<string, Cloud>()

  // Older first, so newer names overwrite them; commercial records last
  // within a model, so a bare id prefers the commercial name.
  for (const model of [older, newer]) {
    const ordered = [...model.locations].sort(
      (a, b) =>
        Number(a.cloud === 'commercial') - Number(b.cloud === 'commercial')
    )
    for (const record of ordered) {
      locations.set(record.cloud + '/' + record.id, record.name)
      locations.set(record.id, record.name)
      if (record.cloud !== 'commercial')
        nationalClouds.set(record.id, record.cloud)
    }

    for (const record of model.datacenterProviders)
      providers.set(record.id, record.name)
    for (const record of model.providers) providers.set(record.id, record.name)
    for (const record of model.researchNetworks)
      networks.set(record.id, record.name)
  }

  return {
    location: (id, cloud) =>
      (cloud ? locations.get(cloud + '/' + id) : undefined) ??
      locations.get(id) ??
      nameOfId(id),
    cloudOf: (id, regionCloud) =>
      regionCloud === 'national'
        ? (nationalClouds.get(id) ?? 'commercial')
        : 'commercial',
    provider: (id) => providers.get(id) ?? id,
    exchange: (id) => providers.get(id) ?? id,
    researchNetwork: (id) => networks.get(id) ?? id
  }
}

/**
 * A readable name for an id no record names (an exchange-table location
 * such as `slough`): its words, capitalized.
 */
function nameOfId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}
