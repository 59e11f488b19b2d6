/**
 * The report's renderer: what the page holds, byte-stable, every text
 * escaped; the data the page's script reads; a dropped page compared.
 */

import {createHash} from 'node:crypto'
import {beforeAll, describe, expect, it} from 'vitest'
import type {LocationsDocument} from '../../src/model.js'
import {
  dropReport,
  dropStatus,
  escapeHtml,
  inlineHtml,
  inlineRuns,
  renderReport,
  reportModel,
  scriptCode,
  scriptJson,
  timeSpan,
  type ReportData,
  type ReportModel
} from '../../src/render/index.js'
import {parse} from '../../src/index.js'
import {aliasSpellings} from '../../src/render/report-aliases.js'
import {fixture} from '../helpers.js'
import {globalEnglish} from './report-fixtures.js'

let documents: LocationsDocument[] = []
let html = ''
let model: ReportModel

beforeAll(() => {
  documents = globalEnglish()
  html = renderReport(documents, {script: 'void 0'})
  model = reportModel(documents)
}, 60_000)

/** The JSON of a data element of a page. */
function dataOf(page: string, id: string): unknown {
  const start = '<script type="application/json" id="' + id + '">'
  const from = page.indexOf(start) + start.length
  return JSON.parse(page.slice(from, page.indexOf('</script>', from)))
}

describe('renderReport', () => {
  it('should draw one chart point per version in every line', () => {
    const versions = model.history.versions.length
    expect(versions).toBe(28)
    const series = [
      ...html.matchAll(/<g class="series" data-series="([^"]+)"/g)
    ]
    expect(series.map((match) => match[1])).toEqual([
      'locations/commercial',
      'locations/us-government',
      'locations/china',
      'locations/germany',
      'providers/all',
      'providers/commercial',
      'providers/us-government',
      'providers/china',
      'providers/germany',
      'offerings/commercial',
      'offerings/us-government',
      'offerings/china',
      'offerings/germany'
    ])
    for (const group of html.split('<g class="series"').slice(1)) {
      const body = group.slice(0, group.indexOf('</g>'))
      const points = [
        ...body.matchAll(/<circle class="point" data-version="(\d+)"/g)
      ]
      expect(points.map((match) => Number(match[1]))).toEqual(
        Array.from({length: versions}, (_, index) => index)
      )
    }
  })

  it('should count, in the newest version, what the history still states', () => {
    const stated = model.history.facts.filter(
      (fact) =>
        fact.kind === 'location' &&
        fact.cloud === 'commercial' &&
        fact.intervals.at(-1)?.to === null
    ).length
    expect(html).toContain('Commercial (' + stated + ')</text>')
  })

  it('should be byte-stable: the same versions in another order give the same bytes', () => {
    expect(renderReport([...documents].reverse(), {script: 'void 0'})).toBe(
      html
    )
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/)
  })

  it('should allow only its own inline style and script (a policy with their hashes)', () => {
    const policy =
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    const hash = (text: string) =>
      "'sha256-" + createHash('sha256').update(text).digest('base64') + "'"
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(policy).toBe(
      escapeHtml(
        "default-src 'none'; style-src " +
          hash(style) +
          '; script-src ' +
          hash('void 0') +
          "; img-src data:; base-uri 'none'; form-action 'none'"
      )
    )
    expect(html).toContain('<script>void 0</script>')
    // No script: no script allowed, the static parts only.
    const quiet = renderReport(documents.slice(0, 2))
    expect(quiet.includes("script-src 'none'")).toBe(true)
    expect(quiet.includes('<script>')).toBe(false)
  })

  it('should list every location and provider with its first and last seen dates', () => {
    const rows = [...html.matchAll(/<tr data-entity="([^"]+)"/g)]
    expect(rows.length).toBe(model.entities.length)
    const megaport = model.entities.find(
      (entity) => entity.id === 'provider:megaport'
    )
    expect(megaport).toBeDefined()
    const row = html.slice(html.indexOf('<tr data-entity="provider:megaport"'))
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(
      'data-first="' + model.history.versions[megaport?.first ?? 0]?.date + '"'
    )
  })

  it('should search the alias spellings of a name too (`Level3`, as the CLI resolves it)', () => {
    const row = html.slice(
      html.indexOf('<tr data-entity="provider:level-3-communications"')
    )
    const search = /data-search="([^"]*)"/.exec(row)?.[1] ?? ''
    expect(search.split(' ')).toContain('level3')
    expect(
      aliasSpellings('provider', 'level-3-communications', [
        'Level 3 Communications'
      ])
    ).toEqual(expect.arrayContaining(['Level3', 'Level 3']))
    // A spelling that is one of its names is not repeated.
    expect(
      aliasSpellings('provider', 'level-3-communications', ['Level3'])
    ).not.toContain('Level3')
    expect(aliasSpellings('location', 'sydney', [])).toContain('Sídney')
    expect(aliasSpellings('provider', 'no-such-provider', [])).toEqual([])
  })

  it('should draw the time axis from the oldest date to the newest, whatever the order of the versions', () => {
    const day = (date: string) => Date.parse(date + 'T00:00:00Z') / 86_400_000
    // Commit order, a revert: the newest version is not the latest date.
    expect(timeSpan(['2016-03-31', '2018-01-01', '2016-07-28'])).toEqual({
      start: day('2016-03-31'),
      end: day('2018-01-01')
    })
    expect(timeSpan(['2016-07-28', '2016-03-31'])).toEqual({
      start: day('2016-03-31'),
      end: day('2016-07-28')
    })
    expect(timeSpan(['2016-03-31'])).toEqual({
      start: day('2016-03-31') - 180,
      end: day('2016-03-31') + 180
    })
    expect(timeSpan([])).toEqual({start: 0, end: 1})
    const page = renderReport(reverted(), {order: 'given'})
    const xs = [...page.matchAll(/<circle class="point"[^>]* cx="([\d.]+)"/g)]
    expect(xs.length).toBeGreaterThan(0)
    for (const [, x] of xs) {
      expect(Number(x)).toBeGreaterThanOrEqual(58)
      expect(Number(x)).toBeLessThanOrEqual(960 - 190)
    }
  })

  it('should render the changelog, newest first, with the changelog’s sentences', () => {
    const first = html.indexOf('<details id="version-27" open>')
    expect(first).toBeGreaterThan(0)
    expect(html.indexOf('<details id="version-26">')).toBeGreaterThan(first)
    expect(html).toContain(
      '<li><strong>Megaport</strong> now offers ExpressRoute at Omaha.</li>'
    )
  })
})

/** Three versions in commit order, the last a revert to the first: dates do not grow. */
function reverted(): LocationsDocument[] {
  const [a, b] = [
    'corpus/2016-03-31_locations_en_1d58cc77.md',
    'corpus/2016-07-28_locations_en_db868d3a.md'
  ].map((name) => parse(fixture(name), {path: name})) as [
    LocationsDocument,
    LocationsDocument
  ]
  return [b, a]
}

describe('reportModel', () => {
  it('should join each entity to the changelog sentences that touched it (an offering touches its provider and its location)', () => {
    const sentences = model.data.sentences
    const omaha = sentences['location:commercial/omaha'] ?? []
    const megaport = sentences['provider:megaport'] ?? []
    const said = '**Megaport** now offers ExpressRoute at Omaha.'
    expect(omaha.map(([, , text]) => text)).toContain(said)
    expect(megaport.map(([, , text]) => text)).toContain(said)
    // A provider's sentence names only its own offerings' places.
    const equinix = (sentences['location:commercial/melbourne2'] ?? []).map(
      ([, , text]) => text
    )
    expect(equinix).toContain(
      '**Equinix** now offers ExpressRoute at Melbourne2.'
    )
    // Versions are indexes of `versions`, sections 0–2.
    for (const list of Object.values(sentences)) {
      for (const [version, section] of list) {
        expect(version).toBeGreaterThan(0)
        expect(version).toBeLessThan(model.data.versions.length)
        expect([0, 1, 2]).toContain(section)
      }
    }
  })

  it('should give a location only what a region change changed of it', () => {
    const sentences = model.data.sentences
    const texts = (id: string, version: number) =>
      (sentences[id] ?? [])
        .filter(([at]) => at === version)
        .map(([, , text]) => text)
    // Version 13 adds many locations to Europe: each is told of itself only.
    const version = model.changelog.findIndex((entry) =>
      entry.sentences.changed.some(
        (text) =>
          text.startsWith('Geopolitical region **Europe** now includes') &&
          text.includes('Zurich') &&
          text.includes('Marseille')
      )
    )
    expect(version).toBeGreaterThan(0)
    const at = (model.changelog[version] as {version: number}).version
    expect(texts('location:commercial/zurich', at)).toContain(
      'Geopolitical region **Europe** now includes peering location Zurich.'
    )
    expect(texts('location:commercial/marseille', at)).toContain(
      'Geopolitical region **Europe** now includes peering location Marseille.'
    )
    // Every membership sentence of a location names it alone.
    for (const [id, list] of Object.entries(sentences)) {
      const names =
        model.data.entities.find((entity) => entity.id === id)?.names ?? []
      for (const [, , text] of list) {
        if (!/^(Geopolitical|National cloud) region .* includes/.test(text))
          continue
        expect(
          names.some((name) =>
            text.endsWith(' includes peering location ' + name + '.')
          ),
          id + ': ' + text
        ).toBe(true)
      }
    }
  })

  it('should hold the view the versions were read in', () => {
    expect(model.data.view).toBe('published')
    expect(
      reportModel(reverted(), {order: 'given', view: 'upstream'}).data.view
    ).toBe('upstream')
    // Else the view of the newest version.
    const upstream = reverted().map((document) => ({
      ...document,
      view: 'upstream' as const
    }))
    expect(reportModel(upstream, {order: 'given'}).data.view).toBe('upstream')
  })

  it('should keep every interval with its state', () => {
    const data: ReportData = model.data
    for (const entity of [...data.entities, ...data.offerings]) {
      expect(entity.intervals.length).toBeGreaterThan(0)
      for (const [from, to, state] of entity.intervals) {
        expect(to === null || to >= from).toBe(true)
        expect(data.states[state]).toBeDefined()
      }
    }

    expect(data.states.map((state) => state.label)).toContain('coming soon')
  })

  it('should hold the newest version of each page', () => {
    expect(model.newest.map((document) => document.source.path)).toEqual([
      'fixtures/corpus/2025-11-09_locations_en_e2cf533b.md',
      'fixtures/corpus/2026-09-16_locations-providers_en_3936ee4e.md'
    ])
  })
})

describe('escaping', () => {
  const evil = '<img src=x onerror=alert(1)>'
  const breakout = '</script><script>alert(2)</script><!-- Sydney'

  /** Two versions in which Megaport and Sydney carry hostile names. */
  function hostile(): LocationsDocument[] {
    return [
      'corpus/2016-03-31_locations_en_1d58cc77.md',
      'corpus/2016-07-28_locations_en_db868d3a.md'
    ].map((name) => {
      const document = parse(fixture(name), {path: name})
      return {
        ...document,
        providers: document.providers.map((provider) =>
          provider.id === 'megaport' ? {...provider, name: evil} : provider
        ),
        locations: document.locations.map((location) =>
          location.id === 'sydney' ? {...location, name: breakout} : location
        )
      }
    })
  }

  it('should escape names from pages in text, attributes, sentences and JSON', () => {
    const page = renderReport(hostile(), {
      script: 'console.log("</script><!--")'
    })
    // Nothing breaks out: three script elements, each closed once.
    expect(page.match(/<script/g)?.length).toBe(3)
    expect(page.match(/<\/script>/g)?.length).toBe(3)
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<!--')
    expect(page).toContain(
      '<button type="button" class="entity" aria-controls="timeline" data-entity="provider:megaport">' +
        escapeHtml(evil) +
        '</button>'
    )
    // The changelog sentence with the name in bold.
    expect(page).toContain(
      '<strong>' + escapeHtml(evil) + '</strong> now offers'
    )
    // The data the script reads gives the names back.
    const data = dataOf(page, 'report-data') as ReportData
    expect(data.entities.map((entity) => entity.name)).toEqual(
      expect.arrayContaining([evil, breakout])
    )
    expect(JSON.stringify(dataOf(page, 'report-newest'))).toContain(breakout)
  })

  it('should write a script that cannot end its element and means the same', () => {
    const code = 'globalThis.said = ["</script>", "</SCRIPT >", "<!--"]'
    const inline = scriptCode(code)
    expect(inline).not.toMatch(/<\/script|<!--/i)
    const scope: {said?: string[]} = {}
    new Function('globalThis', inline)(scope)
    expect(scope.said).toEqual(['</script>', '</SCRIPT >', '<!--'])
  })

  it('should write JSON without `<`, read back the same', () => {
    const value = {name: '</script><!-- & \u2028 >'}
    const text = scriptJson(value)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(value)
  })
})

describe('inline Markdown of sentences', () => {
  it('should read bold, code, autolinks and escapes', () => {
    expect(
      inlineRuns(
        '**A\\*B** has `x<y>` at <https://example.com/a?b=1&c> \\<b\\>.'
      )
    ).toEqual([
      {text: 'A*B', strong: true},
      {text: ' has '},
      {text: 'x<y>', code: true},
      {text: ' at '},
      {
        text: 'https://example.com/a?b=1&c',
        href: 'https://example.com/a?b=1&c'
      },
      {text: ' <b>.'}
    ])
  })

  it('should link only http and https, and escape all text', () => {
    expect(inlineHtml('<javascript:alert(1)> **\\<i\\>**')).toBe(
      '&lt;javascript:alert(1)&gt; <strong>&lt;i&gt;</strong>'
    )
    expect(inlineHtml('<https://a.example/"x>')).toBe(
      '<a href="https://a.example/&quot;x">https://a.example/&quot;x</a>'
    )
  })
})

describe('dropReport', () => {
  it('should compare a dropped page with the newest version of its document', () => {
    const older = parse(
      fixture('corpus/2024-09-22_locations-providers_en_42f83287.md'),
      {path: 'dropped.md'}
    )
    const report = dropReport(older, model.newest)
    expect(report.sameDocument).toBe(true)
    expect(report.base?.path).toBe(
      'fixtures/corpus/2026-09-16_locations-providers_en_3936ee4e.md'
    )
    expect(report.summary).toMatchObject({
      path: 'dropped.md',
      document: 'global/en/locations-providers',
      date: '2024-09-22',
      page: 'by-location'
    })
    expect(report.changes).toBeGreaterThan(0)
    expect(report.sentences.removed.length).toBeGreaterThan(0)
  })

  it('should find no change in the newest version itself', () => {
    const report = dropReport(
      model.newest[1] as LocationsDocument,
      model.newest
    )
    expect(report.changes).toBe(0)
    expect(report.sentences).toEqual({added: [], removed: [], changed: []})
  })

  it('should not compare a file that states no table (empty, binary, another page)', () => {
    for (const [name, text] of [
      ['empty.md', ''],
      ['binary.png', '\u0089PNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR'],
      ['other.md', '# Something else\n\nA page about something else.\n']
    ] as const) {
      const dropped = parse(text, {path: name})
      expect(dropped.facets).toEqual([])
      const report = dropReport(dropped, model.newest)
      expect(report).toMatchObject({
        isPage: false,
        base: null,
        changes: 0,
        sentences: {added: [], removed: [], changed: []}
      })
      expect(report.summary.path).toBe(name)
      expect(dropStatus(name, report)).toBe(
        name +
          ' is not a version of an ExpressRoute locations page (it states no table this report reads).'
      )
    }

    expect(dropStatus('x.bin', null)).toBe(
      'x.bin is not a version of an ExpressRoute locations page (it is not UTF-8 text).'
    )
    const page = dropReport(model.newest[1] as LocationsDocument, model.newest)
    expect(page.isPage).toBe(true)
    expect(dropStatus('page.md', page)).toBe(
      'Read page.md: 0 changes from the newest version of global/en/locations-providers.'
    )
  })

  it('should compare a page of another document with the newest version of any page', () => {
    const china = parse(fixture('seeds/000_c20a30ffbdf1b6d4.txt'))
    const report = dropReport(china, model.newest)
    expect(report.sameDocument).toBe(false)
    expect(report.base?.document).toBe('global/en/locations-providers')
  })
})
