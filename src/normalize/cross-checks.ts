/**
 * Cross-checks between the tables of one page: facts that contradict each
 * other, as warnings. Nothing is changed.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import type {Extraction, NameRef} from '../extract/index.js'
import type {Cloud, LocationsDocument} from '../model.js'
import {isComingSoon, type LocationMark} from './location-marks.js'
import {createRepeatMessage} from './repeat-message.js'
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
 * @param marks
 *   The location-level marks of the extraction (`locationMarks`).
 */
export function crossChecks(
  extraction: Extraction,
  model: LocationsDocument,
  marks: Map<string, LocationMark[]>
): VFileMessage[] {
  const facts = pageFacts(extraction, marks)
  return [
    ...bareLocationMarks(marks),
    ...locationsInTwoRegions(extraction, facts),
    ...bareOfferingsAtComingSoon(extraction, facts),
    ...supportedButComingSoon(extraction, facts),
    ...locationsNotInRegion(facts),
    ...locationsWithoutProvider(model, facts)
  ]
}

/** The first region a region map puts a location in. */
interface RegionMention {
  /** The region as written. */
  region: string
  /** The location as written there. */
  reference: NameRef
}

/** What the checks read of a page, each location by `cloud:id`. */
interface PageFacts {
  /** Locations the page marks `+` itself. */
  comingSoon: Set<string>
  /** Where region maps first put each location. */
  mapped: Map<string, RegionMention>
  /** Clouds of the locations some region map lists. */
  mappedClouds: Set<Cloud>
  /** Locations that providers are said to serve, with the first mention. */
  served: Map<string, NameRef>
  /** Locations with a row of their own. */
  rows: Set<string>
}

/** The key of a location: its cloud and canonical id. */
function locationKey(cloud: Cloud, reference: NameRef): string {
  return cloud + ':' + resolveName('locations', reference.name).id
}

/** The cloud of a location key. */
function cloudOfKey(key: string): Cloud {
  return key.slice(0, key.indexOf(':')) as Cloud
}

/** Read what the checks compare, once. */
function pageFacts(
  extraction: Extraction,
  marks: Map<string, LocationMark[]>
): PageFacts {
  const comingSoon = new Set<string>()
  for (const [key, list] of marks) if (isComingSoon(list)) comingSoon.add(key)

  const mapped = new Map<string, RegionMention>()
  const mappedClouds = new Set<Cloud>()
  for (const region of extraction.regions) {
    mappedClouds.add(region.locationCloud)
    for (const reference of region.locations) {
      const key = locationKey(region.locationCloud, reference)
      if (!mapped.has(key)) mapped.set(key, {region: region.name, reference})
    }
  }

  // Provider tables first: the first mention is the one reported.
  const served = new Map<string, NameRef>()
  for (const record of extraction.providers) {
    for (const reference of record.locations ?? []) {
      const key = locationKey(record.cloud, reference)
      if (!served.has(key)) served.set(key, reference)
    }
  }

  const rows = new Set<string>()
  for (const record of extraction.locations) {
    const key = locationKey(record.cloud, record.location)
    const hasProviders = (record.providers ?? []).length > 0
    if (hasProviders && !served.has(key)) served.set(key, record.location)
    rows.add(key)
  }

  return {comingSoon, mapped, mappedClouds, served, rows}
}

/**
 * A location-level name without `+` where another location-level name of
 * the same location has it, in a kind of table that uses the mark.
 */
function bareLocationMarks(marks: Map<string, LocationMark[]>): VFileMessage[] {
  const messages: VFileMessage[] = []
  for (const list of marks.values()) {
    const marked = list.find((mark) => mark.reference.comingSoon)
    if (!marked) continue
    for (const mark of list) {
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

  return messages
}

/** A location under two geopolitical regions; the first is the cause. */
function locationsInTwoRegions(
  extraction: Extraction,
  facts: PageFacts
): VFileMessage[] {
  const messages: VFileMessage[] = []
  for (const region of extraction.regions) {
    for (const reference of region.locations) {
      const first = facts.mapped.get(
        locationKey(region.locationCloud, reference)
      )
      if (!first || first.region === region.name) continue
      messages.push(
        createRepeatMessage(
          'location-in-two-regions',
          'Unexpected `' +
            reference.name +
            '` in region `' +
            region.name +
            '`, expected one region a location; it is also in `' +
            first.region +
            '`',
          reference.position,
          {
            what:
              '`' +
              first.reference.name +
              '`, in region `' +
              first.region +
              '`',
            place: first.reference.position
          }
        )
      )
    }
  }

  return messages
}

/** A provider listed without `+` at a location the page marks coming soon. */
function bareOfferingsAtComingSoon(
  extraction: Extraction,
  facts: PageFacts
): VFileMessage[] {
  const messages: VFileMessage[] = []
  // Most pages mark no location coming soon: nothing to look up.
  if (facts.comingSoon.size === 0) return messages
  for (const record of extraction.providers) {
    if (record.provider.comingSoon) continue
    for (const reference of record.locations ?? []) {
      if (reference.comingSoon) continue
      if (!facts.comingSoon.has(locationKey(record.cloud, reference))) continue
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
  }

  for (const record of extraction.locations) {
    if (!facts.comingSoon.has(locationKey(record.cloud, record.location)))
      continue
    for (const reference of record.providers ?? []) {
      if (reference.comingSoon) continue
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

  return messages
}

/** Azure `supported` at a location the page marks coming soon. */
function supportedButComingSoon(
  extraction: Extraction,
  facts: PageFacts
): VFileMessage[] {
  const messages: VFileMessage[] = []
  if (facts.comingSoon.size === 0) return messages
  for (const record of extraction.providers) {
    if (record.azure !== 'supported') continue
    for (const reference of record.locations ?? []) {
      if (!facts.comingSoon.has(locationKey(record.cloud, reference))) continue
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

  return messages
}

/** A location that providers serve but no region map lists, where the cloud has one. */
function locationsNotInRegion(facts: PageFacts): VFileMessage[] {
  const messages: VFileMessage[] = []
  for (const [key, reference] of facts.served) {
    if (!facts.mappedClouds.has(cloudOfKey(key)) || facts.mapped.has(key))
      continue
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

  return messages
}

/**
 * A region-map location that no table gives a provider or a row, where the
 * page has offerings in its cloud.
 */
function locationsWithoutProvider(
  model: LocationsDocument,
  facts: PageFacts
): VFileMessage[] {
  const messages: VFileMessage[] = []
  // A page without a region map has nothing to check here.
  if (facts.mapped.size === 0) return messages
  const offeredClouds = new Set(
    model.offerings.map((offering) => offering.cloud)
  )
  const names = new Map<string, string>()
  for (const location of model.locations) {
    const key = location.cloud + ':' + location.id
    // The first of a key, as a search of the list would find.
    if (!names.has(key)) names.set(key, location.name)
  }

  for (const [key, {reference}] of facts.mapped) {
    if (!offeredClouds.has(cloudOfKey(key))) continue
    if (facts.served.has(key) || facts.rows.has(key)) continue
    messages.push(
      createMessage(
        'location-without-provider',
        'Unexpected region-map location `' +
          (names.get(key) ?? key) +
          '` that no provider or location table gives, expected it in one',
        reference.position
      )
    )
  }

  return messages
}
