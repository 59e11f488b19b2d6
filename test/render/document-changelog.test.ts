import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse, renderChangelog, type Changelog, type DocumentPage, type LocationsDocument} from '../../src/index.js'
import {documentOf, offering, provider} from '../diff/builders.js'
import {fixture, fixturesDirectory} from '../helpers.js'

/** A version of one page of the global English docs, as `documentOf` builds it. */
function pageVersion(page: DocumentPage, date: string, fields: Partial<LocationsDocument> = {}): LocationsDocument {
  const model = documentOf({date, path: page + '@' + date + '.md', facets: ['offerings', 'providers'], ...fields})
  return {...model, source: {...model.source, document: {id: 'global/en/' + page, edition: 'global', language: 'en', page}}}
}

const english = [
  ...readdirSync(path.join(fixturesDirectory, 'seeds')).map((name) => 'seeds/' + name),
  ...readdirSync(path.join(fixturesDirectory, 'corpus')).filter((name) => /_en_.*\.md$/.test(name)).map((name) => 'corpus/' + name)
].map((name) => parse(fixture(name), {path: name}))

describe('renderChangelog, one history a document', () => {
  it('should never diff two documents, however their dates interleave', () => {
    const a1 = pageVersion('locations', '2020-01-01', {providers: [provider('equinix')], offerings: [offering('equinix', 'amsterdam')]})
    const b1 = pageVersion('locations-providers', '2020-02-01', {providers: [provider('megaport')], offerings: [offering('megaport', 'sydney')]})
    const a2 = pageVersion('locations', '2020-03-01', {providers: [provider('equinix')], offerings: [offering('equinix', 'amsterdam')]})
    const changelog = JSON.parse(renderChangelog([b1, a2, a1], {format: 'json'})) as Changelog
    expect(changelog.versions.map((version) => [version.from.path, version.to.path])).toEqual([['locations@2020-01-01.md', 'locations@2020-03-01.md']])
    expect(changelog.versions[0]?.changes).toEqual([])
  })

  it('should announce each provider of the English docs as new once, unless it left and came back', () => {
    for (const merge of [false, true]) {
      const changelog = JSON.parse(renderChangelog(english, {format: 'json', merge})) as Changelog
      for (const document of new Set(changelog.versions.map((version) => version.to.document))) {
        const versions = changelog.versions.filter((version) => version.to.document === document)
        const present = new Map<string, boolean>()
        for (const version of [...versions].reverse()) {
          for (const change of version.changes) {
            if (change.kind === 'provider.added') {
              expect(present.get(change.key), document + ' ' + version.to.date + ' ' + change.key).not.toBe(true)
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
      const changelog = JSON.parse(renderChangelog(english, {format: 'json', merge})) as Changelog
      const sections = changelog.versions.filter((version) => version.to.date === '2025-11-13')
      expect(sections.length, 'merge: ' + merge).toBe(1)
      const added = sections[0]?.changes.filter((change) => change.kind === 'provider.added').map((change) => change.key)
      expect(added).not.toContain('lumen')
      expect(added).not.toContain('centurylink')
    }
  })
})

describe('renderChangelog with merge', () => {
  it('should take a fact one page states and the other omits as stated, and a change of the docs as a change', () => {
    const byProvider = pageVersion('locations', '2020-01-01', {
      providers: [provider('equinix'), provider('megaport')],
      offerings: [offering('equinix', 'amsterdam'), offering('megaport', 'sydney', {azure: 'supported'})]
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
    const changelog = JSON.parse(renderChangelog([byLocation, byProviderLater, byProvider], {format: 'json', merge: true})) as Changelog
    expect(changelog.versions.map((version) => [version.from.date, version.to.date, version.to.document])).toEqual([
      ['2020-02-01', '2020-03-01', 'global/en'],
      ['2020-01-01', '2020-02-01', 'global/en']
    ])
    expect(changelog.versions[1]?.changes).toEqual([])
    expect(changelog.versions[0]?.changes.map((change) => [change.kind, change.key])).toEqual([
      ['provider.removed', 'megaport'],
      ['offering.removed', 'commercial/megaport/sydney']
    ])
  })

  it('should fill a field one page leaves unstated from the other, and let the newer page win a contradiction', () => {
    const statuses = pageVersion('locations', '2020-01-01', {offerings: [offering('equinix', 'amsterdam', {azure: 'supported', comingSoon: true})]})
    const plain = pageVersion('locations-providers', '2020-02-01', {offerings: [offering('equinix', 'amsterdam')]})
    const changelog = JSON.parse(renderChangelog([statuses, plain], {format: 'json', merge: true})) as Changelog
    // The newer by-location page says it is no longer coming soon; the status stays the older page's.
    expect(changelog.versions[0]?.changes).toEqual([
      expect.objectContaining({kind: 'offering.changed', fields: ['comingSoon'], after: expect.objectContaining({azure: 'supported', comingSoon: false})})
    ])
  })

  it('should write one merged history an edition and language, and leave a page it cannot tell alone', () => {
    const markdown = renderChangelog(english, {merge: true})
    expect(markdown.match(/^## .*$/gm)).toEqual(['## china/en', '## global/en'])
    expect(markdown).toMatch(/^The global docs in `en`, pages `locations` and `locations-providers` merged: .* States: \d+\.$/m)
  })

  it('should refuse a merge that is not a boolean', () => {
    expect(() => renderChangelog(english, {merge: 'yes' as unknown as boolean})).toThrow(new TypeError('Unexpected `merge` `yes`, expected `true` or `false`'))
  })
})
