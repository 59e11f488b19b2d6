import type {Cloud, Location, LocationsDocument, RegionCloud} from '../model.js'

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
 * Looked up in the records when asked, not indexed first: a pair of
 * versions of a history changes a row or two, and asks about a few names,
 * where an index of every name of both models was built for each pair.
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
  const company = (id: string) =>
    companyName(newer, id) ?? companyName(older, id) ?? id
  return {
    location: (id, cloud) =>
      (cloud
        ? (locationOfCloud(newer, id, cloud) ??
          locationOfCloud(older, id, cloud))
        : undefined
      )?.name ??
      locationName(newer, id) ??
      locationName(older, id) ??
      nameOfId(id),
    cloudOf: (id, regionCloud) =>
      regionCloud === 'national'
        ? (nationalCloud(newer, id) ?? nationalCloud(older, id) ?? 'commercial')
        : 'commercial',
    provider: company,
    exchange: company,
    researchNetwork: (id) =>
      networkName(newer, id) ?? networkName(older, id) ?? id
  }
}

/** The location of a model under an id in a cloud (the last, were there two). */
function locationOfCloud(
  model: LocationsDocument,
  id: string,
  cloud: Cloud
): Location | undefined {
  return lastOf(
    model.locations,
    (record) => record.id === id && record.cloud === cloud
  )
}

/**
 * The name of a location id in a model, whatever its cloud: the commercial
 * record's, else the last other one's.
 */
function locationName(
  model: LocationsDocument,
  id: string
): string | undefined {
  let other: string | undefined
  let commercial: string | undefined
  for (const record of model.locations) {
    if (record.id !== id) continue
    if (record.cloud === 'commercial') commercial = record.name
    else other = record.name
  }

  return commercial ?? other
}

/** The national cloud a location id of a model is in (the last record's). */
function nationalCloud(
  model: LocationsDocument,
  id: string
): Cloud | undefined {
  return lastOf(
    model.locations,
    (record) => record.id === id && record.cloud !== 'commercial'
  )?.cloud
}

/** The name of a company id: a provider's, else a datacenter provider's. */
function companyName(model: LocationsDocument, id: string): string | undefined {
  return (
    lastOf(model.providers, (record) => record.id === id)?.name ??
    lastOf(model.datacenterProviders, (record) => record.id === id)?.name
  )
}

/** The name of a research network id. */
function networkName(model: LocationsDocument, id: string): string | undefined {
  return lastOf(model.researchNetworks, (record) => record.id === id)?.name
}

/** The last item of a list that passes a test (ES2022 has no `findLast`). */
function lastOf<T>(
  list: readonly T[],
  test: (item: T) => boolean
): T | undefined {
  for (let index = list.length - 1; index >= 0; index--) {
    const item = list[index] as T
    if (test(item)) return item
  }

  return undefined
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
