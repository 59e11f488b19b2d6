import type {Addition, Modification, Removal, Rename} from '../diff/index.js'
import type {Location} from '../model.js'
import {changeSentences as say, locationDetails} from './change-sentences.js'
import {comingSoonSentence} from './coming-soon-sentence.js'
import {differenceSentences, listDifference} from './list-difference.js'
import {group, type SentenceSink} from './sentence-sink.js'
import {sortedNames} from './sorted-names.js'

/**
 * Sentences for a change of a peering location: a new one with its details,
 * a removed one, a rename, its coming-soon mark, and each detail that both
 * pages state.
 *
 * @param change
 *   A `location.*` change.
 * @param sink
 *   Where sentences go.
 */
export function locationSentences(
  change:
    | Addition<'location'>
    | Removal<'location'>
    | Rename<'location'>
    | Modification<'location'>,
  sink: SentenceSink
): void {
  if (change.kind === 'location.added') {
    const record = change.after
    sink.add(
      'added',
      group.location,
      record.name,
      say.locationAdded(record.name, record.cloud, detailsOf(record))
    )
    return
  }

  if (change.kind === 'location.removed') {
    const record = change.before
    sink.add(
      'removed',
      group.location,
      record.name,
      say.locationRemoved(record.name, record.cloud)
    )
    return
  }

  locationChanged(change, sink)
}

/**
 * Sentences for a location in both models: a rename, its coming-soon mark,
 * and each detail that both pages state.
 */
function locationChanged(
  change: Rename<'location'> | Modification<'location'>,
  sink: SentenceSink
): void {
  const {before: old, after: now} = change
  const {name, cloud} = now

  if (old.name !== now.name)
    sink.add('changed', group.rename, old.name, say.renamed(old.name, now.name))
  if (old.comingSoon !== now.comingSoon)
    comingSoonSentence(sink, name, cloud, now.comingSoon)

  const details = [
    zoneChanged(old, now),
    change.fields.includes('facilities') ? facilitiesChanged(old, now) : [],
    localRegionsChanged(old, now),
    erDirectChanged(old, now)
  ]
  // Details sort by location, then in model field order.
  for (const [index, texts] of details.entries()) {
    for (const text of texts)
      sink.add('changed', group.details, name + '\u0000' + (index + 1), text)
  }
}

/** The zone, when both pages state one. */
function zoneChanged(old: Location, now: Location): string[] {
  return old.zone !== null && now.zone !== null && old.zone !== now.zone
    ? [say.zoneChanged(now.name, now.cloud, old.zone, now.zone)]
    : []
}

/**
 * The facilities gained and lost, when both pages list them; the same names
 * mean that a link changed.
 */
function facilitiesChanged(old: Location, now: Location): string[] {
  if (!old.facilities || !now.facilities) return []
  const {name, cloud} = now
  const difference = listDifference(
    old.facilities.map((facility) => facility.name),
    now.facilities.map((facility) => facility.name)
  )
  return difference.every((side) => side.length === 0)
    ? [say.facilityLinksChanged(name, cloud)]
    : differenceSentences(difference, {
        gained: (names) => say.facilitiesAdded(name, cloud, names),
        lost: (names) => say.facilitiesRemoved(name, cloud, names)
      })
}

/** The local Azure regions gained and lost, when both pages list them. */
function localRegionsChanged(old: Location, now: Location): string[] {
  if (!old.localAzureRegions || !now.localAzureRegions) return []
  const {name, cloud} = now
  return differenceSentences(
    listDifference(old.localAzureRegions, now.localAzureRegions),
    {
      gained: (regions) => say.localRegionsAdded(name, cloud, regions),
      lost: (regions) => say.localRegionsRemoved(name, cloud, regions)
    }
  )
}

/**
 * ExpressRoute Direct, when both pages state it: now offered, no longer
 * offered, or offered at other speeds.
 */
function erDirectChanged(old: Location, now: Location): string[] {
  if (!old.erDirect || !now.erDirect) return []
  const {name, cloud} = now
  const speeds = now.erDirect.speeds
  if (!old.erDirect.available && now.erDirect.available)
    return [say.erDirectAvailable(name, cloud, speeds)]
  if (old.erDirect.available && !now.erDirect.available)
    return [say.erDirectUnavailable(name, cloud)]
  return listDifference(old.erDirect.speeds, speeds).some(
    (side) => side.length > 0
  )
    ? [say.erDirectSpeedsChanged(name, cloud, old.erDirect.speeds, speeds)]
    : []
}

/** Details of a new location, in the order a reader expects them. */
function detailsOf(record: Location): string[] {
  const details: string[] = []
  if (record.comingSoon) details.push(locationDetails.comingSoon())
  if (record.zone !== null) details.push(locationDetails.zone(record.zone))
  if (record.facilities && record.facilities.length > 0) {
    details.push(
      locationDetails.facilities(
        record.facilities.map((facility) => facility.name)
      )
    )
  }

  if (record.localAzureRegions) {
    details.push(
      locationDetails.localRegions(sortedNames(record.localAzureRegions))
    )
  }

  if (record.erDirect?.available)
    details.push(locationDetails.erDirect(record.erDirect.speeds))
  return details
}
