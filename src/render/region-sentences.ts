import type {Addition, Modification, Removal} from '../diff/index.js'
import type {Region} from '../model.js'
import {changeSentences as say} from './change-sentences.js'
import {comingSoonSentence} from './coming-soon-sentence.js'
import type {DisplayNames} from './display-names.js'
import {differenceSentences, listDifference} from './list-difference.js'
import {group, type SentenceSink} from './sentence-sink.js'
import {sortedNames} from './sorted-names.js'

/**
 * Sentences for a change of a geopolitical (or national cloud) region: a new
 * one with its Azure regions and peering locations, a removed one, a new
 * name, and what it includes.
 *
 * @param change
 *   A `region.*` change.
 * @param sink
 *   Where sentences go.
 */
export function regionSentences(
  change: Addition<'region'> | Removal<'region'> | Modification<'region'>,
  sink: SentenceSink
): void {
  const {names} = sink

  if (change.kind === 'region.added') {
    const record = change.after
    const locations = record.locations.map((entry) =>
      names.location(entry.location)
    )
    sink.add(
      'added',
      group.region,
      record.name,
      say.regionAdded(
        record.cloud,
        record.name,
        sortedNames(record.azureRegions),
        sortedNames(locations)
      )
    )
    return
  }

  if (change.kind === 'region.removed') {
    sink.add(
      'removed',
      group.region,
      change.before.name,
      say.regionRemoved(change.before.cloud, change.before.name)
    )
    return
  }

  const {before: old, after: now} = change
  if (old.name !== now.name)
    sink.add(
      'changed',
      group.rename,
      old.name,
      say.regionRenamed(now.cloud, old.name, now.name)
    )
  for (const text of membershipChanged(old, now, sink.names))
    sink.add('changed', group.membership, now.name, text)
  marksChanged(old, now, sink)
}

/** The Azure regions and peering locations a region gained and lost. */
function membershipChanged(
  old: Region,
  now: Region,
  names: DisplayNames
): string[] {
  const {cloud: kind, name} = now
  const members = (
    what: 'Azure region' | 'peering location',
    difference: [gained: string[], lost: string[]]
  ) =>
    differenceSentences(difference, {
      gained: (items) => say.regionIncludes(kind, name, what, items),
      lost: (items) => say.regionExcludes(kind, name, what, items)
    })
  const locationNames = (ids: readonly string[]) =>
    sortedNames(ids.map((id) => names.location(id)))
  const [gained, lost] = listDifference(
    old.locations.map((entry) => entry.location),
    now.locations.map((entry) => entry.location)
  )
  return [
    ...members(
      'Azure region',
      listDifference(old.azureRegions, now.azureRegions)
    ),
    ...members('peering location', [locationNames(gained), locationNames(lost)])
  ]
}

/**
 * The coming-soon marks of locations a region lists in both models.
 *
 * A coming-soon mark in a region map is the location's own mark: the same
 * sentence as for the location, so it is said once.
 */
function marksChanged(old: Region, now: Region, sink: SentenceSink): void {
  const {names} = sink
  const was = new Map(
    old.locations.map((entry) => [entry.location, entry.comingSoon])
  )
  for (const entry of now.locations) {
    const previous = was.get(entry.location)
    if (previous !== undefined && previous !== entry.comingSoon) {
      const cloud = names.cloudOf(entry.location, now.cloud)
      comingSoonSentence(
        sink,
        names.location(entry.location, cloud),
        cloud,
        entry.comingSoon
      )
    }
  }
}
