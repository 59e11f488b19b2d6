import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  compareDocuments,
  type Disagreement
} from '../../src/diff/compare-documents.js'
import type {DocumentPage, LocationsDocument} from '../../src/index.js'
import {documentOf, offering, provider} from '../diff/builders.js'
import {root} from '../helpers.js'
import {runCli} from './run.js'

const byProvider = 'fixtures/corpus/2025-11-09_locations_en_e2cf533b.md'
const byLocation =
  'fixtures/corpus/2025-11-13_locations-providers_en_42ac1280.md'

function pageVersion(
  page: DocumentPage,
  fields: Parameters<typeof documentOf>[0]
): LocationsDocument {
  const model = documentOf({
    path: page + '.md',
    facets: ['offerings', 'providers'],
    ...fields
  })
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

describe('cli compare', () => {
  it('should report where the two newest English pages disagree, each at a raw line that states it', async () => {
    const result = await runCli([
      'compare',
      byProvider,
      byLocation,
      '--format',
      'json'
    ])
    expect(result.code).toBe(0)
    const {disagreements} = JSON.parse(result.stdout) as {
      disagreements: Disagreement[]
    }
    expect(disagreements.length).toBeGreaterThan(20)
    const lines = new Map(
      [byProvider, byLocation].map((name) => [
        name,
        readFileSync(path.join(root, name), 'utf8').split('\n')
      ])
    )
    for (const {stated, other, key} of disagreements) {
      expect(stated.path).not.toBe(other.path)
      // The offering's place is its cell: the provider's row (by provider) or the location's row (by location).
      const line =
        lines.get(stated.path as string)?.[(stated.source?.line ?? 0) - 1] ?? ''
      const [, providerId, locationId] = key.split('/')
      const words = (id = '') => id.split('-').filter((word) => word.length > 2)
      expect(
        [...words(providerId), ...words(locationId)].some((word) =>
          line.toLowerCase().includes(word)
        ),
        key + ': ' + line
      ).toBe(true)
      // Where the other page lists the provider in the same cloud, the place is one of those rows.
      if (
        other.source &&
        other.providerLocations &&
        other.providerLocations.length > 0
      ) {
        const otherLine =
          lines
            .get(other.path as string)
            ?.[other.source.line - 1]?.toLowerCase() ?? ''
        const named = [
          ...words(providerId),
          ...other.providerLocations.flatMap((id) => words(id))
        ]
        expect(
          named.some((word) => otherLine.includes(word)),
          key + ' (other): ' + otherLine.slice(0, 80)
        ).toBe(true)
      }
    }

    const text = await runCli(['compare', byProvider, byLocation])
    expect(text.stdout).toMatch(
      /warning +\*\*AT&T\*\* at Silicon Valley \(us-government\): stated by `fixtures\/corpus\/2025-11-13_locations-providers_en_42ac1280.md` line \d+, not by `fixtures\/corpus\/2025-11-09_locations_en_e2cf533b.md`, which does not list AT&T +page-omits-offering/
    )
    expect(
      text.stdout
        .split('\n')
        .filter((line) => /^\d+:\d+ +warning/.test(line.trim()))
    ).toHaveLength(disagreements.length)
  })

  it('should refuse pages that are not two pages of one edition and language', async () => {
    for (const argv of [
      ['compare', byProvider],
      [
        'compare',
        byProvider,
        'fixtures/corpus/2024-07-31_locations_en_f531a7ff.md'
      ]
    ]) {
      const result = await runCli(argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
    }
  })
})

describe('compareDocuments', () => {
  it('should find an omission, a status and a coming-soon disagreement, and take silence for no disagreement', () => {
    const first = pageVersion('locations', {
      date: '2020-01-01',
      providers: [provider('equinix'), provider('megaport')],
      offerings: [
        offering('equinix', 'amsterdam', {azure: 'supported'}),
        offering('equinix', 'london', {comingSoon: true}),
        offering('megaport', 'sydney', {azure: 'supported'})
      ]
    })
    const second = pageVersion('locations-providers', {
      date: '2020-01-02',
      providers: [provider('equinix')],
      offerings: [
        offering('equinix', 'amsterdam', {azure: 'not-supported'}),
        offering('equinix', 'london'),
        // A status the other page does not state is no disagreement.
        offering('megaport', 'sydney')
      ]
    })
    const older = pageVersion('locations-providers', {
      date: '2019-01-01',
      offerings: []
    })
    const found = compareDocuments([older, second, first])
    expect(
      found.map((item) => [
        item.kind,
        item.key,
        item.stated.path,
        item.other.path
      ])
    ).toEqual([
      [
        'status-differs',
        'commercial/equinix/amsterdam',
        'locations.md',
        'locations-providers.md'
      ],
      [
        'coming-soon-differs',
        'commercial/equinix/london',
        'locations.md',
        'locations-providers.md'
      ]
    ])

    const omitted = compareDocuments([
      first,
      pageVersion('locations-providers', {
        providers: [provider('megaport')],
        offerings: []
      })
    ])
    expect(
      omitted.map((item) => [item.kind, item.key, item.other.providerLocations])
    ).toEqual([
      ['offering-omitted', 'commercial/equinix/amsterdam', []],
      ['offering-omitted', 'commercial/equinix/london', []],
      ['offering-omitted', 'commercial/megaport/sydney', []]
    ])
  })
})
