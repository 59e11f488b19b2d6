import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diff} from '../../src/diff/index.js'
import {subjectOrder, subjects} from '../../src/diff/subjects.js'
import type {LocationsDocument} from '../../src/model.js'
import {applyChanges} from './apply-changes.js'
import {documentArbitrary, shuffled} from './arbitraries.js'

/** Keys of each collection that both models state, by subject. */
function sharedKeys(document: LocationsDocument, other: LocationsDocument) {
  return subjectOrder
    .filter((subject) => {
      const facets = subjects[subject].facets
      return [document, other].every((model) =>
        facets.some((facet) => model.facets.includes(facet))
      )
    })
    .map((subject) => {
      const key = subjects[subject].key as (record: unknown) => string
      return [
        subject,
        (subjects[subject].records(document) as unknown[]).map(key).sort()
      ]
    })
}

describe('diff, properties', () => {
  it('should tell two records have the same key as their keys do (ids without `/`, as the library makes them)', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (left, right) => {
        for (const subject of subjectOrder) {
          const spec = subjects[subject] as unknown as {
            records: (document: LocationsDocument) => readonly unknown[]
            key: (record: unknown) => string
            sameKey: (a: unknown, b: unknown) => boolean
          }
          for (const a of spec.records(left))
            for (const b of spec.records(right))
              expect(spec.sameKey(a, b)).toBe(spec.key(a) === spec.key(b))
        }
      })
    )
  })

  it('should find nothing between a model and itself', () => {
    fc.assert(
      fc.property(documentArbitrary, (model) => diff(model, model).length === 0)
    )
  })

  it('should find nothing between a model and a shuffled copy of it', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.integer(), (model, seed) => {
        expect(diff(model, shuffled(model, seed))).toEqual([])
      })
    )
  })

  it('should turn the older model into the newer one when its changes are applied', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (older, newer) => {
        const patched = applyChanges(older, diff(older, newer))
        // Same records, and no stated fact differs: what is left is only
        // what one side does not state (`null`) and `source`.
        expect(sharedKeys(patched, newer)).toEqual(sharedKeys(newer, patched))
        expect(diff(patched, newer)).toEqual([])
      })
    )
  })

  it('should give the same changes for shuffled inputs', () => {
    fc.assert(
      fc.property(
        documentArbitrary,
        documentArbitrary,
        fc.integer(),
        (older, newer, seed) => {
          expect(
            diff(shuffled(older, seed, false), shuffled(newer, seed + 1, false))
          ).toEqual(diff(older, newer))
          const outline = (changes: ReturnType<typeof diff>) =>
            changes.map((change) => [
              change.kind,
              change.key,
              'fields' in change && change.fields
            ])
          expect(
            outline(diff(shuffled(older, seed), shuffled(newer, seed + 1)))
          ).toEqual(outline(diff(older, newer)))
        }
      )
    )
  })

  it('should report each key at most once per subject, sorted', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (older, newer) => {
        const changes = diff(older, newer)
        const ids = changes.map(
          (change) => change.kind.split('.')[0] + ' ' + change.key
        )
        expect(new Set(ids).size).toBe(ids.length)
        expect(diff(older, newer)).toEqual(changes)
      })
    )
  })

  it('should have `null` exactly on the absent side and fields only on changes', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (older, newer) => {
        for (const change of diff(older, newer)) {
          const action = change.kind.split('.')[1]
          expect(change.before === null).toBe(action === 'added')
          expect(change.after === null).toBe(action === 'removed')
          expect('fields' in change).toBe(
            action === 'changed' || action === 'renamed'
          )
          if ('fields' in change) {
            expect(change.fields.length).toBeGreaterThan(0)
            // A name change is a rename, except for geopolitical regions.
            expect((change.fields as string[]).includes('name')).toBe(
              action === 'renamed' ||
                (change.kind === 'region.changed' &&
                  change.before.name !== change.after.name)
            )
          }
        }
      })
    )
  })
})
