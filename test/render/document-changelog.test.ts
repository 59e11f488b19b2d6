import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  parse,
  renderChangelog,
  type Changelog,
  type DocumentPage,
  type LocationsDocument
} from '../../src/index.js'
import {mergeModels} from '../../src/diff/merge-models.js'
import {documentOf, offering, provider, region} from '../diff/builders.js'
import {fixture, fixturesDirectory} from '../helpers.js'

/** A version of one page of the global English docs, as `documentOf` builds it. */
function pageVersion(
  page: DocumentPage,
  date: string,
  fields: Partial<LocationsDocument> = {}
): LocationsDocument {
  const model = documentOf({
    date,
    path: page + '@' + date + '.md',
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

const english = [
  ...readdirSync(path.join(fixturesDirectory, 'seeds')).map(
    (name) => 'seeds/' + name
  ),
  ...readdirSync(path.join(fixturesDirectory, 'corpus'))
    .filter((name) => /_en_.*\.md$/.test(name))
    .map((name) => 'corpus/' + name)
].map((name) => parse(fixture(name), {path: name}))

describe('renderChangelog, one history a document', () => {
  it('should never diff two documents, however their dates interleave', () => {
    const a1 = pageVersion('locations', '2020-01-01', {
      providers: [provider('equinix')],
      offerings: [offering('equinix', 'amsterdam')]
    })
    const b1 = pageVersion('locations-providers', '2020-02-01', {
      providers: [provider('megaport')],
      offerings: [offering('megaport', 'sydney')]
    })
    const a2 = pageVersion('locations', '2020-03-01', {
      providers: [provider('equinix')],
      offerings: [offering('equinix', 'amsterdam')]
    })
    const changelog = JSON.parse(
      renderChangelog([b1, a2, a1], {format: 'json'})
    ) as Changelog
    expect(
      changelog.versions.map((version) => [version.from.path, version.to.path])
    ).toEqual([['locations@2020-01-01.md', 'locations@2020-03-01.md']])
    expect(changelog.versions[0]?.changes).toEqual([])
  })

  it('should announce each provider of the English docs as new once, unless it left and came back', () => {
    for (const merge of [false, true]) {
      const changelog = JSON.parse(
        renderChangelog(english, {format: 'json', merge})
      ) as Changelog
      for (const document of new Set(
        changelog.versions.map((version) => version.to.document)
      )) {
        const versions = changelog.versions.filter(
          (version) => version.to.document === document
        )
        const present = new Map<string, boolean>()
        for (const version of [...versions].reverse()) {
          for (const change of version.changes) {
            if (change.kind === 'provider.added') {
              expect(
                present.get(change.key),
                document + ' ' + version.to.date + ' ' + change.key
              ).not.toBe(true)
              present.set(change.key, true)
            } else if (change.kind === 'provider.removed') {
              present.set(change.key, false)
            }
          }
        }
      }
    }
  })

  it('should no longer announce CenturyLink in 2025-11-13: the other page listed it for years', () => {
    for (const merge of [false, true]) {
      const changelog = JSON.parse(
        renderChangelog(english, {format: 'json', merge})
      ) as Changelog
      const sections = changelog.versions.filter(
        (version) => version.to.date === '2025-11-13'
      )
      expect(sections.length, 'merge: ' + merge).toBe(1)
      const added = sections[0]?.changes
        .filter((change) => change.kind === 'provider.added')
        .map((change) => change.key)
      expect(added).not.toContain('lumen')
      expect(added).not.toContain('centurylink')
    }
  })
})

describe('renderChangelog with merge', () => {
  it('should take a fact one page states and the other omits as stated, and a change of the docs as a change', () => {
    const byProvider = pageVersion('locations', '2020-01-01', {
      providers: [provider('equinix'), provider('megaport')],
      offerings: [
        offering('equinix', 'amsterdam'),
        offering('megaport', 'sydney', {azure: 'supported'})
      ]
    })
    // The by-location page omits Megaport at Sydney: no change of the docs.
    const byLocation = pageVersion('locations-providers', '2020-02-01', {
      providers: [provider('equinix')],
      offerings: [offering('equinix', 'amsterdam')]
    })
    // Then the by-provider page drops it too: now the docs no longer state it.
    const byProviderLater = pageVersion('locations', '2020-03-01', {
      providers: [provider('equinix')],
      offerings: [offering('equinix', 'amsterdam')]
    })
    const changelog = JSON.parse(
      renderChangelog([byLocation, byProviderLater, byProvider], {
        format: 'json',
        merge: true
      })
    ) as Changelog
    expect(
      changelog.versions.map((version) => [
        version.from.date,
        version.to.date,
        version.to.document
      ])
    ).toEqual([
      ['2020-02-01', '2020-03-01', 'global/en'],
      ['2020-01-01', '2020-02-01', 'global/en']
    ])
    expect(changelog.versions[1]?.changes).toEqual([])
    expect(
      changelog.versions[0]?.changes.map((change) => [change.kind, change.key])
    ).toEqual([
      ['provider.removed', 'megaport'],
      ['offering.removed', 'commercial/megaport/sydney']
    ])
  })

  it('should fill a field one page leaves unstated from the other, and never report a contradiction as a change', () => {
    const statuses = pageVersion('locations', '2020-01-01', {
      offerings: [
        offering('equinix', 'amsterdam', {azure: 'supported', comingSoon: true})
      ]
    })
    const plain = pageVersion('locations-providers', '2020-02-01', {
      offerings: [offering('equinix', 'amsterdam')]
    })
    const plainLater = pageVersion('locations-providers', '2020-03-01', {
      offerings: [offering('equinix', 'amsterdam')]
    })
    // The by-location page says it is not coming soon: it contradicts the
    // by-provider page, which wins at every date, so nothing changes.
    const changelog = JSON.parse(
      renderChangelog([statuses, plain, plainLater], {
        format: 'json',
        merge: true
      })
    ) as Changelog
    expect(changelog.versions.map((version) => version.changes)).toEqual([
      [],
      []
    ])
    // When the by-provider page itself changes, that is a change.
    const later = pageVersion('locations', '2020-04-01', {
      offerings: [offering('equinix', 'amsterdam', {azure: 'supported'})]
    })
    const changed = JSON.parse(
      renderChangelog([statuses, plain, later], {format: 'json', merge: true})
    ) as Changelog
    expect(changed.versions[0]?.changes).toEqual([
      expect.objectContaining({
        kind: 'offering.changed',
        fields: ['comingSoon'],
        after: expect.objectContaining({azure: 'supported', comingSoon: false})
      })
    ])
  })

  it('should rename nothing in the merged English history that no page renamed in its own', () => {
    const renames = (changelog: Changelog) => {
      const count = new Map<string, number>()
      for (const version of changelog.versions) {
        for (const change of version.changes)
          if (change.kind.endsWith('.renamed'))
            count.set(change.key, (count.get(change.key) ?? 0) + 1)
      }

      return count
    }

    const merged = renames(
      JSON.parse(
        renderChangelog(english, {format: 'json', merge: true})
      ) as Changelog
    )
    const own = renames(
      JSON.parse(renderChangelog(english, {format: 'json'})) as Changelog
    )
    expect(merged.size).toBeGreaterThan(0)
    for (const [key, count] of merged)
      expect(count, key).toBeLessThanOrEqual(own.get(key) ?? 0)
  })

  it('should list a location both pages map once, as the first page has it', () => {
    const withRegion = (
      page: DocumentPage,
      date: string,
      comingSoon: boolean
    ) =>
      pageVersion(page, date, {
        facets: ['regions'],
        regions: [region('us', {locations: [{location: 'dallas', comingSoon}]})]
      })
    const merged = mergeModels(
      [
        withRegion('locations', '2020-01-01', true),
        withRegion('locations-providers', '2020-01-02', false)
      ],
      {
        source: documentOf().source,
        view: 'published',
        meta: documentOf().meta
      }
    )
    expect(merged.regions[0]?.locations).toEqual([
      {location: 'dallas', comingSoon: true}
    ])
  })

  it('should write one merged history an edition and language, and leave a page it cannot tell alone', () => {
    const markdown = renderChangelog(english, {merge: true})
    expect(markdown.match(/^## .*$/gm)).toEqual(['## china/en', '## global/en'])
    expect(markdown).toMatch(
      /^The global docs in `en`, pages `locations` and `locations-providers` merged: .* States: \d+\.$/m
    )
  })

  it('should refuse a merge that is not a boolean', () => {
    expect(() =>
      renderChangelog(english, {merge: 'yes' as unknown as boolean})
    ).toThrow(
      new TypeError('Unexpected `merge` `yes`, expected `true` or `false`')
    )
  })
})
