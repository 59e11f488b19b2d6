import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {displayNames} from '../../src/render/display-names.js'
import type {Cloud, LocationsDocument} from '../../src/model.js'

/**
 * The names as an index of both models gives them (the older model's
 * records set first, the newer one's over them; within a model commercial
 * locations last, companies after datacenter providers): what
 * `displayNames` answered before it looked names up in the records.
 */
function indexedNames(newer: LocationsDocument, older: LocationsDocument) {
  const locations = new Map<string, string>()
  const providers = new Map<string, string>()
  const networks = new Map<string, string>()
  const nationalClouds = new Map<string, Cloud>()
  for (const model of [older, newer]) {
    const ordered = [...model.locations].sort(
      (a, b) =>
        Number(a.cloud === 'commercial') - Number(b.cloud === 'commercial')
    )
    for (const record of ordered) {
      locations.set(record.cloud + '/' + record.id, record.name)
      locations.set(record.id, record.name)
      if (record.cloud !== 'commercial')
        nationalClouds.set(record.id, record.cloud)
    }

    for (const record of model.datacenterProviders)
      providers.set(record.id, record.name)
    for (const record of model.providers) providers.set(record.id, record.name)
    for (const record of model.researchNetworks)
      networks.set(record.id, record.name)
  }

  return {
    location: (id: string, cloud?: Cloud) =>
      (cloud ? locations.get(cloud + '/' + id) : undefined) ??
      locations.get(id),
    cloudOf: (id: string) => nationalClouds.get(id) ?? 'commercial',
    provider: (id: string) => providers.get(id) ?? id,
    researchNetwork: (id: string) => networks.get(id) ?? id
  }
}

const ids = ['paris', 'dallas', 'equinix', 'garr']
const clouds: Cloud[] = ['commercial', 'us-government', 'china', 'germany']
const name = fc.oneof(
  fc.constantFrom('Paris', 'Dallas', 'Equinix', 'GARR', ''),
  fc.constant(null as unknown as string),
  fc.constant(undefined as unknown as string)
)
const named = fc.record({id: fc.constantFrom(...ids), name})
const model = fc
  .record({
    locations: fc.array(
      fc.record({
        id: fc.constantFrom(...ids),
        name,
        cloud: fc.constantFrom(...clouds)
      }),
      {maxLength: 6}
    ),
    providers: fc.array(named, {maxLength: 4}),
    datacenterProviders: fc.array(named, {maxLength: 4}),
    researchNetworks: fc.array(named, {maxLength: 4})
  })
  .map((fields) => fields as unknown as LocationsDocument)

describe('displayNames', () => {
  it('should answer as an index of both models, newer over older', () => {
    fc.assert(
      fc.property(model, model, (newer, older) => {
        const names = displayNames(newer, older)
        const indexed = indexedNames(newer, older)
        for (const id of ids) {
          // The fallback for a location no record names is the id's words.
          const bare = indexed.location(id)
          expect(names.location(id)).toBe(
            bare ?? id.charAt(0).toUpperCase() + id.slice(1)
          )
          for (const cloud of clouds) {
            expect(names.location(id, cloud)).toBe(
              indexed.location(id, cloud) ??
                id.charAt(0).toUpperCase() + id.slice(1)
            )
          }

          expect(names.cloudOf(id, 'national')).toBe(indexed.cloudOf(id))
          expect(names.cloudOf(id, 'commercial')).toBe('commercial')
          expect(names.provider(id)).toBe(indexed.provider(id))
          expect(names.exchange(id)).toBe(indexed.provider(id))
          expect(names.researchNetwork(id)).toBe(indexed.researchNetwork(id))
        }
      }),
      {numRuns: 2000}
    )
  })
})
