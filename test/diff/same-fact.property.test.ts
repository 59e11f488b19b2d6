import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sameFact} from '../../src/diff/same-fact.js'

/**
 * The comparison `sameFact` is defined by: `null` says nothing, otherwise
 * the canonical JSON of both sides (keys sorted, lists as sorted sets).
 * `sameFact` takes shortcuts for strings, numbers, booleans and lists of
 * strings; this is the long way round, written out again to check them.
 */
function byCanonicalJson(left: unknown, right: unknown): boolean {
  if (left === null || left === undefined) return true
  if (right === null || right === undefined) return true
  return canonical(left) === canonical(right)
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return '[' + [...new Set(value.map(canonical))].sort().join(',') + ']'
  }

  if (value !== null && typeof value === 'object') {
    return (
      '{' +
      Object.keys(value)
        .sort()
        .map(
          (key) =>
            JSON.stringify(key) +
            ':' +
            canonical((value as Record<string, unknown>)[key])
        )
        .join(',') +
      '}'
    )
  }

  return JSON.stringify(value) ?? 'null'
}

/** Field values of the kinds models hold, small enough to collide often. */
const word = fc.constantFrom('a', 'b', 'B', 'é', 'e\u0301', '\uD800', '')
const scalar = fc.oneof(
  word,
  fc.constantFrom(0, 1, -0, 1.5, Number.NaN, Infinity, -Infinity),
  fc.boolean(),
  fc.constant(null)
)
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    scalar,
    fc.array(word, {maxLength: 4}),
    fc.array(tie('value'), {maxLength: 3}),
    fc.dictionary(fc.constantFrom('name', 'url', 'speeds'), tie('value'), {
      maxKeys: 3
    })
  )
})).value

describe('sameFact', () => {
  it('should agree with a comparison of canonical JSON', () => {
    fc.assert(
      fc.property(value, value, (left, right) => {
        expect(sameFact(left, right)).toBe(byCanonicalJson(left, right))
      }),
      {numRuns: 2000}
    )
  })

  it('should agree on a value and a copy of it, keys in another order, changed or not', () => {
    // Random pairs are rarely equal: copies are, unless one item changed.
    const reordered = (input: unknown): unknown => {
      if (Array.isArray(input)) return input.map(reordered)
      if (input !== null && typeof input === 'object') {
        const entries = Object.entries(input).reverse()
        return Object.fromEntries(entries.map(([k, v]) => [k, reordered(v)]))
      }

      return input
    }

    fc.assert(
      fc.property(value, fc.option(value), fc.nat(), (left, swap, at) => {
        let right = reordered(left)
        if (swap !== null && Array.isArray(right) && right.length > 0) {
          right = right.map((item, index) =>
            index === at % (right as unknown[]).length ? swap : item
          )
        }

        expect(sameFact(left, right)).toBe(byCanonicalJson(left, right))
      }),
      {numRuns: 2000}
    )
  })

  it('should take lists of strings as sets', () => {
    expect(sameFact(['a', 'b', 'a'], ['b', 'a'])).toBe(true)
    expect(sameFact(['a', 'b'], ['a'])).toBe(false)
    expect(sameFact(['a'], ['a', 1])).toBe(false)
    expect(sameFact([], [])).toBe(true)
  })

  it('should keep numbers JSON cannot write as one fact', () => {
    expect(sameFact(Number.NaN, Infinity)).toBe(true)
    expect(sameFact(Number.NaN, 1)).toBe(false)
    expect(sameFact(1, '1')).toBe(false)
  })
})
