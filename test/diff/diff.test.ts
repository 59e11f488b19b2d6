import {describe, expect, it} from 'vitest'
import {diff} from '../../src/diff/index.js'
import {
  datacenterProvider,
  documentOf,
  exchange,
  location,
  offering,
  provider,
  region,
  researchNetwork,
  satelliteOperator,
  systemIntegrator
} from './builders.js'

/** Kinds and keys of a diff, for short expectations. */
function summary(older = documentOf(), newer = documentOf()) {
  return diff(older, newer).map(
    (change) =>
      change.kind +
      ' ' +
      change.key +
      ('fields' in change ? ' ' + change.fields.join(',') : '')
  )
}

describe('diff', () => {
  it('should find nothing between a model and itself', () => {
    const model = documentOf({
      locations: [location('amsterdam', {zone: 1})],
      providers: [provider('equinix')],
      offerings: [offering('equinix', 'amsterdam', {azure: 'supported'})]
    })
    expect(diff(model, model)).toEqual([])
  })

  it('should find nothing between two empty models', () => {
    expect(diff(documentOf(), documentOf())).toEqual([])
  })

  it('should report an added location with its record', () => {
    const zurich = location('zurich', {zone: 1})
    expect(diff(documentOf(), documentOf({locations: [zurich]}))).toEqual([
      {
        kind: 'location.added',
        key: 'commercial/zurich',
        before: null,
        after: zurich
      }
    ])
  })

  it('should report a removed location with its record', () => {
    const zurich = location('zurich')
    expect(diff(documentOf({locations: [zurich]}), documentOf())).toEqual([
      {
        kind: 'location.removed',
        key: 'commercial/zurich',
        before: zurich,
        after: null
      }
    ])
  })

  it('should key locations by cloud and id', () => {
    expect(
      summary(
        documentOf({locations: [location('dallas')]}),
        documentOf({locations: [location('dallas', {cloud: 'us-government'})]})
      )
    ).toEqual([
      'location.added us-government/dallas',
      'location.removed commercial/dallas'
    ])
  })

  it('should report a rename when one id has another name', () => {
    const before = location('hong-kong-sar', {name: 'Hong Kong'})
    const after = location('hong-kong-sar', {name: 'Hong Kong SAR'})
    expect(
      diff(documentOf({locations: [before]}), documentOf({locations: [after]}))
    ).toEqual([
      {
        kind: 'location.renamed',
        key: 'commercial/hong-kong-sar',
        before,
        after,
        fields: ['name']
      }
    ])
  })

  it('should fold other changed fields into the rename', () => {
    expect(
      summary(
        documentOf({
          locations: [location('hong-kong-sar', {name: 'Hong Kong', zone: 1})]
        }),
        documentOf({
          locations: [
            location('hong-kong-sar', {name: 'Hong Kong SAR', zone: 2})
          ]
        })
      )
    ).toEqual(['location.renamed commercial/hong-kong-sar name,zone'])
  })

  it('should let offerings follow a renamed location, without adding or removing them', () => {
    expect(
      summary(
        documentOf({
          locations: [location('hong-kong-sar', {name: 'Hong Kong'})],
          offerings: [offering('equinix', 'hong-kong-sar')]
        }),
        documentOf({
          locations: [location('hong-kong-sar', {name: 'Hong Kong SAR'})],
          offerings: [offering('equinix', 'hong-kong-sar')]
        })
      )
    ).toEqual(['location.renamed commercial/hong-kong-sar name'])
  })

  it('should never guess a rename from similar names', () => {
    expect(
      summary(
        documentOf({locations: [location('hong-kong')]}),
        documentOf({locations: [location('hong-kong-sar')]})
      )
    ).toEqual([
      'location.added commercial/hong-kong-sar',
      'location.removed commercial/hong-kong'
    ])
  })

  it('should report changed location details, in model order', () => {
    expect(
      summary(
        documentOf({
          locations: [
            location('amsterdam', {
              comingSoon: true,
              zone: 1,
              facilities: [{name: 'Equinix AM5', url: null}],
              localAzureRegions: ['West Europe'],
              erDirect: {available: false, speeds: []}
            })
          ]
        }),
        documentOf({
          locations: [
            location('amsterdam', {
              zone: 2,
              facilities: [{name: 'Equinix AM7', url: null}],
              localAzureRegions: ['North Europe'],
              erDirect: {available: true, speeds: ['10G']}
            })
          ]
        })
      )
    ).toEqual([
      'location.changed commercial/amsterdam comingSoon,facilities,zone,localAzureRegions,erDirect'
    ])
  })

  it('should treat lists as sets', () => {
    expect(
      summary(
        documentOf({
          regions: [region('europe', {azureRegions: ['X', 'X', 'Y']})]
        }),
        documentOf({regions: [region('europe', {azureRegions: ['Y', 'X']})]})
      )
    ).toEqual([])
  })

  it('should treat lists as unordered', () => {
    expect(
      summary(
        documentOf({
          locations: [location('amsterdam', {localAzureRegions: ['A', 'B']})],
          regions: [region('europe', {azureRegions: ['X', 'Y']})]
        }),
        documentOf({
          locations: [location('amsterdam', {localAzureRegions: ['B', 'A']})],
          regions: [region('europe', {azureRegions: ['Y', 'X']})]
        })
      )
    ).toEqual([])
  })

  it('should report provider kinds', () => {
    expect(
      summary(
        documentOf({
          providers: [
            provider('cologix'),
            provider('arelion', {name: 'Telia Carrier'}),
            provider('equinix', {url: 'http://equinix.com'})
          ]
        }),
        documentOf({
          providers: [
            provider('megaport'),
            provider('arelion', {name: 'Arelion'}),
            provider('equinix', {url: 'https://equinix.com'})
          ]
        })
      )
    ).toEqual([
      'provider.added megaport',
      'provider.removed cologix',
      'provider.renamed arelion name',
      'provider.changed equinix url'
    ])
  })

  it('should report offering kinds, keyed by cloud, provider and location', () => {
    expect(
      summary(
        documentOf({
          offerings: [
            offering('orange', 'singapore'),
            offering('cologix', 'toronto', {
              comingSoon: true,
              azure: 'coming-soon'
            })
          ]
        }),
        documentOf({
          offerings: [
            offering('megaport', 'perth', {cloud: 'china'}),
            offering('cologix', 'toronto', {azure: 'supported'})
          ]
        })
      )
    ).toEqual([
      'offering.added china/megaport/perth',
      'offering.removed commercial/orange/singapore',
      'offering.changed commercial/cologix/toronto comingSoon,azure'
    ])
  })

  it('should report region kinds', () => {
    expect(
      summary(
        documentOf({
          regions: [
            region('europe', {azureRegions: ['West Europe'], locations: []}),
            region('us-government-cloud', {cloud: 'national'})
          ]
        }),
        documentOf({
          regions: [
            region('europe', {
              azureRegions: ['West Europe', 'North Europe'],
              locations: [{location: 'zurich', comingSoon: true}]
            }),
            region('africa'),
            region('asia', {name: 'Asia Pacific'})
          ]
        })
      )
    ).toEqual([
      'region.added commercial/africa',
      'region.added commercial/asia',
      'region.removed national/us-government-cloud',
      'region.changed commercial/europe azureRegions,locations'
    ])
  })

  it('should report a region name change as a change, not a rename', () => {
    expect(
      summary(
        documentOf({regions: [region('asia', {name: 'Asia'})]}),
        documentOf({regions: [region('asia', {name: 'Asia Pacific'})]})
      )
    ).toEqual(['region.changed commercial/asia name'])
  })

  it('should report exchange kinds, keyed by cloud and location', () => {
    expect(
      summary(
        documentOf({
          exchanges: [
            exchange('amsterdam', {providers: ['a']}),
            exchange('london')
          ]
        }),
        documentOf({
          exchanges: [
            exchange('amsterdam', {providers: ['a', 'b']}),
            exchange('paris')
          ]
        })
      )
    ).toEqual([
      'exchange.added commercial/paris',
      'exchange.removed commercial/london',
      'exchange.changed commercial/amsterdam providers'
    ])
  })

  it('should key system integrators by id and continent', () => {
    expect(
      summary(
        documentOf({
          systemIntegrators: [
            systemIntegrator('avanade-inc', {continent: 'Europe'}),
            systemIntegrator('nelite', {
              name: 'Nelite',
              url: 'https://old.example'
            })
          ]
        }),
        documentOf({
          systemIntegrators: [
            systemIntegrator('avanade-inc', {continent: 'Europe'}),
            systemIntegrator('avanade-inc', {continent: 'North America'}),
            systemIntegrator('nelite', {
              name: 'Exakis Nelite',
              url: 'https://nelite.example'
            })
          ]
        })
      )
    ).toEqual([
      'systemIntegrator.added avanade-inc/north-america',
      'systemIntegrator.renamed nelite/europe name,url'
    ])
  })

  it('should report satellite operators, datacenter providers and research networks', () => {
    expect(
      summary(
        documentOf({
          satelliteOperators: [
            satelliteOperator('intelsat'),
            satelliteOperator('ses')
          ],
          datacenterProviders: [
            datacenterProvider('equinix', {exchanges: ['a']})
          ],
          researchNetworks: [researchNetwork('garr'), researchNetwork('surf')]
        }),
        documentOf({
          satelliteOperators: [
            satelliteOperator('intelsat'),
            satelliteOperator('viasat')
          ],
          datacenterProviders: [
            datacenterProvider('equinix', {exchanges: ['a', 'b']}),
            datacenterProvider('digital-realty')
          ],
          researchNetworks: [
            researchNetwork('garr', {via: 'geant'}),
            researchNetwork('surf', {name: 'SURFnet'})
          ]
        })
      )
    ).toEqual([
      'satelliteOperator.added viasat',
      'satelliteOperator.removed ses',
      'datacenterProvider.added digital-realty',
      'datacenterProvider.changed equinix exchanges',
      'researchNetwork.renamed surf name'
    ])
  })

  it('should not count a research network’s `via` as a change when one side is `null`', () => {
    expect(
      summary(
        documentOf({researchNetworks: [researchNetwork('garr', {via: null})]}),
        documentOf({
          researchNetworks: [researchNetwork('garr', {via: 'geant'})]
        })
      )
    ).toEqual([])
  })

  it('should ignore `source` positions', () => {
    expect(
      summary(
        documentOf({
          locations: [location('amsterdam', {source: {line: 3, column: 1}})]
        }),
        documentOf({
          locations: [location('amsterdam', {source: {line: 90, column: 7}})]
        })
      )
    ).toEqual([])
  })
})

describe('diff, facets', () => {
  it('should not compare a collection that one side does not state', () => {
    expect(
      summary(
        documentOf({facets: ['regions'], offerings: []}),
        documentOf({
          facets: ['regions', 'offerings'],
          providers: [provider('equinix')],
          offerings: [offering('equinix', 'amsterdam')]
        })
      )
    ).toEqual([])
  })

  it('should compare locations stated by a region map with those of a by-location page', () => {
    expect(
      summary(
        documentOf({facets: ['regions'], locations: [location('amsterdam')]}),
        documentOf({
          facets: ['offerings', 'locationDetails'],
          locations: [
            location('amsterdam', {zone: 1}),
            location('zurich', {zone: 1})
          ]
        })
      )
    ).toEqual(['location.added commercial/zurich'])
  })

  it('should not count Office 365 statuses that a later page does not state', () => {
    const older = documentOf({
      facets: ['offerings', 'offeringStatus', 'office365Status'],
      offerings: [
        offering('equinix', 'amsterdam', {
          azure: 'supported',
          office365: 'coming-soon'
        })
      ]
    })
    const newer = documentOf({
      facets: ['offerings'],
      offerings: [offering('equinix', 'amsterdam')]
    })
    expect(diff(older, newer)).toEqual([])
    expect(diff(newer, older)).toEqual([])
  })

  it('should not count facilities that one side does not state', () => {
    expect(
      summary(
        documentOf({locations: [location('amsterdam', {facilities: null})]}),
        documentOf({
          locations: [
            location('amsterdam', {
              facilities: [{name: 'Equinix AM5', url: null}]
            })
          ]
        })
      )
    ).toEqual([])
  })

  it('should compare nothing for a model without facets', () => {
    expect(
      summary(
        documentOf({facets: []}),
        documentOf({locations: [location('zurich')]})
      )
    ).toEqual([])
  })
})

describe('diff, determinism', () => {
  it('should sort by kind order, then by key', () => {
    expect(
      summary(
        documentOf({
          locations: [location('b'), location('d', {zone: 1})],
          providers: [provider('p')]
        }),
        documentOf({
          locations: [location('c'), location('a'), location('d', {zone: 2})],
          providers: []
        })
      )
    ).toEqual([
      'location.added commercial/a',
      'location.added commercial/c',
      'location.removed commercial/b',
      'location.changed commercial/d zone',
      'provider.removed p'
    ])
  })

  it('should keep the first record in the page when a key is repeated', () => {
    const first = location('munich', {zone: 1, source: {line: 10, column: 1}})
    const second = location('munich', {zone: 2, source: {line: 20, column: 1}})
    const older = documentOf({locations: [location('munich', {zone: 1})]})
    expect(diff(older, documentOf({locations: [second, first]}))).toEqual([])
    expect(diff(older, documentOf({locations: [first, second]}))).toEqual([])
  })
})

describe('diff of spellings', () => {
  it('should not call a name that folds to the same id a rename', async () => {
    const {parse} = await import('../../src/index.js')
    const older = parse(
      '| Location | Service providers |\n| --- | --- |\n| **Amsterdam** | Thinktel |\n'
    )
    const newer = parse(
      '| Location | Service providers |\n| --- | --- |\n| **Amsterdam** | ThinkTel |\n'
    )
    expect(older.providers[0]?.name).toBe('Thinktel')
    expect(newer.providers[0]?.name).toBe('ThinkTel')
    expect(diff(older, newer)).toEqual([])
  })
})
