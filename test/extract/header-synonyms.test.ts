import {readFileSync, readdirSync} from 'node:fs'
import type {Heading, Root, Table} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cloudFromSectionPath} from '../../src/extract/cloud-from-section-path.js'
import {
  cloudFromSectionTitle,
  headerSynonyms
} from '../../src/extract/header-synonyms.js'
import {normalizeHeader} from '../../src/extract/normalize-header.js'
import {rolesFromHeader} from '../../src/extract/roles-from-header.js'
import {tableKindFromHeader} from '../../src/extract/table-kind-from-header.js'

const corpus = new URL('../../fixtures/corpus/', import.meta.url)
const seeds = new URL('../../fixtures/seeds/', import.meta.url)

describe('normalizeHeader', () => {
  it('should strip markup, case, spaces and a trailing colon', () => {
    expect(normalizeHeader('**Office  365**')).toBe('office 365')
    expect(normalizeHeader(' <strong>Local Azure Regions</strong>: ')).toBe(
      'local azure regions'
    )
    expect(normalizeHeader('**ExpressRoute 位置**|')).toBe('expressroute 位置')
    expect(normalizeHeader('**Emplacements d’homologation**')).toBe(
      "emplacements d'homologation"
    )
    expect(normalizeHeader('#### [China cloud](#tab/china-cloud)')).toBe(
      'china cloud'
    )
    expect(normalizeHeader('[China cloud](#tab/china-cloud)')).toBe(
      'china cloud'
    )
    expect(
      normalizeHeader(
        '<a name="partners"></a>ExpressRoute connectivity providers'
      )
    ).toBe('expressroute connectivity providers')
    expect(normalizeHeader('Libraries<br/>for Download')).toBe(
      'libraries for download'
    )
    expect(normalizeHeader('位置：')).toBe('位置')
    expect(normalizeHeader('')).toBe('')
  })

  it('should keep every synonym key equal to its own normalization', () => {
    for (const key of [
      ...Object.keys(headerSynonyms),
      ...Object.keys(cloudFromSectionTitle)
    ]) {
      expect(normalizeHeader(key)).toBe(key)
    }
  })
})

describe('rolesFromHeader', () => {
  it('should read the headers of every page form', () => {
    expect(
      rolesFromHeader([
        '**Geopolitical region**',
        '**Azure regions**',
        '**ExpressRoute locations**'
      ])
    ).toEqual(['geopoliticalRegion', 'azureRegions', 'locations'])
    expect(
      rolesFromHeader([
        ' **Service provider**  ',
        '**Windows Azure** ',
        ' **Office  365 and CRM Online** ',
        ' **Locations** '
      ])
    ).toEqual([
      'serviceProvider',
      'azureStatus',
      'office365Status',
      'locations'
    ])
    expect(
      rolesFromHeader([
        'Location',
        'Address',
        'Zone',
        'Local Azure regions',
        'ER Direct',
        'Service providers'
      ])
    ).toEqual([
      'location',
      'address',
      'zone',
      'localAzureRegions',
      'erDirect',
      'serviceProviders'
    ])
    expect(
      rolesFromHeader([
        'Service provider',
        'Microsoft Azure',
        'Microsoft 365',
        'Locations'
      ])
    ).toEqual([
      'serviceProvider',
      'azureStatus',
      'office365Status',
      'locations'
    ])
    expect(rolesFromHeader(['**Provider**'])).toEqual(['provider'])
    expect(rolesFromHeader(['Unknown', 'Exchange'])).toEqual([null, 'exchange'])
  })

  it('should take number from position where the language does not mark it', () => {
    expect(rolesFromHeader(['**位置**', '**服务提供商**'])).toEqual([
      'location',
      'serviceProviders'
    ])
    expect(
      rolesFromHeader([
        '**服务提供商**',
        '**Azure**',
        '**Office 365**',
        '**位置**'
      ])
    ).toEqual([
      'serviceProvider',
      'azureStatus',
      'office365Status',
      'locations'
    ])
    expect(rolesFromHeader(['**所在洲**', '**系统集成商**'])).toEqual([
      'continent',
      'systemIntegrators'
    ])
    expect(
      rolesFromHeader(['**位置**', '**Exchange**', '**连接提供商**'])
    ).toEqual(['location', 'exchange', 'connectivityProviders'])
  })
})

describe('tableKindFromHeader', () => {
  it('should tell every kind of the survey', () => {
    const kind = (...cells: string[]) =>
      tableKindFromHeader(rolesFromHeader(cells))
    expect(kind('地缘政治区域', 'Azure 区域', 'ExpressRoute 位置')).toBe(
      'region-map'
    )
    expect(
      kind(
        'Geopolitical region',
        'Zone',
        'Azure regions',
        'ExpressRoute locations'
      )
    ).toBe('region-map')
    expect(
      kind('Service provider', 'Microsoft Azure', 'Office 365', 'Locations')
    ).toBe('providers-by-provider')
    expect(kind('服务提供商', '位置')).toBe('providers-by-provider')
    expect(
      kind(
        'Service Provider',
        'Microsoft Azure Services',
        'Office 365 Services'
      )
    ).toBe('services-by-provider')
    expect(kind('Location', 'Service providers')).toBe('locations-by-location')
    expect(
      kind(
        'Location',
        'Peering Location Owner',
        'Local Azure Regions',
        'Service Providers'
      )
    ).toBe('locations-by-location')
    expect(kind('Connectivity provider', 'Exchange', 'Peering locations')).toBe(
      'exchanges'
    )
    expect(kind('Location', 'Exchange', 'Connectivity providers')).toBe(
      'exchanges'
    )
    expect(kind('System integrator', 'Continent')).toBe('system-integrators')
    expect(kind('Continent', 'System integrators')).toBe('system-integrators')
    expect(kind('Provider', 'Exchange')).toBe('datacenter-providers')
    expect(kind('Provider')).toBe('research-networks')
    expect(kind('Location', 'VMM server', 'VM networks', 'Mapped to')).toBe(
      'unknown'
    )
    expect(kind('Platform', 'Libraries')).toBe('unknown')
    expect(tableKindFromHeader([])).toBe('unknown')
  })
})

describe('cloudFromSectionPath', () => {
  it('should take the nearest title that states a cloud', () => {
    expect(
      cloudFromSectionPath([
        'ExpressRoute partners and peering locations',
        '<a name="partners"></a>ExpressRoute connectivity providers',
        'Global commercial Azure',
        '[A-C](#tab/a-c)'
      ])
    ).toBe('commercial')
    expect(
      cloudFromSectionPath([
        'Connectivity provider locations',
        'National cloud environments',
        'Germany'
      ])
    ).toBe('germany')
    expect(
      cloudFromSectionPath([
        'National cloud environment',
        '[US Government cloud](#tab/us-government-cloud)'
      ])
    ).toBe('us-government')
    expect(
      cloudFromSectionPath([
        '连接服务提供商位置',
        '国家/地区云环境',
        '美国政府云'
      ])
    ).toBe('us-government')
    expect(
      cloudFromSectionPath([
        'Azure regions to ExpressRoute locations within a geopolitical region.'
      ])
    ).toBe('commercial')
    expect(
      cloudFromSectionPath([
        'Regions and geopolitical boundaries for national clouds'
      ])
    ).toBe('national')
    expect(cloudFromSectionPath(['ExpressRoute system integrators'])).toBe(null)
    expect(cloudFromSectionPath(['constructor'])).toBe(null)
  })
})

describe('corpus', () => {
  const files = [
    ...readdirSync(seeds).map((name) => new URL(name, seeds)),
    ...readdirSync(corpus)
      // The Spanish, Italian and Portuguese versions are left to what
      // their tables hold: the synonyms do not hold their words, so that
      // those pages test reading without them (`translations.test.ts`).
      .filter(
        (name) =>
          name.endsWith('.md') &&
          name !== 'README.md' &&
          !/_(es|it|pt-br)_/.test(name)
      )
      .map((name) => new URL(name, corpus))
  ]

  it('should recognize every table of every ExpressRoute page in a language of the synonyms', () => {
    const unknown: string[] = []
    let count = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root
      const titles: string[] = []
      for (const node of tree.children) {
        if (node.type === 'heading') {
          titles.length = (node as Heading).depth - 1
          titles.push(
            text.slice(node.position!.start.offset, node.position!.end.offset)
          )
        }
        if (node.type !== 'table') continue
        const header = (node as Table).children[0]!.children.map((cell) =>
          text.slice(cell.position!.start.offset, cell.position!.end.offset)
        )
        const kind = tableKindFromHeader(rolesFromHeader(header))
        count++
        if (kind === 'unknown' && !file.pathname.includes('other-china')) {
          unknown.push(file.pathname + ': ' + header.join(' | '))
        }
      }
    }
    expect(unknown).toEqual([])
    expect(count).toBeGreaterThan(250)
  })
})
