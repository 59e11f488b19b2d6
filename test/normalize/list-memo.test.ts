import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {NameRef} from '../../src/extract/index.js'
import {ListMemo} from '../../src/normalize/list-memo.js'
import type {NameTable} from '../../src/normalize/resolve-name.js'

const tables: NameTable[] = ['providers', 'locations', 'azureRegions']

/** Names of a small vocabulary, so lists share first and last names, and lengths. */
const names = ['Zayo', 'Colt', 'KDDI', 'Equinix', 'Ooredoo', '']

/** A list of those names, each name a string of its own. */
function listOf(picks: number[]): NameRef[] {
  return picks.map((pick) => ({
    name: [...(names[pick] as string)].join(''),
    url: null,
    comingSoon: false,
    position: {line: 1, column: 1, offset: 0}
  }))
}

const list = fc.array(fc.nat(names.length - 1), {maxLength: 6})
const table = fc.nat(tables.length - 1)

describe('list memo', () => {
  it('should give back what was set of a list of the same names, or nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), table, list), {maxLength: 60}),
        fc.integer({min: 1, max: 30}),
        (steps, mostNames) => {
          // Small bounds: the memo empties now and then, and may forget,
          // but never answers for another list.
          const memo = new ListMemo<string>(mostNames, 1000)
          const facts = new Map<string, string>()
          for (const [index, [setting, which, picks]] of steps.entries()) {
            const key = which + ':' + JSON.stringify(picks)
            const tableName = tables[which] as NameTable
            if (setting) {
              memo.set(tableName, listOf(picks), 'fact ' + index, 0)
              facts.set(key, 'fact ' + index)
            } else {
              const known = memo.get(tableName, listOf(picks))
              if (known !== undefined) expect(known).toBe(facts.get(key))
            }
          }
        }
      ),
      {numRuns: 300}
    )
  })

  it('should remember every list while within its bounds, each its own', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(table, list), {minLength: 2, maxLength: 40}),
        (lists) => {
          const memo = new ListMemo<string>()
          for (const [which, picks] of lists)
            memo.set(
              tables[which] as NameTable,
              listOf(picks),
              JSON.stringify([which, picks]),
              0
            )
          for (const [which, picks] of lists)
            expect(memo.get(tables[which] as NameTable, listOf(picks))).toBe(
              JSON.stringify([which, picks])
            )
        }
      ),
      {numRuns: 300}
    )
  })
})
