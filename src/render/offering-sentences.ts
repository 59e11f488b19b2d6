import type {Addition, Modification, Removal} from '../diff/index.js'
import type {Cloud, Offering} from '../model.js'
import {changeSentences as say, serviceNames} from './change-sentences.js'
import {group, type Section, type SentenceSink} from './sentence-sink.js'

/**
 * Sentences for a change of an offering, one per provider, cloud and thing
 * said: each change adds its location to that provider's sentence
 * ("**Megaport** now offers ExpressRoute at Auckland, Dubai2 and Perth.").
 *
 * @param change
 *   An `offering.*` change.
 * @param sink
 *   Where sentences go.
 */
export function offeringSentences(
  change: Addition<'offering'> | Removal<'offering'> | Modification<'offering'>,
  sink: SentenceSink
): void {
  const record = change.after ?? change.before
  const provider = sink.names.provider(record.provider)
  const location = sink.names.location(record.location, record.cloud)
  const cloud = record.cloud
  const list: JoinList = (section, groupNumber, what, sort, make) =>
    sink.addToList(
      section,
      groupNumber,
      listKey(record.provider, cloud, what),
      sort,
      location,
      make
    )

  if (change.kind === 'offering.added') {
    const make = change.after.comingSoon
      ? say.offeringsAddedComingSoon
      : say.offeringsAdded
    list(
      'added',
      group.offering,
      'added/' + change.after.comingSoon,
      provider,
      (locations) => make(provider, locations, cloud)
    )
    return
  }

  if (change.kind === 'offering.removed') {
    list('removed', group.offering, 'removed', provider, (locations) =>
      say.offeringsRemoved(provider, locations, cloud)
    )
    return
  }

  offeringChanged(change.before, change.after, provider, list)
}

/**
 * Add the location of an offering to the sentence `what` of its provider
 * and cloud.
 */
type JoinList = (
  section: Section,
  groupNumber: number,
  what: string,
  sort: string,
  make: (locations: string[]) => string
) => void

/** An offering in both models: its coming-soon mark, and its statuses. */
function offeringChanged(
  old: Offering,
  now: Offering,
  provider: string,
  list: JoinList
): void {
  const {cloud} = now
  if (old.comingSoon !== now.comingSoon) {
    const make = now.comingSoon
      ? say.offeringsNowComingSoon
      : say.offeringsNoLongerComingSoon
    // `1 `: after the coming-soon marks of locations themselves.
    list(
      'changed',
      group.comingSoon,
      'soon/' + now.comingSoon,
      '1 ' + provider,
      (locations) => make(provider, locations, cloud)
    )
  }

  for (const service of Object.keys(serviceNames) as Array<
    keyof typeof serviceNames
  >) {
    const was = old[service]
    const is = now[service]
    if (was === null || is === null || was === is) continue
    list(
      'changed',
      group.status,
      service + '/' + was + '/' + is,
      provider,
      (locations) =>
        say.statusChanged(provider, service, locations, cloud, was, is)
    )
  }
}

/** Key of the sentence an offering joins. */
function listKey(provider: string, cloud: Cloud, what: string): string {
  return 'offering/' + provider + '/' + cloud + '/' + what
}
