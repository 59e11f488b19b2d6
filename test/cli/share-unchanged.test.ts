/**
 * `shareUnchanged`: a model that takes the records it states as the version
 * before it did is the same model, holding those records once.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {shareUnchanged} from '../../src/cli/share-unchanged.js'
import type {LocationsDocument} from '../../src/model.js'
import {parse} from '../../src/parse.js'
import {diff, history} from '../../src/index.js'
import {allDocuments, fixture} from '../helpers.js'

/**
 * Every seed and corpus page, read once, frozen: what shares their objects
 * (and `diff`, `history` of models that share them) must change nothing.
 */
const models: LocationsDocument[] = allDocuments().map((name) =>
  deepFreeze(parse(fixture(name), {path: name}))
)

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }

  return value
}

/** The collections `shareUnchanged` walks. */
const collections = [
  'facets',
  'regions',
  'locations',
  'providers',
  'offerings',
  'exchanges',
  'systemIntegrators',
  'satelliteOperators',
  'datacenterProviders',
  'researchNetworks',
  'diagnostics'
] as const

/** A deep copy: equal, sharing no object. */
function copy<T>(value: T): T {
  return structuredClone(value)
}

/** Every item of the result is the next model's or the previous one's, as the next one states it. */
function expectSharedFrom(
  result: LocationsDocument,
  next: LocationsDocument,
  previous: LocationsDocument
) {
  expect(result).toEqual(next)
  expect(JSON.stringify(result)).toBe(JSON.stringify(next))
  for (const name of collections) {
    const own = new Set<unknown>(next[name])
    const before = new Set<unknown>(previous[name])
    for (const item of result[name] as unknown[])
      expect(own.has(item) || before.has(item)).toBe(true)
  }
}

describe('shareUnchanged', () => {
  it('should give the next model back, equal and with its own records, for any two pages', () => {
    fc.assert(
      fc.property(
        fc.nat(models.length - 1),
        fc.nat(models.length - 1),
        (a, b) => {
          const previous = models[a] as LocationsDocument
          const next = copy(models[b] as LocationsDocument)
          expectSharedFrom(shareUnchanged(next, previous), next, previous)
        }
      ),
      {numRuns: 60}
    )
  })

  it('should diff, and make a history, as the models it shares from do', () => {
    fc.assert(
      fc.property(
        fc.nat(models.length - 1),
        fc.nat(models.length - 1),
        fc.nat(models.length - 1),
        fc.boolean(),
        (a, b, c, oneDocument) => {
          // Half the time, three versions of the first one's document.
          if (oneDocument) {
            const id = models[a]!.source.document.id
            const same = models.filter(
              (model) => model.source.document.id === id
            )
            b = models.indexOf(same[b % same.length]!)
            c = models.indexOf(same[c % same.length]!)
          }

          const first = models[a] as LocationsDocument
          const second = shareUnchanged(
            copy(models[b] as LocationsDocument),
            first
          )
          const third = shareUnchanged(
            copy(models[c] as LocationsDocument),
            second
          )
          const copies = [first, second, third].map((model) => copy(model))
          expect(diff(first, second)).toEqual(diff(copies[0]!, copies[1]!))
          expect(diff(second, third)).toEqual(diff(copies[1]!, copies[2]!))
          // A history is of one document's versions.
          const documents = new Set(
            copies.map((model) => model.source.document.id)
          )
          if (
            documents.size === 1 &&
            copies.every((model) => model.meta.date !== null)
          )
            expect(history([first, second, third])).toEqual(history(copies))
        }
      ),
      {numRuns: 40}
    )

    // Models that share every record (the same page twice) diff to nothing,
    // as copies do.
    for (const model of models.slice(0, 10)) {
      expect(diff(model, shareUnchanged(copy(model), model))).toEqual([])
    }
  })

  it('should take every record of an unchanged version from the one before, whole collections too', () => {
    for (const previous of models) {
      const result = shareUnchanged(copy(previous), previous)
      for (const name of collections) expect(result[name]).toBe(previous[name])
    }
  })

  it('should share every record the version before states alike under its key, around runs of records added, removed or changed', () => {
    const previous = models.reduce((most, model) =>
      model.offerings.length > most.offerings.length ? model : most
    )
    const count = previous.offerings.length
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(count - 1),
            // Up to a provider's worth of offerings in a row.
            run: fc.integer({min: 1, max: 60}),
            edit: fc.constantFrom('remove', 'add', 'change')
          }),
          {maxLength: 4}
        ),
        (edits) => {
          const next = copy(previous)
          for (const {at, run, edit} of edits) {
            const index = Math.min(at, next.offerings.length - 1)
            if (index < 0) continue
            const stretch = next.offerings.slice(index, index + run)
            if (edit === 'remove') next.offerings.splice(index, run)
            else if (edit === 'add')
              next.offerings.splice(
                index,
                0,
                ...stretch.map((offering, n) => ({
                  ...offering,
                  location: 'x-new-' + index + '-' + n
                }))
              )
            else
              next.offerings.splice(
                index,
                stretch.length,
                ...stretch.map((offering) => ({
                  ...offering,
                  comingSoon: !offering.comingSoon
                }))
              )
          }

          const result = shareUnchanged(next, previous)
          expectSharedFrom(result, next, previous)
          // Exactly those equal, as JSON, to the previous record of their key.
          const byKey = new Map(
            previous.offerings.map((offering) => [
              offering.cloud +
                '/' +
                offering.provider +
                '/' +
                offering.location,
              offering
            ])
          )
          for (const offering of result.offerings) {
            const earlier = byKey.get(
              offering.cloud + '/' + offering.provider + '/' + offering.location
            )
            const alike =
              earlier !== undefined &&
              JSON.stringify(earlier) === JSON.stringify(offering)
            expect(offering === earlier).toBe(alike)
          }

          if (edits.length === 0)
            expect(result.offerings).toBe(previous.offerings)
        }
      ),
      {numRuns: 100}
    )
  })
})
