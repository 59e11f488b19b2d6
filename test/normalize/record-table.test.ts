import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {RecordTable} from '../../src/normalize/record-table.js'

/** Fields of a small vocabulary, some starting others (`a`, `a-b`). */
const field = fc.constantFrom('a', 'a-b', 'ab', 'b', 'B', 'é', '', 'a b')

/** Code-unit order of two lists of fields, first field first. */
function compareFields(left: string[], right: string[]): number {
  for (let index = 0; index < left.length; index++) {
    const a = left[index] as string
    const b = right[index] as string
    if (a !== b) return a < b ? -1 : 1
  }

  return 0
}

describe('record table', () => {
  it('should keep one record a key, sorted by its fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        fc.array(fc.array(field, {minLength: 3, maxLength: 3}), {
          maxLength: 40
        }),
        (fields, keys) => {
          const table = new RecordTable<string[]>(fields)
          const expected = new Map<string, string[]>()
          for (const key of keys) {
            const used = key.slice(0, fields)
            const [first, second, third] = used as [string, string, string]
            table.set(used, first, second, third)
            expected.set(JSON.stringify(used), used)
            expect(table.get(first, second, third)).toBe(used)
          }

          const sorted = [...expected.values()].sort(compareFields)
          expect(table.sorted()).toEqual(sorted)
          expect([...table.values()].sort(compareFields)).toEqual(sorted)
        }
      ),
      {numRuns: 300}
    )
  })
})
