import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createSequenceDiff, diff} from '../../src/diff/index.js'
import {documentArbitrary} from './arbitraries.js'

describe('createSequenceDiff', () => {
  it('should give every consecutive pair of a sequence the changes `diff` gives it', () => {
    // A pool of models walked in any order, a model repeated or coming
    // back later: the memo of each model's indexes must answer for it only.
    fc.assert(
      fc.property(
        fc.array(documentArbitrary, {minLength: 1, maxLength: 4}),
        fc.array(fc.nat(), {minLength: 2, maxLength: 8}),
        (pool, picks) => {
          const sequence = picks.map((pick) => pool[pick % pool.length]!)
          const diffPair = createSequenceDiff()
          for (let index = 1; index < sequence.length; index++) {
            const older = sequence[index - 1]!
            const newer = sequence[index]!
            expect(diffPair(older, newer)).toEqual(diff(older, newer))
          }
        }
      ),
      {numRuns: 300}
    )
  })
})
