import type {Addition, Modification, Removal, Rename} from '../diff/index.js'
import type {Location} from '../model.js'
import {changeSentences as say, locationDetails} from './change-sentences.js'
import {comingSoonSentence} from './coming-soon-sentence.js'
import {listDifference} from './list-difference.js'
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

  const {before: old, after: now} = change
  const {name, cloud} = now
  // Details sort by location, then in model field order.
  const detail = (text: string, field: number) =>
    sink.add('changed', group.details, name + '\u0000' + field, text)

  if (old.name !== now.name)
    sink.add('changed', group.rename, old.name, say.renamed(old.name, now.name))
  if (old.comingSoon !== now.comingSoon)
    comingSoonSentence(sink, name, cloud, now.comingSoon)

  if (old.zone !== null && now.zone !== null && old.zone !== now.zone) {
    detail(say.zoneChanged(name, cloud, old.zone, now.zone), 1)
  }

  if (
    old.facilities &&
    now.facilities &&
    change.fields.includes('facilities')
  ) {
    const [gained, lost] = listDifference(
      old.facilities.map((facility) => facility.name),
      now.facilities.map((facility) => facility.name)
    )
    if (gained.length > 0) detail(say.facilitiesAdded(name, cloud, gained), 2)
    if (lost.length > 0) detail(say.facilitiesRemoved(name, cloud, lost), 2)
    // Same names, so what changed is a link.
    if (gained.length === 0 && lost.length === 0)
      detail(say.facilityLinksChanged(name, cloud), 2)
  }

  if (old.localAzureRegions && now.localAzureRegions) {
    const [gained, lost] = listDifference(
      old.localAzureRegions,
      now.localAzureRegions
    )
    if (gained.length > 0) detail(say.localRegionsAdded(name, cloud, gained), 3)
    if (lost.length > 0) detail(say.localRegionsRemoved(name, cloud, lost), 3)
  }

  if (old.erDirect && now.erDirect) {
    const speeds = now.erDirect.speeds
    if (!old.erDirect.available && now.erDirect.available) {
      detail(say.erDirectAvailable(name, cloud, speeds), 4)
    } else if (old.erDirect.available && !now.erDirect.available) {
      detail(say.erDirectUnavailable(name, cloud), 4)
    } else if (
      listDifference(old.erDirect.speeds, speeds).some(
        (side) => side.length > 0
      )
    ) {
      detail(
        say.erDirectSpeedsChanged(name, cloud, old.erDirect.speeds, speeds),
        4
      )
    }
  }
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
