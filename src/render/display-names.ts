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
  // Each answer is the record of the newer model, else of the older one,
  // then its name (`null` and all), then the fallback: as an index of both
  // models, the older indexed first, gave it for string ids without `/`
  // (every id the library makes; the index keyed `cloud/id` and `id` in one
  // map). A collection a foreign model lacks names nothing (the index threw).
  const company = (id: string) =>
    (companyOf(newer, id) ?? companyOf(older, id))?.name ?? id
  return {
    location: (id, cloud) =>
      (cloud
        ? (locationOfCloud(newer, id, cloud) ??
          locationOfCloud(older, id, cloud))
        : undefined
      )?.name ??
      (locationOf(newer, id) ?? locationOf(older, id))?.name ??
      nameOfId(id),
    cloudOf: (id, regionCloud) =>
      regionCloud === 'national'
        ? ((nationalOf(newer, id) ?? nationalOf(older, id))?.cloud ??
          'commercial')
        : 'commercial',
    provider: company,
    exchange: company,
    researchNetwork: (id) =>
      (networkOf(newer, id) ?? networkOf(older, id))?.name ?? id
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
 * The location of a model under an id, whatever its cloud: the commercial
 * record, else the last other one.
 */
function locationOf(
  model: LocationsDocument,
  id: string
): Location | undefined {
  return (
    lastOf(
      model.locations,
      (record) => record.id === id && record.cloud === 'commercial'
    ) ?? nationalOf(model, id)
  )
}

/** The last location of a model under an id in a national cloud. */
function nationalOf(
  model: LocationsDocument,
  id: string
): Location | undefined {
  return lastOf(
    model.locations,
    (record) => record.id === id && record.cloud !== 'commercial'
  )
}

/** The company of an id: a provider, else a datacenter provider. */
function companyOf(
  model: LocationsDocument,
  id: string
): {name: string} | undefined {
  return (
    lastOf(model.providers, (record) => record.id === id) ??
    lastOf(model.datacenterProviders, (record) => record.id === id)
  )
}

/** The research network of an id. */
function networkOf(
  model: LocationsDocument,
  id: string
): {name: string} | undefined {
  return lastOf(model.researchNetworks, (record) => record.id === id)
}

/**
 * The last item of a list that passes a test (ES2022 has no `findLast`);
 * none of a list that is not there.
 */
function lastOf<T>(
  list: readonly T[] | undefined,
  test: (item: T) => boolean
): T | undefined {
  // A model read from elsewhere may lack a collection: it names nothing.
  if (!Array.isArray(list)) return undefined
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
