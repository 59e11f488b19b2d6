/**
 * The coming-soon marks a page puts on a location itself, as opposed to the
 * marks it puts on an offering.
 *
 * A `+` is on the location itself when it follows the location's own name
 * where that name stands for the location alone: an entry of a region map
 * (`Montreal+`) or the key of a by-location row (`| **Montreal+** | … |`).
 * A `+` on a provider in a by-location row (`Cologix+`), on a location in a
 * by-provider row's list, or on a by-provider row's key marks an offering
 * (that provider at that location), not the location.
 */

import type {Extraction, NameRef} from '../extract/index.js'
import type {Cloud} from '../model.js'
import {resolveName} from './resolve-name.js'

/** Where a location-level name stands. */
export type LocationMarkPlace = 'region map' | 'location row'

/** One location-level mention of a location. */
export interface LocationMark {
  /** The name as written, with its `+`. */
  reference: NameRef
  place: LocationMarkPlace
  /**
   * Whether a bare name here says “not coming soon”: true when the same kind
   * of table (region maps of one kind, location rows of one cloud) marks at
   * least one location-level name. Where a table never uses the mark, a
   * name without it is silence, not a statement.
   */
  states: boolean
}

/**
 * The location-level marks of a page, by `cloud:id` (the location's cloud and
 * canonical id), each list in page order.
 *
 * @param extraction
 *   Records of the view (after list repairs).
 */
export function locationMarks(
  extraction: Extraction
): Map<string, LocationMark[]> {
  const found: Array<{key: string; group: string; mark: LocationMark}> = []
  const marking = new Set<string>()
  // A 2019 map gives its zone to its locations as location records holding
  // the map's own references: one mention, not two. By raw offset, not by
  // object: a list repair replaces the map's references, not those records'.
  const mapOffsets = new Set<number>()

  /** Note one mention. */
  function add(
    cloud: Cloud,
    reference: NameRef,
    place: LocationMarkPlace,
    group: string
  ) {
    found.push({
      key: cloud + ':' + resolveName('locations', reference.name).id,
      group,
      mark: {reference, place, states: false}
    })
    if (reference.comingSoon) marking.add(group)
  }

  for (const region of extraction.regions) {
    for (const reference of region.locations) {
      mapOffsets.add(reference.position.offset)
      add(
        region.locationCloud,
        reference,
        'region map',
        'region map:' + region.cloud
      )
    }
  }

  for (const record of extraction.locations) {
    if (mapOffsets.has(record.location.position.offset)) continue
    add(
      record.cloud,
      record.location,
      'location row',
      'location row:' + record.cloud
    )
  }

  found.sort(
    (a, b) =>
      a.mark.reference.position.line - b.mark.reference.position.line ||
      a.mark.reference.position.column - b.mark.reference.position.column
  )
  const marks = new Map<string, LocationMark[]>()
  for (const {key, group, mark} of found) {
    mark.states = marking.has(group)
    let list = marks.get(key)
    if (!list) {
      list = []
      marks.set(key, list)
    }

    list.push(mark)
  }

  return marks
}

/**
 * Whether a location is coming soon: the page marks the location itself
 * somewhere. One answer for the location record and every region entry.
 *
 * @param marks
 *   Location-level marks of the location (`undefined` when it has none).
 */
export function isComingSoon(
  marks: readonly LocationMark[] | undefined
): boolean {
  return marks !== undefined && marks.some((mark) => mark.reference.comingSoon)
}
