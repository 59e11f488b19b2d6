import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hasNonLatinLetter} from '../../src/normalize/untranslated-names.js'

describe('hasNonLatinLetter', () => {
  it('should answer as the script pattern does, ASCII or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({unit: 'grapheme'}),
          fc.string({unit: 'binary'})
        ),
        (name) => {
          expect(hasNonLatinLetter(name)).toBe(
            /(?!\p{Script=Latin})\p{L}/u.test(name)
          )
        }
      ),
      {numRuns: 2000}
    )
  })
})
