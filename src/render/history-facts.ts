import {subjects} from '../diff/index.js'
import type {Facet, LocationsDocument, Offering, Region} from '../model.js'
import type {Observation} from './fact-tracker.js'
import type {FactKind} from './history-types.js'

/** How the facts of one kind are read from a state of the docs. */
interface FactReader {
  /** A state states the kind when its `facets` has any of these. */
  facets: readonly Facet[]
  /** Every fact of the kind the state states, by key. */
  observe: (
    state: LocationsDocument,
    names: NameIndex
  ) => Map<string, Observation>
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
  return {
    facets: spec.facets,
    observe(state) {
      const facts = new Map<string, Observation>()
      for (const record of spec.records(state)) {
        const key = spec.key(record as never)
        const fact: Observation['fact'] = {
          kind: subject,
          key,
          name: record.name
        }
        if (subject === 'provider') fact.provider = record.id
        facts.set(key, {fact, state: undefined})
      }

      return facts
    }
  }
}

/** How each kind of fact is read. */
export const factReaders: {readonly [Kind in FactKind]: FactReader} = {
  location: {
    facets: subjects.location.facets,
    observe(state) {
      const facts = new Map<string, Observation>()
      for (const record of state.locations) {
        const key = subjects.location.key(record)
        facts.set(key, {
          fact: {
            kind: 'location',
            key,
            name: record.name,
            cloud: record.cloud,
            location: record.id
          },
          state: {comingSoon: record.comingSoon, azure: null, office365: null}
        })
      }

      return facts
    }
  },
  provider: named('provider'),
  offering: {
    facets: subjects.offering.facets,
    observe(state, names) {
      const facts = new Map<string, Observation>()
      for (const record of state.offerings) {
        const key = subjects.offering.key(record)
        facts.set(key, {
          fact: {
            kind: 'offering',
            key,
            name: offeringName(record, names),
            cloud: record.cloud,
            provider: record.provider,
            location: record.location
          },
          state: {
            comingSoon: record.comingSoon,
            azure: record.azure,
            office365: record.office365
          }
        })
      }

      return facts
    }
  },
  region: {
    facets: subjects.region.facets,
    observe(state) {
      const facts = new Map<string, Observation>()
      for (const record of state.regions) {
        const key = subjects.region.key(record)
        facts.set(key, {
          fact: {
            kind: 'region',
            key,
            name: record.name,
            cloud: record.cloud,
            region: record.id
          },
          state: undefined
        })
      }

      return facts
    }
  },
  regionLocation: {
    facets: subjects.region.facets,
    observe(state, names) {
      const facts = new Map<string, Observation>()
      for (const record of state.regions) {
        for (const member of record.locations) {
          const key = regionLocationKey(record, member.location)
          facts.set(key, {
            fact: {
              kind: 'regionLocation',
              key,
              name:
                names.location(regionLocationCloud(record), member.location) +
                ' in ' +
                record.name,
              cloud: record.cloud,
              region: record.id,
              location: member.location
            },
            state: {comingSoon: member.comingSoon, azure: null, office365: null}
          })
        }
      }

      return facts
    }
  },
  exchange: {
    facets: subjects.exchange.facets,
    observe(state, names) {
      const facts = new Map<string, Observation>()
      for (const record of state.exchanges) {
        const key = subjects.exchange.key(record)
        facts.set(key, {
          fact: {
            kind: 'exchange',
            key,
            name: names.location(record.cloud, record.location),
            cloud: record.cloud,
            location: record.location
          },
          state: undefined
        })
      }

      return facts
    }
  },
  systemIntegrator: named('systemIntegrator'),
  satelliteOperator: named('satelliteOperator'),
  datacenterProvider: named('datacenterProvider'),
  researchNetwork: named('researchNetwork')
}

/** `<region key>/<location id>`: under the region's key, so a region's changes and its locations' facts join. */
function regionLocationKey(region: Region, location: string): string {
  return subjects.region.key(region) + '/' + location
}

/** Region maps of national clouds list locations of several clouds: name them from any. */
function regionLocationCloud(region: Region): string {
  return region.cloud === 'commercial' ? 'commercial' : ''
}

function offeringName(record: Offering, names: NameIndex): string {
  return (
    names.provider(record.provider) +
    ' at ' +
    names.location(record.cloud, record.location)
  )
}

/**
 * The names of a state's locations and providers; a location of another
 * cloud (or of any cloud, given `''`) when its cloud has none of that id, and
 * the id when no record names it.
 *
 * @param state
 *   A state of the docs.
 */
export function nameIndex(state: LocationsDocument): NameIndex {
  const locations = new Map<string, string>()
  const anyCloud = new Map<string, string>()
  for (const location of state.locations) {
    locations.set(location.cloud + '/' + location.id, location.name)
    if (!anyCloud.has(location.id)) anyCloud.set(location.id, location.name)
  }

  const providers = new Map<string, string>()
  for (const provider of state.providers)
    providers.set(provider.id, provider.name)
  return {
    location: (cloud, id) =>
      locations.get(cloud + '/' + id) ?? anyCloud.get(id) ?? id,
    provider: (id) => providers.get(id) ?? id
  }
}
