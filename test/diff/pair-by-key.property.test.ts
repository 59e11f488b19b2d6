import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {indexByKey} from '../../src/diff/index-by-key.js'
import {pairByKey} from '../../src/diff/pair-by-key.js'

/** A record keyed by its `id`; `value` tells records under one key apart. */
interface Item {
  id: string
  value: number
  source: {line: number; column: number}
}

const itemsArbitrary = fc.array(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    value: fc.nat(3),
    source: fc.record({line: fc.nat(5), column: fc.nat(2)})
  }),
  {maxLength: 8}
)

describe('pairByKey', () => {
  it('should pair each older record with the newer one under its key, in older order', () => {
    // Records added, removed, repeated and reordered: the walk in step must
    // find what a lookup finds.
    fc.assert(
      fc.property(itemsArbitrary, itemsArbitrary, (olderItems, newerItems) => {
        const key = (item: Item) => item.id
        const before = indexByKey(olderItems, key)
        const after = indexByKey(newerItems, key)
        const pairs: Array<[string, Item, Item | undefined]> = []
        pairByKey(before, after, (id, record, next) =>
          pairs.push([id, record, next])
        )
        expect(pairs).toEqual(
          [...before.byKey].map(([id, record]) => [
            id,
            record,
            after.byKey.get(id)
          ])
        )
      }),
      {numRuns: 500}
    )
  })
})

describe('indexByKey with the index of the version before', () => {
  it('should give the index it gives alone, whatever the version before', () => {
    // The keys it takes from the index before, in step, are the keys the
    // records have: the same index, added, removed, repeated and moved.
    const key = (item: Item) => item.id
    const sameKey = (left: Item, right: Item) => left.id === right.id
    fc.assert(
      fc.property(itemsArbitrary, itemsArbitrary, (olderItems, newerItems) => {
        const before = indexByKey(olderItems, key)
        const hinted = indexByKey(newerItems, key, {index: before, sameKey})
        const alone = indexByKey(newerItems, key)
        expect(hinted.keys).toEqual(alone.keys)
        expect(hinted.records).toEqual(alone.records)
        expect([...hinted.byKey]).toEqual([...alone.byKey])
      }),
      {numRuns: 500}
    )
  })
})
