import type {Change} from '../diff/index.js'
import {changeSentences as say} from './change-sentences.js'
import {listDifference} from './list-difference.js'
import {group, type SentenceSink} from './sentence-sink.js'
import {sortedNames} from './sorted-names.js'

/** Changes of the lists of companies and networks. */
type ListingChange = Extract<
  Change,
  {
    kind: `${
      | 'provider'
      | 'exchange'
      | 'systemIntegrator'
      | 'satelliteOperator'
      | 'datacenterProvider'
      | 'researchNetwork'}.${string}`
  }
>

/**
 * Sentences for a change of a listing: providers, exchange listings, system
 * integrators, satellite operators, datacenter providers, research networks.
 *
 * @param change
 *   A change of one of these subjects.
 * @param sink
 *   Where sentences go.
 */
export function listingSentences(
  change: ListingChange,
  sink: SentenceSink
): void {
  const {names} = sink

  switch (change.kind) {
    case 'provider.added': {
      sink.add(
        'added',
        group.provider,
        change.after.name,
        say.providerAdded(change.after.name)
      )
      break
    }

    case 'provider.removed': {
      sink.add(
        'removed',
        group.provider,
        change.before.name,
        say.providerRemoved(change.before.name)
      )
      break
    }

    case 'exchange.added': {
      const record = change.after
      const location = names.location(record.location, record.cloud)
      const providers = sortedNames(
        record.providers.map((id) => names.provider(id))
      )
      sink.add(
        'added',
        group.exchange,
        location,
        say.exchangeAdded(
          location,
          record.cloud,
          sortedNames(record.exchanges.map((id) => names.exchange(id))),
          providers
        )
      )
      break
    }

    case 'exchange.removed': {
      const record = change.before
      const location = names.location(record.location, record.cloud)
      sink.add(
        'removed',
        group.exchange,
        location,
        say.exchangeRemoved(location, record.cloud)
      )
      break
    }

    case 'exchange.changed': {
      const {before: old, after: now} = change
      const location = names.location(now.location, now.cloud)
      const [exchangesGained, exchangesLost] = listDifference(
        old.exchanges.map((id) => names.exchange(id)),
        now.exchanges.map((id) => names.exchange(id))
      )
      const [providersGained, providersLost] = listDifference(
        old.providers.map((id) => names.provider(id)),
        now.providers.map((id) => names.provider(id))
      )
      if (exchangesGained.length > 0 || providersGained.length > 0) {
        sink.add(
          'changed',
          group.membership,
          location,
          say.exchangeIncludes(
            location,
            now.cloud,
            exchangesGained,
            providersGained
          )
        )
      }

      if (exchangesLost.length > 0 || providersLost.length > 0) {
        sink.add(
          'changed',
          group.membership,
          location,
          say.exchangeExcludes(
            location,
            now.cloud,
            exchangesLost,
            providersLost
          )
        )
      }

      break
    }

    case 'systemIntegrator.added':
    case 'systemIntegrator.removed': {
      // One sentence per integrator, listing its continents (Avanade).
      const added = change.kind === 'systemIntegrator.added'
      const record = change.after ?? change.before
      // Listed on the other side under another continent: the integrator
      // stays, only where it is listed changes.
      const stays = (added ? sink.older : sink.newer).systemIntegrators.some(
        (other) => other.id === record.id
      )
      const make = added
        ? stays
          ? say.systemIntegratorContinentsAdded
          : say.systemIntegratorAdded
        : stays
          ? say.systemIntegratorContinentsRemoved
          : say.systemIntegratorRemoved
      sink.addToList(
        added ? 'added' : 'removed',
        group.systemIntegrator,
        change.kind + '/' + record.id,
        record.name,
        record.continent,
        (continents) => make(record.name, continents)
      )
      break
    }

    case 'satelliteOperator.added': {
      sink.add(
        'added',
        group.satelliteOperator,
        change.after.name,
        say.satelliteOperatorAdded(change.after.name)
      )
      break
    }

    case 'satelliteOperator.removed': {
      sink.add(
        'removed',
        group.satelliteOperator,
        change.before.name,
        say.satelliteOperatorRemoved(change.before.name)
      )
      break
    }

    case 'datacenterProvider.added': {
      const record = change.after
      sink.add(
        'added',
        group.datacenterProvider,
        record.name,
        say.datacenterProviderAdded(
          record.name,
          sortedNames(record.exchanges.map((id) => names.exchange(id)))
        )
      )
      break
    }

    case 'datacenterProvider.removed': {
      sink.add(
        'removed',
        group.datacenterProvider,
        change.before.name,
        say.datacenterProviderRemoved(change.before.name)
      )
      break
    }

    case 'researchNetwork.added': {
      const record = change.after
      const via = record.via === null ? null : names.researchNetwork(record.via)
      sink.add(
        'added',
        group.researchNetwork,
        record.name,
        say.researchNetworkAdded(record.name, via)
      )
      break
    }

    case 'researchNetwork.removed': {
      sink.add(
        'removed',
        group.researchNetwork,
        change.before.name,
        say.researchNetworkRemoved(change.before.name)
      )
      break
    }

    default: {
      // Renamed or changed: every listing has a name and a link.
      const {before: old, after: now} = change
      if (old.name !== now.name)
        sink.add(
          'changed',
          group.rename,
          old.name,
          say.renamed(old.name, now.name)
        )
      if (old.url !== null && now.url !== null && old.url !== now.url) {
        sink.add(
          'changed',
          group.link,
          now.name,
          say.linkChanged(now.name, old.url, now.url)
        )
      }

      if ('exchanges' in old && 'exchanges' in now) {
        const [gained, lost] = listDifference(
          old.exchanges.map((id) => names.exchange(id)),
          now.exchanges.map((id) => names.exchange(id))
        )
        if (gained.length > 0)
          sink.add(
            'changed',
            group.membership,
            now.name,
            say.datacenterExchangesAdded(now.name, gained)
          )
        if (lost.length > 0)
          sink.add(
            'changed',
            group.membership,
            now.name,
            say.datacenterExchangesRemoved(now.name, lost)
          )
      }

      if (
        'via' in old &&
        'via' in now &&
        old.via !== null &&
        now.via !== null &&
        old.via !== now.via
      ) {
        sink.add(
          'changed',
          group.details,
          now.name,
          say.viaChanged(
            now.name,
            names.researchNetwork(old.via),
            names.researchNetwork(now.via)
          )
        )
      }
    }
  }
}
