import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {KeyOrder} from '../../src/normalize/key-order.js'
import {recordKey} from '../../src/normalize/record-key.js'

/** Ids as `slug` makes them, a few of which start others (`a`, `a-b`). */
const id = fc.stringMatching(/^[a-z0-9]{1,3}(?:-[a-z0-9]{1,2})?$/)

/** Code-unit order of two lists of fields, first field first. */
function compareFields(left: string[], right: string[]): number {
  for (let index = 0; index < left.length; index++) {
    const a = left[index] as string
    const b = right[index] as string
    if (a !== b) return a < b ? -1 : 1
  }

  return 0
}

describe('record keys', () => {
  it('should sort as their fields do, made anew or again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, id, fc.option(fc.string(), {nil: undefined})), {
          minLength: 2,
          maxLength: 30
        }),
        (fields) => {
          // Each twice: the second key is the one made before.
          for (const [first, second, third] of [...fields, ...fields]) {
            const key = recordKey(first, second, third)
            expect(key).toBe(
              first +
                '\u0000' +
                second +
                (third === undefined ? '' : '\u0000' + third)
            )
          }

          const pairs = fields.map(([first, second]) => [first, second])
          for (const left of pairs) {
            for (const right of pairs) {
              const a = recordKey(left[0] as string, left[1] as string)
              const b = recordKey(right[0] as string, right[1] as string)
              expect(Math.sign(a < b ? -1 : a > b ? 1 : 0)).toBe(
                compareFields(left, right)
              )
            }
          }
        }
      ),
      {numRuns: 200}
    )
  })
})

describe('key order', () => {
  it('should sort the keys of a model after others as of a model sorted first', () => {
    fc.assert(
      fc.property(
        // Versions of a collection: keys of a small vocabulary, so the
        // order remembered holds some, misses some, and has some gone.
        fc.array(fc.uniqueArray(id, {maxLength: 40}), {
          minLength: 1,
          maxLength: 8
        }),
        (versions) => {
          const order = new KeyOrder()
          for (const keys of versions) {
            const records = new Map(keys.map((key) => [key, {key}]))
            const sorted = order.sorted(records).map((record) => record.key)
            expect(sorted).toEqual(
              [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            )
          }
        }
      ),
      {numRuns: 300}
    )
  })
})
