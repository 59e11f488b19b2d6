import {subjects} from '../diff/index.js'
import type {
  Exchange,
  Facet,
  Location,
  LocationsDocument,
  Offering,
  Provider,
  Region
} from '../model.js'
import {cachedKey} from './cached-key.js'
import {
  FactTracker,
  type FactFields,
  type FactSink,
  type TrackedKind
} from './fact-tracker.js'
import type {FactKind, HistoryFact} from './history-types.js'
import {JoinedStrings} from './joined-strings.js'

/** How the facts of one kind are read from a state of the docs. */
export interface FactReader {
  /** A state states the kind when its `facets` has any of these. */
  facets: readonly Facet[]
  /** A tracker of the kind's facts, to be given every state that states it. */
  track: () => KindTracker
}

/** The facts of one kind, built one stating state at a time. */
export interface KindTracker {
  /** Record every fact of the kind the state (of version `index`) states. */
  observe: (index: number, state: LocationsDocument, names: NameIndex) => void
  /** The facts, each with its intervals. */
  facts: () => HistoryFact[]
}

/** How one kind's facts are read from its records (`Source`: one fact's record). */
interface KindSpec<Source> extends TrackedKind<Source> {
  /** Give every fact of the kind the state states to `see`. */
  read: (
    state: LocationsDocument,
    names: NameIndex,
    see: FactSink<Source>
  ) => void
}

/** Names of locations and providers in a state, for facts named after them. */
export interface NameIndex {
  location: (cloud: string, id: string) => string
  provider: (id: string) => string
}

/** The kinds of fact, in the order of `History.facts`. */
export const factKinds: readonly FactKind[] = [
  'location',
  'provider',
  'offering',
  'region',
  'regionLocation',
  'exchange',
  'systemIntegrator',
  'satelliteOperator',
  'datacenterProvider',
  'researchNetwork'
]

/**
 * A reader of one kind (its record type stays inside).
 *
 * @param facets
 *   A state states the kind when its `facets` has any of these.
 * @param spec
 *   How the kind is read, made anew for each history: what it caches
 *   (keys, names) lives as long as one history.
 */
function reader<Source>(
  facets: readonly Facet[],
  spec: () => KindSpec<Source>
): FactReader {
  return {
    facets,
    track() {
      const kind = spec()
      const tracker = new FactTracker(kind)
      return {
        observe(index, state, names) {
          tracker.observe(index, (see) => kind.read(state, names, see))
        },
        facts: () => tracker.facts()
      }
    }
  }
}

/** Facts of a subject whose records carry their own `name`. */
function named<
  S extends
    | 'provider'
    | 'systemIntegrator'
    | 'satelliteOperator'
    | 'datacenterProvider'
    | 'researchNetwork'
>(subject: S): FactReader {
  const spec = subjects[subject]
  return reader<{id: string; name: string}>(spec.facets, () => ({
    stateful: false,
    read(state, _names, see) {
      for (const record of spec.records(state))
        see(spec.key(record as never), record.name, record)
    },
    describe(record, key, name) {
      const fact: FactFields = {kind: subject, key, name}
      if (subject === 'provider') fact.provider = record.id
      return fact
    }
  }))
}

/** A peering location of a region map: the region and its entry. */
interface RegionMember {
  region: Region
  location: string
}

/** How each kind of fact is read. */
export const factReaders: {readonly [Kind in FactKind]: FactReader} = {
  location: reader<Location>(subjects.location.facets, () => {
    const keyOf = cachedKey(subjects.location.key)
    return {
      stateful: true,
      read(state, _names, see) {
        for (const record of state.locations)
          see(
            keyOf(record, record.cloud, record.id),
            record.name,
            record,
            record.comingSoon
          )
      },
      describe: (record, key, name) => ({
        kind: 'location',
        key,
        name,
        cloud: record.cloud,
        location: record.id
      })
    }
  }),
  provider: named('provider'),
  offering: reader<Offering>(subjects.offering.facets, () => {
    const keyOf = cachedKey(subjects.offering.key)
    const nameOf = new JoinedStrings(' at ')
    return {
      stateful: true,
      read(state, names, see) {
        for (const record of state.offerings) {
          const key = keyOf(
            record,
            record.cloud,
            record.provider,
            record.location
          )
          const name = nameOf.of(
            names.provider(record.provider),
            names.location(record.cloud, record.location)
          )
          see(
            key,
            name,
            record,
            record.comingSoon,
            record.azure,
            record.office365
          )
        }
      },
      describe: (record, key, name) => ({
        kind: 'offering',
        key,
        name,
        cloud: record.cloud,
        provider: record.provider,
        location: record.location
      })
    }
  }),
  region: reader<Region>(subjects.region.facets, () => {
    const keyOf = cachedKey(subjects.region.key)
    return {
      stateful: false,
      read(state, _names, see) {
        for (const record of state.regions)
          see(keyOf(record, record.cloud, record.id), record.name, record)
      },
      describe: (record, key, name) => ({
        kind: 'region',
        key,
        name,
        cloud: record.cloud,
        region: record.id
      })
    }
  }),
  regionLocation: reader<RegionMember>(subjects.region.facets, () => {
    const regionKeyOf = cachedKey(subjects.region.key)
    // `<region key>/<location id>`: under the region's key, so a region's
    // changes and its locations' facts join.
    const keyOf = new JoinedStrings('/')
    const nameOf = new JoinedStrings(' in ')
    return {
      stateful: true,
      read(state, names, see) {
        for (const region of state.regions) {
          const regionKey = regionKeyOf(region, region.cloud, region.id)
          for (const member of region.locations) {
            see(
              keyOf.of(regionKey, member.location),
              nameOf.of(
                names.location(regionLocationCloud(region), member.location),
                region.name
              ),
              {region, location: member.location},
              member.comingSoon
            )
          }
        }
      },
      describe: ({region, location}, key, name) => ({
        kind: 'regionLocation',
        key,
        name,
        cloud: region.cloud,
        region: region.id,
        location
      })
    }
  }),
  exchange: reader<Exchange>(subjects.exchange.facets, () => {
    const keyOf = cachedKey(subjects.exchange.key)
    return {
      stateful: false,
      read(state, names, see) {
        for (const record of state.exchanges)
          see(
            keyOf(record, record.cloud, record.location),
            names.location(record.cloud, record.location),
            record
          )
      },
      describe: (record, key, name) => ({
        kind: 'exchange',
        key,
        name,
        cloud: record.cloud,
        location: record.location
      })
    }
  }),
  systemIntegrator: named('systemIntegrator'),
  satelliteOperator: named('satelliteOperator'),
  datacenterProvider: named('datacenterProvider'),
  researchNetwork: named('researchNetwork')
}

/** Region maps of national clouds list locations of several clouds: name them from any. */
function regionLocationCloud(region: Region): string {
  return region.cloud === 'commercial' ? 'commercial' : ''
}

/**
 * The name index of each state in turn (`nameIndex`): the index of the
 * state before when this one names its locations and providers as that
 * one did (most versions of a dense history): its maps are not built
 * again for each version.
 */
export function nameIndexes(): (state: LocationsDocument) => NameIndex {
  let indexed: {state: LocationsDocument; names: NameIndex} | undefined
  return (state) => {
    if (indexed === undefined || !sameNames(indexed.state, state))
      indexed = {state, names: nameIndex(state)}
    return indexed.names
  }
}

/** Whether two states' name indexes give the same names: the same records, in the same order, alike in what names them. */
function sameNames(left: LocationsDocument, right: LocationsDocument): boolean {
  if (left === right) return true
  if (
    left.locations.length !== right.locations.length ||
    left.providers.length !== right.providers.length
  )
    return false
  for (const [index, location] of left.locations.entries()) {
    const other = right.locations[index] as Location
    if (
      location.cloud !== other.cloud ||
      location.id !== other.id ||
      location.name !== other.name
    )
      return false
  }

  for (const [index, provider] of left.providers.entries()) {
    const other = right.providers[index] as Provider
    if (provider.id !== other.id || provider.name !== other.name) return false
  }

  return true
}

/** A state's locations: by cloud, then id; and by id, of the first cloud that has it. */
interface LocationNames {
  byCloud: Map<string, Map<string, string>>
  anyCloud: Map<string, string>
}

/**
 * The names of a state's locations and providers; a location of another
 * cloud (or of any cloud, given `''`) when its cloud has none of that id, and
 * the id when no record names it.
 *
 * Built when first asked (a state of kinds that name nothing after a
 * location asks nothing), by cloud then id: no `cloud/id` string to build
 * for each lookup.
 *
 * @param state
 *   A state of the docs.
 */
export function nameIndex(state: LocationsDocument): NameIndex {
  let locations: LocationNames | undefined
  let providers: Map<string, string> | undefined
  return {
    location(cloud, id) {
      locations ??= locationNames(state)
      return (
        locations.byCloud.get(cloud)?.get(id) ??
        locations.anyCloud.get(id) ??
        id
      )
    },
    provider(id) {
      providers ??= providerNames(state)
      return providers.get(id) ?? id
    }
  }
}

function locationNames(state: LocationsDocument): LocationNames {
  const byCloud = new Map<string, Map<string, string>>()
  const anyCloud = new Map<string, string>()
  for (const location of state.locations) {
    let ofCloud = byCloud.get(location.cloud)
    if (ofCloud === undefined) {
      ofCloud = new Map()
      byCloud.set(location.cloud, ofCloud)
    }

    ofCloud.set(location.id, location.name)
    if (!anyCloud.has(location.id)) anyCloud.set(location.id, location.name)
  }

  return {byCloud, anyCloud}
}

function providerNames(state: LocationsDocument): Map<string, string> {
  const providers = new Map<string, string>()
  for (const provider of state.providers)
    providers.set(provider.id, provider.name)
  return providers
}
