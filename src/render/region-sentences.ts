import type {Addition, Modification, Removal} from '../diff/index.js'
import {changeSentences as say} from './change-sentences.js'
import {comingSoonSentence} from './coming-soon-sentence.js'
import {listDifference} from './list-difference.js'
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
  const kind = now.cloud
  const name = now.name
  const membership = (text: string) =>
    sink.add('changed', group.membership, name, text)

  if (old.name !== now.name)
    sink.add(
      'changed',
      group.rename,
      old.name,
      say.regionRenamed(kind, old.name, now.name)
    )

  const [regionsGained, regionsLost] = listDifference(
    old.azureRegions,
    now.azureRegions
  )
  if (regionsGained.length > 0)
    membership(say.regionIncludes(kind, name, 'Azure region', regionsGained))
  if (regionsLost.length > 0)
    membership(say.regionExcludes(kind, name, 'Azure region', regionsLost))

  const [gained, lost] = listDifference(
    old.locations.map((entry) => entry.location),
    now.locations.map((entry) => entry.location)
  )
  const location = (id: string) => names.location(id)
  if (gained.length > 0)
    membership(
      say.regionIncludes(
        kind,
        name,
        'peering location',
        sortedNames(gained.map(location))
      )
    )
  if (lost.length > 0)
    membership(
      say.regionExcludes(
        kind,
        name,
        'peering location',
        sortedNames(lost.map(location))
      )
    )

  // A coming-soon mark in a region map is the location's own mark: the same
  // sentence as for the location, so it is said once.
  const was = new Map(
    old.locations.map((entry) => [entry.location, entry.comingSoon])
  )
  for (const entry of now.locations) {
    const previous = was.get(entry.location)
    if (previous !== undefined && previous !== entry.comingSoon) {
      const cloud = names.cloudOf(entry.location, kind)
      comingSoonSentence(
        sink,
        names.location(entry.location, cloud),
        cloud,
        entry.comingSoon
      )
    }
  }
}
