import type {Change} from '../diff/index.js'
import type {Cloud, Facility, LocationsDocument, Location, Status} from '../model.js'
import {changeSentences as say, locationDetails, serviceNames} from './change-sentences.js'
import {compareNames} from './compare-names.js'
import {displayNames} from './display-names.js'

/** The sentences of one version pair, by Keep a Changelog section. */
export interface Sentences {
  added: string[]
  removed: string[]
  changed: string[]
}

/** Names that one sentence lists (locations of one provider's offerings). */
interface List {
  section: keyof Sentences
  group: number
  sort: string
  names: string[]
  make: (locations: string[]) => string
}

/** A sentence with where it goes and how it sorts. */
interface Entry {
  section: keyof Sentences
  /** Group within the section: what a reader scans for, in reading order. */
  group: number
  /** Sort key within the group (display names). */
  sort: string
  text: string
}

/**
 * Groups, in reading order. Added and removed: locations, providers,
 * offerings (one sentence per provider), then the other lists. Changed:
 * coming-soon marks, renames, statuses, then details.
 */
const group = {
  location: 1,
  provider: 2,
  offering: 3,
  region: 4,
  exchange: 5,
  systemIntegrator: 6,
  satelliteOperator: 7,
  datacenterProvider: 8,
  researchNetwork: 9,
  comingSoon: 1,
  rename: 2,
  status: 3,
  details: 4,
  link: 5,
  membership: 6,
  fallback: 7
} as const

/**
 * Turn the changes of one version pair into changelog sentences: grouped
 * (offerings of one provider make one sentence), sorted by group and name,
 * without repeats.
 *
 * @param changes
 *   Changes from `diff(older, newer)`.
 * @param older
 *   The older model (names of what was removed).
 * @param newer
 *   The newer model (names of everything else).
 */
export function sentencesFromChanges(
  changes: readonly Change[],
  older: LocationsDocument,
  newer: LocationsDocument
): Sentences {
  const names = displayNames(newer, older)
  const entries: Entry[] = []
  // Offerings are listed per provider: one sentence per provider, cloud and
  // what is said, collecting the names of the locations it is said of.
  const lists = new Map<string, List>()
  // How many facts have been put into words, to catch a change that none is.
  let said = 0

  const add = (section: keyof Sentences, groupNumber: number, sort: string, text: string) => {
    said++
    entries.push({section, group: groupNumber, sort, text})
  }

  const addToList = (
    section: keyof Sentences,
    groupNumber: number,
    key: string,
    sort: string,
    name: string,
    make: (locations: string[]) => string
  ) => {
    said++
    const list = lists.get(key) ?? {section, group: groupNumber, sort, names: [], make}
    list.names.push(name)
    lists.set(key, list)
  }

  for (const change of changes) {
    const before = said
    describe(change)
    if (said === before && 'fields' in change) {
      // Note: only lists that differ in repeats alone get here; say so
      // plainly rather than drop a change that the JSON reports.
      const name = labelOf(change)
      add('changed', group.fallback, name, say.otherwiseChanged(name, change.fields))
    }
  }

  for (const list of lists.values()) {
    add(list.section, list.group, list.sort, list.make(list.names.sort(compareNames)))
  }

  return {
    added: ordered(entries, 'added'),
    removed: ordered(entries, 'removed'),
    changed: ordered(entries, 'changed')
  }

  function describe(change: Change): void {
    switch (change.kind) {
      case 'location.added': {
        const record = change.after
        add('added', group.location, record.name, say.locationAdded(record.name, record.cloud, detailsOf(record)))
        break
      }

      case 'location.removed': {
        const record = change.before
        add('removed', group.location, record.name, say.locationRemoved(record.name, record.cloud))
        break
      }

      case 'location.renamed':
      case 'location.changed': {
        const {before: old, after: now} = change
        const name = now.name
        const cloud = now.cloud
        if (old.name !== now.name) add('changed', group.rename, old.name, say.renamed(old.name, now.name))
        if (old.comingSoon !== now.comingSoon) comingSoon(name, cloud, now.comingSoon)
        if (change.fields.includes('zone') && old.zone !== null && now.zone !== null) {
          add('changed', group.details, detail(name, 1), say.zoneChanged(name, cloud, old.zone, now.zone))
        }

        if (change.fields.includes('facilities') && old.facilities && now.facilities) {
          facilities(name, cloud, old.facilities, now.facilities)
        }

        if (change.fields.includes('localAzureRegions') && old.localAzureRegions && now.localAzureRegions) {
          const [gained, lost] = difference(old.localAzureRegions, now.localAzureRegions)
          if (gained.length > 0) add('changed', group.details, detail(name, 3), say.localRegionsAdded(name, cloud, gained))
          if (lost.length > 0) add('changed', group.details, detail(name, 3), say.localRegionsRemoved(name, cloud, lost))
        }

        if (change.fields.includes('erDirect') && old.erDirect && now.erDirect) {
          const speeds = now.erDirect.speeds
          if (!old.erDirect.available && now.erDirect.available) {
            add('changed', group.details, detail(name, 4), say.erDirectAvailable(name, cloud, speeds))
          } else if (old.erDirect.available && !now.erDirect.available) {
            add('changed', group.details, detail(name, 4), say.erDirectUnavailable(name, cloud))
          } else if (difference(old.erDirect.speeds, speeds).some((side) => side.length > 0)) {
            add('changed', group.details, detail(name, 4), say.erDirectSpeedsChanged(name, cloud, old.erDirect.speeds, speeds))
          }
        }

        break
      }

      case 'provider.added': {
        add('added', group.provider, change.after.name, say.providerAdded(change.after.name))
        break
      }

      case 'provider.removed': {
        add('removed', group.provider, change.before.name, say.providerRemoved(change.before.name))
        break
      }

      case 'provider.renamed':
      case 'provider.changed':
      case 'satelliteOperator.renamed':
      case 'satelliteOperator.changed':
      case 'systemIntegrator.renamed':
      case 'systemIntegrator.changed': {
        named(change.before, change.after)
        break
      }

      case 'offering.added': {
        const record = change.after
        const provider = names.provider(record.provider)
        const make = record.comingSoon ? say.offeringsAddedComingSoon : say.offeringsAdded
        addToList('added', group.offering, offeringListKey(record, 'added', record.comingSoon), provider,
          names.location(record.location, record.cloud), (locations) => make(provider, locations, record.cloud))
        break
      }

      case 'offering.removed': {
        const record = change.before
        const provider = names.provider(record.provider)
        addToList('removed', group.offering, offeringListKey(record, 'removed'), provider,
          names.location(record.location, record.cloud), (locations) => say.offeringsRemoved(provider, locations, record.cloud))
        break
      }

      case 'offering.changed': {
        const {before: old, after: now} = change
        const provider = names.provider(now.provider)
        const location = names.location(now.location, now.cloud)
        if (old.comingSoon !== now.comingSoon) {
          const make = now.comingSoon ? say.offeringsNowComingSoon : say.offeringsNoLongerComingSoon
          addToList('changed', group.comingSoon, offeringListKey(now, 'soon', now.comingSoon), '1 ' + provider,
            location, (locations) => make(provider, locations, now.cloud))
        }

        for (const service of Object.keys(serviceNames) as Array<keyof typeof serviceNames>) {
          const was = old[service]
          const is = now[service]
          if (was === null || is === null || was === is) continue
          addToList('changed', group.status, offeringListKey(now, service + '/' + was + '/' + is), provider,
            location, (locations) => say.statusChanged(provider, service, locations, now.cloud, was as Status, is as Status))
        }

        break
      }

      case 'region.added': {
        const record = change.after
        add('added', group.region, record.name, say.regionAdded(record.cloud, record.name, sortedNames(record.azureRegions),
          sortedNames(record.locations.map((entry) => names.location(entry.location)))))
        break
      }

      case 'region.removed': {
        add('removed', group.region, change.before.name, say.regionRemoved(change.before.cloud, change.before.name))
        break
      }

      case 'region.changed': {
        const {before: old, after: now} = change
        const kind = now.cloud
        if (old.name !== now.name) add('changed', group.rename, old.name, say.regionRenamed(kind, old.name, now.name))
        const [regionsGained, regionsLost] = difference(old.azureRegions, now.azureRegions)
        if (regionsGained.length > 0) add('changed', group.membership, now.name, say.regionIncludes(kind, now.name, 'Azure region', regionsGained))
        if (regionsLost.length > 0) add('changed', group.membership, now.name, say.regionExcludes(kind, now.name, 'Azure region', regionsLost))
        const [gained, lost] = difference(
          old.locations.map((entry) => entry.location),
          now.locations.map((entry) => entry.location)
        )
        const location = (id: string) => names.location(id)
        if (gained.length > 0) add('changed', group.membership, now.name, say.regionIncludes(kind, now.name, 'peering location', sortedNames(gained.map(location))))
        if (lost.length > 0) add('changed', group.membership, now.name, say.regionExcludes(kind, now.name, 'peering location', sortedNames(lost.map(location))))
        // A coming-soon mark in a region map is the location's own mark: the
        // same sentence as for the location, so it is said once.
        const was = new Map(old.locations.map((entry) => [entry.location, entry.comingSoon]))
        for (const entry of now.locations) {
          const previous = was.get(entry.location)
          if (previous !== undefined && previous !== entry.comingSoon) {
            const cloud = names.cloudOf(entry.location, kind)
            comingSoon(names.location(entry.location, cloud), cloud, entry.comingSoon)
          }
        }

        break
      }

      case 'exchange.added': {
        const record = change.after
        const location = names.location(record.location, record.cloud)
        add('added', group.exchange, location, say.exchangeAdded(location, record.cloud, sortedNames(record.exchanges),
          sortedNames(record.providers.map((id) => names.provider(id)))))
        break
      }

      case 'exchange.removed': {
        const record = change.before
        const location = names.location(record.location, record.cloud)
        add('removed', group.exchange, location, say.exchangeRemoved(location, record.cloud))
        break
      }

      case 'exchange.changed': {
        const {before: old, after: now} = change
        const location = names.location(now.location, now.cloud)
        const [exchangesGained, exchangesLost] = difference(old.exchanges, now.exchanges)
        const [providersGained, providersLost] = difference(
          old.providers.map((id) => names.provider(id)),
          now.providers.map((id) => names.provider(id))
        )
        if (exchangesGained.length > 0 || providersGained.length > 0) {
          add('changed', group.membership, location, say.exchangeIncludes(location, now.cloud, exchangesGained, providersGained))
        }

        if (exchangesLost.length > 0 || providersLost.length > 0) {
          add('changed', group.membership, location, say.exchangeExcludes(location, now.cloud, exchangesLost, providersLost))
        }

        break
      }

      case 'systemIntegrator.added':
      case 'systemIntegrator.removed': {
        // One sentence per integrator, listing its continents (Avanade).
        const added = change.kind === 'systemIntegrator.added'
        const record = added ? change.after : change.before
        if (record === null) break
        // Listed on the other side under another continent: the integrator
        // stays, only where it is listed changes.
        const stays = (added ? older : newer).systemIntegrators.some((other) => other.id === record.id)
        const make = added
          ? stays ? say.systemIntegratorContinentsAdded : say.systemIntegratorAdded
          : stays ? say.systemIntegratorContinentsRemoved : say.systemIntegratorRemoved
        addToList(added ? 'added' : 'removed', group.systemIntegrator, 'si/' + change.kind + '/' + record.id,
          record.name, record.continent, (continents) => make(record.name, continents))
        break
      }

      case 'satelliteOperator.added': {
        add('added', group.satelliteOperator, change.after.name, say.satelliteOperatorAdded(change.after.name))
        break
      }

      case 'satelliteOperator.removed': {
        add('removed', group.satelliteOperator, change.before.name, say.satelliteOperatorRemoved(change.before.name))
        break
      }

      case 'datacenterProvider.added': {
        add('added', group.datacenterProvider, change.after.name, say.datacenterProviderAdded(change.after.name, sortedNames(change.after.exchanges)))
        break
      }

      case 'datacenterProvider.removed': {
        add('removed', group.datacenterProvider, change.before.name, say.datacenterProviderRemoved(change.before.name))
        break
      }

      case 'datacenterProvider.renamed':
      case 'datacenterProvider.changed': {
        const {before: old, after: now} = change
        named(old, now)
        const [gained, lost] = difference(old.exchanges, now.exchanges)
        if (gained.length > 0) add('changed', group.membership, now.name, say.datacenterExchangesAdded(now.name, gained))
        if (lost.length > 0) add('changed', group.membership, now.name, say.datacenterExchangesRemoved(now.name, lost))
        break
      }

      case 'researchNetwork.added': {
        const record = change.after
        add('added', group.researchNetwork, record.name,
          say.researchNetworkAdded(record.name, record.via === null ? null : names.researchNetwork(record.via)))
        break
      }

      case 'researchNetwork.removed': {
        add('removed', group.researchNetwork, change.before.name, say.researchNetworkRemoved(change.before.name))
        break
      }

      case 'researchNetwork.renamed':
      case 'researchNetwork.changed': {
        const {before: old, after: now} = change
        named(old, now)
        if (old.via !== null && now.via !== null && old.via !== now.via) {
          add('changed', group.details, now.name,
            say.viaChanged(now.name, names.researchNetwork(old.via), names.researchNetwork(now.via)))
        }

        break
      }
    }
  }

  /** A name for the record of any change, for the fallback sentence. */
  function labelOf(change: Change): string {
    const record = change.after ?? change.before
    if ('name' in record) return record.name
    if ('provider' in record && typeof record.provider === 'string') {
      return names.provider(record.provider) + ' at ' + names.location(record.location, record.cloud)
    }

    return names.location(record.location, record.cloud)
  }

  /** Sentences every named record shares: its rename and its link. */
  function named(old: {name: string; url: string | null}, now: {name: string; url: string | null}): void {
    if (old.name !== now.name) add('changed', group.rename, old.name, say.renamed(old.name, now.name))
    if (old.url !== null && now.url !== null && old.url !== now.url) {
      add('changed', group.link, now.name, say.linkChanged(now.name, old.url, now.url))
    }
  }

  function comingSoon(name: string, cloud: Cloud, now: boolean): void {
    const make = now ? say.locationNowComingSoon : say.locationNoLongerComingSoon
    add('changed', group.comingSoon, '0 ' + name, make(name, cloud))
  }

  function facilities(name: string, cloud: Cloud, old: Facility[], now: Facility[]): void {
    const [gained, lost] = difference(
      old.map((facility) => facility.name),
      now.map((facility) => facility.name)
    )
    if (gained.length > 0) add('changed', group.details, detail(name, 2), say.facilitiesAdded(name, cloud, gained))
    if (lost.length > 0) add('changed', group.details, detail(name, 2), say.facilitiesRemoved(name, cloud, lost))
    if (gained.length === 0 && lost.length === 0) {
      add('changed', group.details, detail(name, 2), say.facilityLinksChanged(name, cloud))
    }
  }

  function detailsOf(record: Location): string[] {
    const details: string[] = []
    if (record.comingSoon) details.push(locationDetails.comingSoon())
    if (record.zone !== null) details.push(locationDetails.zone(record.zone))
    if (record.facilities && record.facilities.length > 0) {
      details.push(locationDetails.facilities(record.facilities.map((facility) => facility.name)))
    }

    if (record.localAzureRegions) details.push(locationDetails.localRegions(sortedNames(record.localAzureRegions)))
    if (record.erDirect?.available) details.push(locationDetails.erDirect(record.erDirect.speeds))
    return details
  }
}

/** Sort key of a detail of a location: by name, then in model field order. */
function detail(name: string, field: number): string {
  return name + '\u0000' + field
}

/** Key of the sentence an offering joins: one per provider, cloud and what is said. */
function offeringListKey(record: {provider: string; cloud: Cloud}, what: string, flag?: boolean): string {
  return record.provider + '/' + record.cloud + '/' + what + (flag === undefined ? '' : '/' + flag)
}

/** Items gained and lost between two lists, each sorted, without repeats. */
function difference(before: readonly string[], after: readonly string[]): [string[], string[]] {
  const old = new Set(before)
  const now = new Set(after)
  return [
    sortedNames([...now].filter((item) => !old.has(item))),
    sortedNames([...old].filter((item) => !now.has(item)))
  ]
}

/** Names sorted for reading, without repeats. */
function sortedNames(items: readonly string[]): string[] {
  return [...new Set(items)].sort(compareNames)
}

/** The sentences of one section, sorted, without repeats. */
function ordered(entries: readonly Entry[], section: keyof Sentences): string[] {
  const sorted = entries
    .filter((entry) => entry.section === section)
    .sort((a, b) => a.group - b.group || compareNames(a.sort, b.sort) || compareNames(a.text, b.text))
  return [...new Set(sorted.map((entry) => entry.text))]
}
