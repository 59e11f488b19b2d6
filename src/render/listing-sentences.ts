import {ok as assert} from 'devlop'
import type {Change, SubjectRecords} from '../diff/index.js'
import type {DatacenterProvider, Exchange, ResearchNetwork} from '../model.js'
import {changeSentences as say} from './change-sentences.js'
import type {DisplayNames} from './display-names.js'
import {differenceSentences, listDifference} from './list-difference.js'
import {group, type Section, type SentenceSink} from './sentence-sink.js'
import {sortedNames} from './sorted-names.js'

/** The subjects that are lists of companies and networks. */
const listingSubjects = [
  'provider',
  'exchange',
  'systemIntegrator',
  'satelliteOperator',
  'datacenterProvider',
  'researchNetwork'
] as const

/** A subject that is a list of companies or networks. */
type ListingSubject = (typeof listingSubjects)[number]

/** Changes of the lists of companies and networks. */
type ListingChange = Extract<Change, {kind: `${ListingSubject}.${string}`}>

/** What the changes of one listing subject say. */
interface ListingSentences<S extends ListingSubject> {
  /** Sentences of a record only the newer model has. */
  added: (record: SubjectRecords[S], sink: SentenceSink) => void
  /** Sentences of a record only the older model has. */
  removed: (record: SubjectRecords[S], sink: SentenceSink) => void
  /** Sentences of a record both models have: renamed or changed. */
  changed: (
    old: SubjectRecords[S],
    now: SubjectRecords[S],
    sink: SentenceSink
  ) => void
}

/** The sentences of each listing subject. */
const listings: {[S in ListingSubject]: ListingSentences<S>} = {
  provider: {
    added: byName('added', group.provider, say.providerAdded),
    removed: byName('removed', group.provider, say.providerRemoved),
    changed: nameOrLinkChanged
  },
  exchange: {
    added: exchangeAdded,
    removed: exchangeRemoved,
    changed: exchangeChanged
  },
  systemIntegrator: {
    added: (record, sink) => systemIntegratorListed('added', record, sink),
    removed: (record, sink) => systemIntegratorListed('removed', record, sink),
    changed: nameOrLinkChanged
  },
  satelliteOperator: {
    added: byName('added', group.satelliteOperator, say.satelliteOperatorAdded),
    removed: byName(
      'removed',
      group.satelliteOperator,
      say.satelliteOperatorRemoved
    ),
    changed: nameOrLinkChanged
  },
  datacenterProvider: {
    added: datacenterProviderAdded,
    removed: byName(
      'removed',
      group.datacenterProvider,
      say.datacenterProviderRemoved
    ),
    changed(old, now, sink) {
      nameOrLinkChanged(old, now, sink)
      datacenterExchangesChanged(old, now, sink)
    }
  },
  researchNetwork: {
    added: researchNetworkAdded,
    removed: byName(
      'removed',
      group.researchNetwork,
      say.researchNetworkRemoved
    ),
    changed(old, now, sink) {
      nameOrLinkChanged(old, now, sink)
      viaChanged(old, now, sink)
    }
  }
}

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
  const subject = listingSubjects.find((subject) =>
    change.kind.startsWith(subject + '.')
  )
  assert(subject, 'expected a change of a listing')
  subjectSentences(subject, change.before, change.after, sink)
}

/**
 * Send the records of a change to the sentences of its subject: generic in
 * the subject, so that the table entry and the records are known to be of
 * one subject.
 */
function subjectSentences<S extends ListingSubject>(
  subject: S,
  before: SubjectRecords[S] | null,
  after: SubjectRecords[S] | null,
  sink: SentenceSink
): void {
  const sentences: ListingSentences<S> = listings[subject]
  if (before !== null && after !== null) sentences.changed(before, after, sink)
  else if (after !== null) sentences.added(after, sink)
  else if (before !== null) sentences.removed(before, sink)
}

/**
 * One sentence about a record, worded from its name alone and sorted by it.
 *
 * @param section
 *   Where the sentence goes.
 * @param groupNumber
 *   Its group in the section.
 * @param make
 *   The sentence of a name.
 */
function byName(
  section: Section,
  groupNumber: number,
  make: (name: string) => string
): (record: {name: string}, sink: SentenceSink) => void {
  return (record, sink) =>
    sink.add(section, groupNumber, record.name, make(record.name))
}

/** Display names of exchange ids. */
function exchangeNames(ids: readonly string[], names: DisplayNames): string[] {
  return ids.map((id) => names.exchange(id))
}

/** A new exchange listing, with its exchanges and providers. */
function exchangeAdded(record: Exchange, sink: SentenceSink): void {
  const {names} = sink
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
      sortedNames(exchangeNames(record.exchanges, names)),
      providers
    )
  )
}

/** A removed exchange listing. */
function exchangeRemoved(record: Exchange, sink: SentenceSink): void {
  const location = sink.names.location(record.location, record.cloud)
  sink.add(
    'removed',
    group.exchange,
    location,
    say.exchangeRemoved(location, record.cloud)
  )
}

/**
 * The exchanges and providers an exchange listing gained (one sentence) and
 * lost (another).
 */
function exchangeChanged(
  old: Exchange,
  now: Exchange,
  sink: SentenceSink
): void {
  const {names} = sink
  const location = names.location(now.location, now.cloud)
  const [exchangesGained, exchangesLost] = listDifference(
    exchangeNames(old.exchanges, names),
    exchangeNames(now.exchanges, names)
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
      say.exchangeExcludes(location, now.cloud, exchangesLost, providersLost)
    )
  }
}

/**
 * A system integrator listed (or no longer listed) for a continent: one
 * sentence per integrator, listing its continents (Avanade).
 */
function systemIntegratorListed(
  section: 'added' | 'removed',
  record: SubjectRecords['systemIntegrator'],
  sink: SentenceSink
): void {
  const added = section === 'added'
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
    section,
    group.systemIntegrator,
    'systemIntegrator.' + section + '/' + record.id,
    record.name,
    record.continent,
    (continents) => make(record.name, continents)
  )
}

/** A new datacenter provider, with the exchanges it connects to. */
function datacenterProviderAdded(
  record: DatacenterProvider,
  sink: SentenceSink
): void {
  sink.add(
    'added',
    group.datacenterProvider,
    record.name,
    say.datacenterProviderAdded(
      record.name,
      sortedNames(exchangeNames(record.exchanges, sink.names))
    )
  )
}

/** A new research network, with the network it connects through. */
function researchNetworkAdded(
  record: ResearchNetwork,
  sink: SentenceSink
): void {
  const via =
    record.via === null ? null : sink.names.researchNetwork(record.via)
  sink.add(
    'added',
    group.researchNetwork,
    record.name,
    say.researchNetworkAdded(record.name, via)
  )
}

/** Every listing has a name and a link: a rename, a new link. */
function nameOrLinkChanged(
  old: {name: string; url: string | null},
  now: {name: string; url: string | null},
  sink: SentenceSink
): void {
  if (old.name !== now.name)
    sink.add('changed', group.rename, old.name, say.renamed(old.name, now.name))
  if (old.url !== null && now.url !== null && old.url !== now.url) {
    sink.add(
      'changed',
      group.link,
      now.name,
      say.linkChanged(now.name, old.url, now.url)
    )
  }
}

/** The exchanges a datacenter provider connects to, gained and lost. */
function datacenterExchangesChanged(
  old: DatacenterProvider,
  now: DatacenterProvider,
  sink: SentenceSink
): void {
  const difference = listDifference(
    exchangeNames(old.exchanges, sink.names),
    exchangeNames(now.exchanges, sink.names)
  )
  const texts = differenceSentences(difference, {
    gained: (exchanges) => say.datacenterExchangesAdded(now.name, exchanges),
    lost: (exchanges) => say.datacenterExchangesRemoved(now.name, exchanges)
  })
  for (const text of texts)
    sink.add('changed', group.membership, now.name, text)
}

/** The network a research network connects through, when both pages say. */
function viaChanged(
  old: ResearchNetwork,
  now: ResearchNetwork,
  sink: SentenceSink
): void {
  if (old.via !== null && now.via !== null && old.via !== now.via) {
    sink.add(
      'changed',
      group.details,
      now.name,
      say.viaChanged(
        now.name,
        sink.names.researchNetwork(old.via),
        sink.names.researchNetwork(now.via)
      )
    )
  }
}
