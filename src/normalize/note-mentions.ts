/**
 * The three kinds of record that many tables mention: locations, providers
 * and offerings. Every mention is merged into one record, the first
 * mention giving its name and source, later ones filling what it lacks.
 */

import type {RawPoint} from '../diagnostics.js'
import type {NameRef} from '../extract/index.js'
import type {Cloud, Location, Offering} from '../model.js'
import {point, resolveReference, type ModelState} from './model-state.js'
import {createRepeatMessage} from './repeat-message.js'

/** Facts of a location that only its own row states. */
export type LocationDetails = Pick<
  Location,
  'facilities' | 'zone' | 'localAzureRegions' | 'erDirect'
>

/**
 * Note a location, merging what every mention says.
 *
 * @param state
 *   State of the model.
 * @param reference
 *   The location as written.
 * @param cloud
 *   Its cloud.
 * @param details
 *   What its own row says of it, if this is its row.
 * @returns
 *   Its id.
 */
export function noteLocation(
  state: ModelState,
  reference: NameRef,
  cloud: Cloud,
  details?: LocationDetails
): string {
  const {name, id} = resolveReference(state, 'locations', reference)
  let record = state.records.locations.get(cloud, id)
  if (!record) {
    record = {
      id,
      name,
      cloud,
      comingSoon: false,
      facilities: null,
      zone: null,
      localAzureRegions: null,
      erDirect: null,
      source: point(reference.position)
    }
    state.records.locations.set(record, cloud, id)
  }

  // A detail fills a field no earlier mention filled; `null` is silence.
  // Copied: what `extract` read of a row it gives back to the next version
  // of the page, and a model is its caller's own.
  if (details) {
    record.facilities ??=
      details.facilities?.map((facility) => ({...facility})) ?? null
    record.zone ??= details.zone
    record.localAzureRegions ??= details.localAzureRegions && [
      ...details.localAzureRegions
    ]
    record.erDirect ??= details.erDirect && {
      ...details.erDirect,
      speeds: [...details.erDirect.speeds]
    }
  }

  return id
}

/**
 * Note a provider; the first mention with a link gives its URL.
 *
 * @param state
 *   State of the model.
 * @param reference
 *   The provider as written.
 * @returns
 *   Its id.
 */
export function noteProvider(state: ModelState, reference: NameRef): string {
  const {name, id} = resolveReference(state, 'providers', reference)
  const record = state.records.providers.get(id)
  if (!record) {
    state.records.providers.set(
      {id, name, url: reference.url, source: point(reference.position)},
      id
    )
  } else if (record.url === null && reference.url !== null) {
    record.url = reference.url
  }

  return id
}

/**
 * Note an offering; a second mention is merged into the first and reported
 * (`duplicate-entry`), with the first mention as its cause.
 *
 * @param state
 *   State of the model.
 * @param record
 *   The offering this mention states.
 * @param position
 *   Where the mention is.
 * @param providerName
 *   The provider as the mention writes it.
 * @param locationName
 *   The location as the mention writes it.
 */
export function noteOffering(
  state: ModelState,
  record: Offering,
  position: RawPoint,
  providerName: string,
  locationName: string
): void {
  const {offerings} = state.records
  const mentioned = offerings.get(
    record.cloud,
    record.provider,
    record.location
  )
  if (!mentioned) {
    offerings.set(
      {offering: record, providerName, locationName, position},
      record.cloud,
      record.provider,
      record.location
    )
    return
  }

  const existing = mentioned.offering

  // The same fact stated twice (by-location and by-provider tables of one
  // page, or a name twice in one cell): keep one, fill what it lacks.
  existing.comingSoon &&= record.comingSoon
  existing.azure ??= record.azure
  existing.office365 ??= record.office365
  state.messages.push(
    createRepeatMessage(
      'duplicate-entry',
      'Unexpected second mention of `' +
        providerName +
        '` at `' +
        locationName +
        '`; merged with the first',
      position,
      {
        what:
          '`' +
          mentioned.providerName +
          '` at `' +
          mentioned.locationName +
          '`',
        place: mentioned.position
      }
    )
  )
}
