/**
 * The core of `history`: how the intervals of a fact follow from the
 * versions, one rule a test. Models are built by hand (`test/diff/builders`),
 * so each test shows the one thing it is about.
 */

import {describe, expect, it} from 'vitest'
import type {Facet, LocationsDocument} from '../../src/model.js'
import {history} from '../../src/render/history.js'
import type {HistoryFact} from '../../src/render/history-types.js'
import {
  documentOf,
  location,
  offering,
  provider,
  region
} from '../diff/builders.js'

/** A version of `page` of the global English docs. */
function version(
  date: string,
  fields: Parameters<typeof documentOf>[0] = {},
  page: 'locations' | 'locations-providers' = 'locations-providers'
): LocationsDocument {
  const model = documentOf({date, path: page + '@' + date, ...fields})
  return {
    ...model,
    source: {
      ...model.source,
      document: {
        id: 'global/en/' + page,
        edition: 'global',
        language: 'en',
        page
      }
    }
  }
}

function fact(facts: HistoryFact[], key: string): HistoryFact | undefined {
  return facts.find((item) => item.key === key)
}

const sydney = location('sydney')
const megaport = provider('megaport')
const offered = offering('megaport', 'sydney')

describe('history', () => {
  it('should give a fact stated by every version one open interval', () => {
    const result = history([
      version('2020-01-01', {locations: [sydney]}),
      version('2021-01-01', {locations: [sydney]})
    ])
    expect(fact(result.facts, 'commercial/sydney')?.intervals).toEqual([
      {from: 0, to: null, names: ['Sydney'], state: {comingSoon: false}}
    ])
  })

  it('should end an interval at the last version that states the fact', () => {
    const result = history([
      version('2020-01-01', {providers: [megaport], offerings: [offered]}),
      version('2021-01-01', {providers: [megaport], offerings: [offered]}),
      version('2022-01-01', {providers: [megaport], offerings: []}),
      version('2023-01-01', {providers: [megaport], offerings: [offered]})
    ])
    expect(
      fact(result.facts, 'commercial/megaport/sydney')?.intervals.map(
        ({from, to}) => [from, to]
      )
    ).toEqual([
      [0, 1],
      [3, null]
    ])
  })

  it('should neither end nor start an interval at a version that does not state the facet', () => {
    const silent: Facet[] = ['systemIntegrators']
    const result = history([
      version('2020-01-01', {offerings: [offered]}),
      version('2021-01-01', {facets: silent}),
      version('2022-01-01', {offerings: [offered]}),
      version('2023-01-01', {facets: silent})
    ])
    expect(
      fact(result.facts, 'commercial/megaport/sydney')?.intervals.map(
        ({from, to}) => [from, to]
      )
    ).toEqual([[0, null]])
  })

  it('should start an interval of its own for a change of state', () => {
    const named = {providers: [megaport], locations: [sydney]}
    const result = history([
      version('2020-01-01', {
        ...named,
        offerings: [offering('megaport', 'sydney', {comingSoon: true})]
      }),
      version('2021-01-01', {...named, offerings: [offered]})
    ])
    const names = ['Megaport at Sydney']
    expect(fact(result.facts, 'commercial/megaport/sydney')?.intervals).toEqual(
      [
        {from: 0, to: 0, names, state: {comingSoon: true}},
        {from: 1, to: null, names, state: {comingSoon: false}}
      ]
    )
  })

  it('should carry a status a version leaves unstated (`null` is not a change)', () => {
    const result = history([
      version('2020-01-01', {
        offerings: [offering('megaport', 'sydney', {azure: 'supported'})]
      }),
      version('2021-01-01', {offerings: [offered]}),
      version('2022-01-01', {
        offerings: [offering('megaport', 'sydney', {azure: 'coming-soon'})]
      })
    ])
    expect(
      fact(result.facts, 'commercial/megaport/sydney')?.intervals.map(
        ({from, to, state}) => [from, to, state]
      )
    ).toEqual([
      [0, 1, {comingSoon: false, azure: 'supported'}],
      [2, null, {comingSoon: false, azure: 'coming-soon'}]
    ])
  })

  it('should keep one history under one id across a rename, with the names of each interval', () => {
    const result = history([
      version('2016-01-01', {
        locations: [location('hong-kong', {name: 'Hong Kong'})]
      }),
      version('2020-01-01', {
        locations: [location('hong-kong', {name: 'Hong Kong SAR'})]
      })
    ])
    const hongKong = fact(result.facts, 'commercial/hong-kong')
    expect(hongKong?.name).toBe('Hong Kong SAR')
    expect(hongKong?.intervals).toEqual([
      {
        from: 0,
        to: null,
        names: ['Hong Kong', 'Hong Kong SAR'],
        state: {comingSoon: false}
      }
    ])
  })

  it('should combine the two pages side by side: a fact one states and the other omits is stated', () => {
    const result = history([
      version(
        '2016-01-01',
        {providers: [megaport], offerings: [offered]},
        'locations'
      ),
      version(
        '2016-02-01',
        {providers: [], offerings: []},
        'locations-providers'
      ),
      version('2016-03-01', {providers: [], offerings: []}, 'locations')
    ])
    expect(result.versions.map((item) => item.document)).toEqual([
      'global/en/locations',
      'global/en/locations-providers',
      'global/en/locations'
    ])
    expect(
      fact(result.facts, 'commercial/megaport/sydney')?.intervals.map(
        ({from, to}) => [from, to]
      )
    ).toEqual([[0, 1]])
  })

  it('should read region maps into regions and their locations', () => {
    const result = history([
      version('2020-01-01', {
        locations: [sydney],
        regions: [
          region('asia-pacific', {
            locations: [{location: 'sydney', comingSoon: true}]
          })
        ]
      }),
      version('2021-01-01', {
        locations: [sydney],
        regions: [region('asia-pacific', {locations: []})]
      })
    ])
    expect(fact(result.facts, 'commercial/asia-pacific')?.intervals).toEqual([
      {from: 0, to: null, names: ['Asia Pacific']}
    ])
    expect(fact(result.facts, 'commercial/asia-pacific/sydney')).toMatchObject({
      kind: 'regionLocation',
      name: 'Sydney in Asia Pacific',
      intervals: [{from: 0, to: 0, state: {comingSoon: true}}]
    })
  })

  it('should order versions by date, or as given', () => {
    const later = version('2021-01-01')
    const earlier = version('2020-01-01')
    expect(history([later, earlier]).versions.map((item) => item.date)).toEqual(
      ['2020-01-01', '2021-01-01']
    )
    expect(
      history([later, earlier], {
        order: 'given',
        commit: (document) => (document === later ? 'a'.repeat(40) : null)
      }).versions.map((item) => [item.date, item.commit])
    ).toEqual([
      ['2021-01-01', 'a'.repeat(40)],
      ['2020-01-01', undefined]
    ])
  })

  it('should refuse pages of two languages, naming them', () => {
    const french = version('2020-01-01')
    french.source = {
      ...french.source,
      document: {
        ...french.source.document,
        id: 'global/fr/locations-providers',
        language: 'fr'
      }
    }
    expect(() => history([version('2020-01-01'), french])).toThrow(
      /`global\/en`, `global\/fr`/
    )
  })

  it('should refuse a version without a date, naming it', () => {
    expect(() =>
      history([version('2020-01-01'), documentOf({date: null, path: 'x.md'})])
    ).toThrow(/`x\.md`/)
  })
})
