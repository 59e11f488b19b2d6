/**
 * Cross-checks between the tables of one page: facts that contradict each
 * other, as warnings. Nothing is changed.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage, type RawPoint} from '../diagnostics.js'
import type {Extraction, NameRef} from '../extract/index.js'
import type {Cloud, LocationsDocument} from '../model.js'
import {
  isComingSoon,
  locationMarks,
  type LocationMark
} from './location-marks.js'
import {resolveName} from './resolve-name.js'

/**
 * Check the tables of a page against each other.
 *
 * - a location in a provider table that no region map lists (when the page
 *   has a region map for its cloud), and a region-map location that no
 *   table gives a provider or a row (when the page has offerings there);
 * - a location listed under two geopolitical regions;
 * - `+` marks that disagree (`coming-soon-mismatch`): a location-level name
 *   without `+` (a region-map entry, a by-location row's key) where another
 *   location-level name of the same location has it, in a kind of table that
 *   uses the mark (see `location-marks.ts`); and a provider listed without
 *   `+` at a location the page marks coming soon;
 * - Azure `supported` at a location marked coming soon.
 *
 * @param extraction
 *   Records of the view (after list repairs).
 * @param model
 *   The model built from them.
 */
export function crossChecks(
  extraction: Extraction,
  model: LocationsDocument
): VFileMessage[] {
  const messages: VFileMessage[] = []
  const key = (cloud: Cloud, reference: NameRef) =>
    cloud + ':' + resolveName('locations', reference.name).id

  // Which locations the page marks `+` itself, and where it writes one bare.
  const comingSoon = new Set<string>()
  for (const [id, marks] of locationMarks(extraction)) {
    if (!isComingSoon(marks)) continue
    comingSoon.add(id)
    const marked = marks.find(
      (mark) => mark.reference.comingSoon
    ) as LocationMark
    for (const mark of marks) {
      if (mark.reference.comingSoon || !mark.states) continue
      messages.push(
        createMessage(
          'coming-soon-mismatch',
          'Unexpected `' +
            mark.reference.name +
            '` without `+` in a ' +
            mark.place +
            ', expected `+`: the ' +
            marked.place +
            ' at line ' +
            marked.reference.position.line +
            ' marks `' +
            marked.reference.name +
            '` coming soon',
          mark.reference.position
        )
      )
    }
  }

  // Where region maps put each location.
  const mapped = new Map<string, {region: string; position: RawPoint}>()
  const mappedClouds = new Set<Cloud>()
  for (const region of extraction.regions) {
    mappedClouds.add(region.locationCloud)
    for (const reference of region.locations) {
      const id = key(region.locationCloud, reference)
      const other = mapped.get(id)
      if (other && other.region !== region.name) {
        messages.push(
          createMessage(
            'location-in-two-regions',
            'Unexpected `' +
              reference.name +
              '` in region `' +
              region.name +
              '`, expected one region a location; it is also in `' +
              other.region +
              '`',
            reference.position
          )
        )
      } else if (!other) {
        mapped.set(id, {region: region.name, position: reference.position})
      }
    }
  }

  // Locations that providers are said to serve, with the first mention.
  const served = new Map<string, NameRef>()
  const rows = new Set(
    extraction.locations.map((record) => key(record.cloud, record.location))
  )

  for (const record of extraction.providers) {
    for (const reference of record.locations ?? []) {
      const id = key(record.cloud, reference)
      if (!served.has(id)) served.set(id, reference)
      if (
        comingSoon.has(id) &&
        !reference.comingSoon &&
        !record.provider.comingSoon
      ) {
        messages.push(
          createMessage(
            'coming-soon-mismatch',
            'Unexpected `' +
              reference.name +
              '` without `+` for `' +
              record.provider.name +
              '`, expected `+`: the page marks the location coming soon',
            reference.position
          )
        )
      }

      if (comingSoon.has(id) && record.azure === 'supported') {
        messages.push(
          createMessage(
            'supported-but-coming-soon',
            'Unexpected Azure status `supported` for `' +
              record.provider.name +
              '` at `' +
              reference.name +
              '`, which the page marks coming soon',
            reference.position
          )
        )
      }
    }
  }

  for (const record of extraction.locations) {
    const id = key(record.cloud, record.location)
    for (const reference of record.providers ?? []) {
      if (!served.has(id)) served.set(id, record.location)
      if (comingSoon.has(id) && !reference.comingSoon) {
        messages.push(
          createMessage(
            'coming-soon-mismatch',
            'Unexpected `' +
              reference.name +
              '` without `+` at `' +
              record.location.name +
              '`, expected `+`: the page marks the location coming soon',
            reference.position
          )
        )
      }
    }
  }

  for (const [id, reference] of served) {
    const cloud = id.slice(0, id.indexOf(':')) as Cloud
    if (mappedClouds.has(cloud) && !mapped.has(id)) {
      messages.push(
        createMessage(
          'location-not-in-region',
          'Unexpected location `' +
            reference.name +
            '` that no region map lists, expected it in a geopolitical region',
          reference.position
        )
      )
    }
  }

  const offeredClouds = new Set(
    model.offerings.map((offering) => offering.cloud)
  )
  const names = new Map<string, string>()
  for (const location of model.locations) {
    const id = location.cloud + ':' + location.id
    // The first of a key, as a search of the list would find.
    if (!names.has(id)) names.set(id, location.name)
  }

  for (const [id, {position}] of mapped) {
    const cloud = id.slice(0, id.indexOf(':')) as Cloud
    if (offeredClouds.has(cloud) && !served.has(id) && !rows.has(id)) {
      const name = names.get(id) ?? id
      messages.push(
        createMessage(
          'location-without-provider',
          'Unexpected region-map location `' +
            name +
            '` that no provider or location table gives, expected it in one',
          position
        )
      )
    }
  }

  return messages
}
