/**
 * The parts of a history query: names (alias table, folding, ids,
 * suggestions), which facts and changes match, plain sentences.
 */

import {describe, expect, it} from 'vitest'
import {diff} from '../../src/diff/index.js'
import {
  changeOfQuery,
  editDistance,
  factMatches,
  knownNamesOfDocuments,
  knownNamesOfHistory,
  matchName
} from '../../src/render/history-query.js'
import {plainText} from '../../src/render/history-sentences.js'
import {stateWords} from '../../src/render/history-tables.js'
import type {HistoryFact} from '../../src/render/history-types.js'
import {history} from '../../src/render/history.js'
import {
  documentOf,
  exchange,
  location,
  offering,
  provider,
  region
} from '../diff/builders.js'

const older = documentOf({
  date: '2016-01-10',
  path: 'a.md',
  locations: [
    location('hong-kong-sar', {name: 'Hong Kong'}),
    location('montreal'),
    location('dallas', {cloud: 'us-government'})
  ],
  providers: [provider('level-3-communications', {name: 'Level 3'})],
  offerings: [offering('level-3-communications', 'montreal')],
  regions: [
    region('asia', {
      azureRegions: ['East Asia'],
      locations: [{location: 'hong-kong-sar', comingSoon: true}]
    })
  ]
})
const newer = documentOf({
  date: '2019-03-01',
  path: 'b.md',
  locations: [
    location('hong-kong-sar', {name: 'Hong Kong SAR'}),
    location('montreal'),
    location('singapore'),
    location('dallas', {cloud: 'us-government'})
  ],
  providers: [provider('level-3-communications', {name: 'Level 3'})],
  offerings: [
    offering('level-3-communications', 'montreal'),
    offering('level-3-communications', 'dallas', {cloud: 'us-government'})
  ],
  regions: [
    region('asia', {
      azureRegions: ['East Asia', 'Southeast Asia'],
      locations: [
        {location: 'hong-kong-sar', comingSoon: false},
        {location: 'singapore', comingSoon: false}
      ]
    })
  ]
})

describe('history queries', () => {
  it('should measure edits', () => {
    expect(editDistance('', '')).toBe(0)
    expect(editDistance('megaprot', 'megaport')).toBe(2)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('abc', '')).toBe(3)
  })

  it('should resolve names through the alias table, folded, and as ids', () => {
    const known = knownNamesOfDocuments([older, newer])
    for (const name of [
      'Level3',
      'Level 3',
      'Level 3 Communications',
      'LEVEL 3 COMMUNICATIONS',
      'level-3-communications'
    ])
      expect(matchName(known, 'providers', name)).toEqual({
        ids: ['level-3-communications'],
        suggestions: []
      })
    for (const name of ['Hong Kong', 'hong kong sar', 'Hongkong'])
      expect(matchName(known, 'locations', name).ids).toEqual(['hong-kong-sar'])
    expect(matchName(known, 'locations', 'Montréal').ids).toEqual(['montreal'])
    expect(matchName(known, 'locations', 'Singapoor')).toEqual({
      ids: [],
      suggestions: ['Singapore']
    })
    expect(matchName(known, 'locations', 'Atlantis')).toEqual({
      ids: [],
      suggestions: []
    })
    // A beginning, a first word, then typos: nearer kinds of near first.
    expect(matchName(known, 'locations', 'Hong').suggestions).toEqual([
      'Hong Kong SAR'
    ])
    expect(matchName(known, 'locations', 'Singa').suggestions).toEqual([
      'Singapore'
    ])
    expect(matchName(known, 'providers', 'Level 3 EVPL').suggestions).toEqual([
      'Level 3'
    ])
    // A history knows the same names.
    const fromHistory = knownNamesOfHistory(history([older, newer]))
    expect(matchName(fromHistory, 'locations', 'Hong Kong').ids).toEqual([
      'hong-kong-sar'
    ])
  })

  it('should select facts as the options say', () => {
    const facts = history([older, newer]).facts
    const keys = (query: Parameters<typeof factMatches>[0]) =>
      facts
        .filter((fact: HistoryFact) => factMatches(query, fact))
        .map((fact) => fact.kind + ' ' + fact.key)
    const level3 = new Set(['level-3-communications'])
    expect(keys({providers: level3})).toEqual([
      'provider level-3-communications',
      'offering commercial/level-3-communications/montreal',
      'offering us-government/level-3-communications/dallas'
    ])
    expect(keys({providers: level3, cloud: 'us-government'})).toEqual([
      'provider level-3-communications',
      'offering us-government/level-3-communications/dallas'
    ])
    expect(keys({providers: level3, locations: new Set(['montreal'])})).toEqual(
      ['offering commercial/level-3-communications/montreal']
    )
    expect(keys({locations: new Set(['hong-kong-sar'])})).toEqual([
      'location commercial/hong-kong-sar',
      'regionLocation commercial/asia/hong-kong-sar'
    ])
    expect(keys({cloud: 'us-government'})).toEqual([
      'location us-government/dallas',
      'offering us-government/level-3-communications/dallas'
    ])
    expect(keys({})).toEqual([])
  })

  it('should narrow a region change to the locations selected', () => {
    const changes = diff(older, newer)
    const query = {locations: new Set(['hong-kong-sar'])}
    const selected = changes.flatMap(
      (change) => changeOfQuery(query, change) ?? []
    )
    expect(selected.map((change) => change.kind + ' ' + change.key)).toEqual([
      'location.renamed commercial/hong-kong-sar',
      'region.changed commercial/asia'
    ])
    const region = selected[1]
    expect(region?.kind).toBe('region.changed')
    if (region?.kind !== 'region.changed') return
    expect(region.fields).toEqual(['locations'])
    expect(region.before.azureRegions).toEqual(region.after.azureRegions)
    expect(region.after.locations).toEqual([
      {location: 'hong-kong-sar', comingSoon: false}
    ])
    // Singapore's membership is not Hong Kong's.
    expect(
      changes.flatMap(
        (change) =>
          changeOfQuery({locations: new Set(['montreal'])}, change) ?? []
      )
    ).toEqual([])
  })

  it('should give a provider the exchange changes that list or unlist it, as a provider or an exchange', () => {
    const before = documentOf({
      exchanges: [exchange('atlanta', {exchanges: [], providers: ['zayo']})]
    })
    const after = documentOf({
      exchanges: [
        exchange('atlanta', {exchanges: ['megaport'], providers: ['zayo']})
      ]
    })
    const changes = diff(before, after)
    const of = (query: Parameters<typeof changeOfQuery>[0]) =>
      changes.flatMap((change) => changeOfQuery(query, change) ?? [])
    expect(of({providers: new Set(['megaport'])})).toEqual(changes)
    expect(
      of({providers: new Set(['megaport']), locations: new Set(['atlanta'])})
    ).toEqual(changes)
    // Zayo is listed alike before and after: not its change.
    expect(of({providers: new Set(['zayo'])})).toEqual([])
    expect(
      of({providers: new Set(['megaport']), locations: new Set(['dallas'])})
    ).toEqual([])
  })

  it('should write changelog sentences as plain text, and states in words', () => {
    expect(plainText('**Level 3\\*** now offers ExpressRoute at A\\_B.')).toBe(
      'Level 3* now offers ExpressRoute at A_B.'
    )
    expect(stateWords(undefined)).toBe('')
    expect(stateWords({comingSoon: false})).toBe('')
    expect(
      stateWords({
        comingSoon: true,
        azure: 'supported',
        office365: 'not-supported'
      })
    ).toBe('coming soon, Azure supported, Office 365 not supported')
  })
})
