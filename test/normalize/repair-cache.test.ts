import fc from 'fast-check'
import {describe, expect, it, vi} from 'vitest'
import {parse} from '../../src/index.js'

/**
 * Names that repairs join, split or drop: halves of run-together names,
 * a legal form, a translation's “and”, a name the alias table knows with
 * its comma.
 */
const names = [
  'IX Reach',
  'Megaport',
  'IX Reach Megaport',
  'China Telecom',
  'China Telecom Global',
  'Bell Canada',
  'Cologix',
  'Bell Canada y Cologix',
  'Airgate Technologies',
  'Inc. Aptum Technologies',
  'Aptum Technologies',
  'Washington',
  'D.C.',
  'Equinix',
  'equinix'
]

const locations = ['Amsterdam', 'London', 'Montreal', 'Toronto', 'Dallas']

/** A by-location page of rows of names. */
function page(rows: Array<[number, number[]]>): string {
  return [
    '# Locations',
    '',
    '## Global commercial Azure',
    '',
    '| Location | Service providers |',
    '| --- | --- |',
    ...rows.map(
      ([location, providers]) =>
        '| **' +
        locations[location % locations.length] +
        '** | ' +
        providers.map((index) => names[index]).join(', ') +
        ' |'
    ),
    ''
  ].join('\n')
}

const row = fc.tuple(
  fc.nat(locations.length - 1),
  fc.array(fc.nat(names.length - 1), {minLength: 1, maxLength: 4})
)

describe('repair caches', () => {
  it('should repair a page read after others as a page read first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(row, {minLength: 1, maxLength: 6}), {
          minLength: 2,
          maxLength: 5
        }),
        async (pages) => {
          // Versions of one page: each the one before with a row changed.
          let last
          for (const rows of pages) last = parse(page(rows))
          vi.resetModules()
          const fresh = await import('../../src/index.js')
          expect(fresh.parse(page(pages.at(-1) ?? []))).toEqual(last)
        }
      ),
      {numRuns: 40}
    )
  })
})
