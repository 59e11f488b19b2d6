import {describe, expect, it} from 'vitest'
import type {LocationsDocument} from '../../src/index.js'
import {parse} from '../../src/index.js'
import {fixture, seed000, seed001, seed002} from '../helpers.js'

function offeringsOf(model: LocationsDocument, provider: string) {
  return model.offerings.filter((offering) => offering.provider === provider)
}

describe('seed 002 (2015-03-31, regions only)', () => {
  const model = parse(fixture(seed002), {path: seed002})

  it('should read six commercial regions and no offerings', () => {
    expect(model.source.page).toBe('regions-only')
    expect(model.regions.map((region) => [region.cloud, region.name])).toEqual([
      ['commercial', 'Asia'],
      ['commercial', 'Australia'],
      ['commercial', 'Europe'],
      ['commercial', 'Japan'],
      ['commercial', 'South America'],
      ['commercial', 'US']
    ])
    expect(model.offerings).toEqual([])
    expect(model.providers).toEqual([])
    expect(model.facets).toEqual(['locations', 'regions'])
  })

  it('should list eight ExpressRoute locations in the US', () => {
    const us = model.regions.find((region) => region.id === 'us')
    expect(us?.locations.map((entry) => entry.location)).toEqual([
      'atlanta',
      'chicago',
      'dallas',
      'los-angeles',
      'new-york',
      'seattle',
      'silicon-valley',
      'washington-dc'
    ])
    expect(us?.source).toEqual({line: 27, column: 1})
  })
})

describe('seed 001 (2020-01-17, by location), published view', () => {
  const model = parse(fixture(seed001), {path: seed001})
  const locations = (cloud: string) =>
    model.locations.filter((location) => location.cloud === cloud)

  it('should be a by-location page with its facets', () => {
    expect(model.source.page).toBe('by-location')
    expect(model.facets).toEqual([
      'exchanges',
      'locationDetails',
      'locations',
      'offerings',
      'providers',
      'regions',
      'satelliteOperators',
      'systemIntegrators',
      'zones'
    ])
    expect(model.meta.footnotes).toEqual({'+': 'coming soon'})
  })

  it('should read 60 commercial, 8 US Government, 4 China locations', () => {
    expect(locations('commercial').length).toBe(60)
    expect(locations('us-government').length).toBe(8)
    expect(locations('china').map((location) => location.name)).toEqual([
      'Beijing',
      'Beijing2',
      'Shanghai',
      'Shanghai2'
    ])
    expect(locations('germany').map((location) => location.name)).toEqual([
      'Berlin',
      'Frankfurt'
    ])
  })

  it('should read the details of Amsterdam', () => {
    const amsterdam = model.locations.find(
      (location) =>
        location.cloud === 'commercial' && location.id === 'amsterdam'
    )
    expect(amsterdam).toEqual({
      id: 'amsterdam',
      name: 'Amsterdam',
      cloud: 'commercial',
      comingSoon: false,
      facilities: [
        {
          name: 'Equinix AM5',
          url: 'https://www.equinix.com/locations/europe-colocation/netherlands-colocation/amsterdam-data-centers/am5/'
        }
      ],
      zone: 1,
      localAzureRegions: ['West Europe'],
      erDirect: {available: true, speeds: ['10G', '100G']},
      source: {line: 75, column: 5}
    })
    const providers = model.offerings
      .filter(
        (offering) =>
          offering.cloud === 'commercial' && offering.location === 'amsterdam'
      )
      .map((offering) => offering.provider)
    expect(providers.length).toBe(21)
    expect(providers).toContain('at-t-netbond')
    expect(providers).toContain('geant')
  })

  it('should read `n/a` as none and an empty provider cell as no offering, without error', () => {
    const atlanta = model.locations.find(
      (location) => location.id === 'atlanta'
    )
    expect(atlanta?.localAzureRegions).toEqual([])
    expect(atlanta?.erDirect).toEqual({available: false, speeds: []})
    for (const id of ['jakarta', 'milan']) {
      expect(model.locations.some((location) => location.id === id)).toBe(true)
      expect(
        model.offerings.filter((offering) => offering.location === id)
      ).toEqual([])
    }

    // The only warnings are the list repairs of raw lines 131, 210 and 220.
    expect(
      model.diagnostics
        .filter((diagnostic) => diagnostic.severity !== 'info')
        .map((diagnostic) => [diagnostic.ruleId, diagnostic.line])
    ).toEqual([
      ['list-missing-comma', 131],
      ['list-comma-in-name', 210],
      ['list-missing-comma', 210],
      ['list-comma-in-name', 220]
    ])
  })

  it('should read Megaport as coming soon at Berlin (Germany)', () => {
    const berlin = model.offerings.filter(
      (offering) =>
        offering.cloud === 'germany' && offering.location === 'berlin'
    )
    expect(
      berlin.map((offering) => [offering.provider, offering.comingSoon])
    ).toEqual([
      ['e-shelter', false],
      ['megaport', true],
      ['t-systems', false]
    ])
  })

  it('should read system integrators on five continents and three satellite operators', () => {
    expect(
      new Set(model.systemIntegrators.map((integrator) => integrator.continent))
    ).toEqual(
      new Set(['Asia', 'Australia', 'Europe', 'North America', 'South America'])
    )
    expect(model.satelliteOperators).toEqual([
      {
        id: 'intelsat',
        name: 'Intelsat',
        url: null,
        source: {line: 191, column: 3}
      },
      {
        id: 'ses',
        name: 'SES',
        url: 'https://www.ses.com/networks/signature-solutions/signature-cloud/ses-and-azure-expressroute',
        source: {line: 192, column: 4}
      },
      {
        id: 'viasat',
        name: 'Viasat',
        url: 'http://www.directcloud.viasatbusiness.com/',
        source: {line: 193, column: 4}
      }
    ])
  })

  it('should read the national region map', () => {
    expect(
      model.regions
        .filter((region) => region.cloud === 'national')
        .map((region) => [region.name, region.locations.length])
    ).toEqual([
      ['China East', 2],
      ['China North', 2],
      ['Germany', 2],
      ['US Government cloud', 8]
    ])
  })
})

describe('seed 000 (2015-12-02, Azure China, by provider)', () => {
  const published = parse(fixture(seed000), {path: seed000})
  const upstream = parse(fixture(seed000), {path: seed000, view: 'upstream'})

  it('should be a customized by-provider page', () => {
    for (const model of [published, upstream]) {
      expect(model.source).toMatchObject({
        page: 'by-provider',
        metadataFormat: 'acom',
        customized: true
      })
      expect(model.facets).toContain('office365Status')
    }

    expect(published.view).toBe('published')
    expect(upstream.view).toBe('upstream')
  })

  it('should publish China Telecom Global as coming soon at Hong Kong, without Cologix', () => {
    expect(
      published.providers.some((provider) => provider.id === 'cologix')
    ).toBe(false)
    expect(offeringsOf(published, 'china-telecom-global')).toEqual([
      {
        provider: 'china-telecom-global',
        location: 'hong-kong-sar',
        cloud: 'commercial',
        comingSoon: true,
        azure: 'coming-soon',
        office365: 'not-supported',
        source: {line: 80, column: 59}
      }
    ])
  })

  it('should publish AT&T NetBond as coming soon for Azure in US Government', () => {
    const offerings = published.offerings.filter(
      (offering) =>
        offering.cloud === 'us-government' &&
        offering.provider === 'at-t-netbond'
    )
    expect(
      offerings.map((offering) => [
        offering.location,
        offering.azure,
        offering.comingSoon
      ])
    ).toEqual([
      ['shanghai', 'coming-soon', true],
      ['washington-dc', 'coming-soon', true]
    ])
  })

  it('should read the refused national region table, its fourth column diagnosed', () => {
    // Raw line 58: `|**US Government cloud**|US Government|Iowa, Virginia|Ashburn, Shanghai|`
    // under three header cells over `|---|---|---|---|` (raw line 52).
    expect(
      published.regions.filter((region) => region.cloud === 'national')
    ).toEqual([
      {
        id: 'us-government-cloud',
        name: 'US Government cloud',
        cloud: 'national',
        azureRegions: ['Iowa', 'Virginia'],
        locations: [
          {location: 'ashburn', comingSoon: false},
          {location: 'shanghai', comingSoon: false}
        ],
        source: {line: 58, column: 1}
      }
    ])
    const rules = published.diagnostics.map((diagnostic) => [
      diagnostic.ruleId,
      diagnostic.line
    ])
    expect(rules).toContainEqual(['table-delimiter-mismatch', 52])
    expect(rules).toContainEqual(['table-excess-cells', 58])
    expect(rules).toContainEqual(['region-map-extra-column', 51])
  })

  it('should read a map of national rows alone as national (Azure China edition)', () => {
    const model = parse(
      fixture('corpus/2017-01-12_locations-providers_zh-cn_6341b894.md')
    )
    expect(model.regions.map((region) => [region.name, region.cloud])).toEqual([
      ['中国', 'national']
    ])
    expect(new Set(model.offerings.map((offering) => offering.cloud))).toEqual(
      new Set(['china'])
    )
  })

  it('should restore Cologix, Equinix at Osaka and the China cloud upstream', () => {
    expect(
      offeringsOf(upstream, 'cologix').map((offering) => [
        offering.location,
        offering.comingSoon,
        offering.azure
      ])
    ).toEqual([
      ['montreal', true, 'coming-soon'],
      ['toronto', true, 'coming-soon']
    ])
    expect(
      offeringsOf(upstream, 'equinix').some(
        (offering) => offering.location === 'osaka'
      )
    ).toBe(true)
    expect(
      offeringsOf(published, 'equinix').some(
        (offering) => offering.location === 'osaka'
      )
    ).toBe(false)
    expect(
      upstream.offerings
        .filter((offering) => offering.cloud === 'china')
        .map((offering) => [
          offering.provider,
          offering.location,
          offering.comingSoon
        ])
    ).toEqual([
      ['china-telecom', 'beijing', false],
      ['china-telecom', 'shanghai', true]
    ])
    expect(
      published.offerings.filter((offering) => offering.cloud === 'china')
    ).toEqual([])
  })

  it('should read the `+` legend into the footnotes', () => {
    expect(published.meta.footnotes).toEqual({'+': 'coming soon'})
  })
})

describe('system integrators on several continents', () => {
  it('should read `Asia, Europe, US` as three continents', () => {
    const model = parse(
      '| System integrator | Continent |\n| --- | --- |\n| **[Avanade Inc.](http://www.avanade.com/)** | Asia, Europe, US |\n'
    )
    expect(
      model.systemIntegrators.map((integrator) => integrator.continent)
    ).toEqual(['Asia', 'Europe', 'US'])
  })
})
