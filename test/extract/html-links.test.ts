/**
 * HTML links in cells (issue 12 §6): the padded 2018 tables write a provider
 * as `<strong><a href="URL" data-raw-source="[Name](URL)">Name</a></strong>`;
 * the name and URL read from it are those of `**[Name](URL)**`.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {entryFromCell} from '../../src/extract/cell-entry.js'
import {facilitiesFromCell} from '../../src/extract/cell-facilities.js'
import {anchorFromHtml} from '../../src/extract/cell-html-anchor.js'
import {listFromCell} from '../../src/extract/cell-list.js'
import {parse} from '../../src/index.js'
import type {LocationsDocument} from '../../src/model.js'
import {allDocuments, fixture} from '../helpers.js'
import {cell} from './cell-of.js'
import {htmlLinkForm} from './html-link-form.js'

/** Name, URL and problem ids of a key cell. */
function key(text: string) {
  const entry = entryFromCell(cell(text))
  return (
    entry && {
      name: entry.name,
      url: entry.url,
      problems: entry.problems.map((d) => d.ruleId)
    }
  )
}

/** Names and URLs of a list cell. */
function list(text: string) {
  return listFromCell(cell(text))?.map(({name, url}) => ({name, url})) ?? null
}

/**
 * A model without what the HTML form moves: columns (cells are padded),
 * the hash, and the bold markup header cells are quoted with in messages.
 */
function facts(model: LocationsDocument): unknown {
  return JSON.parse(
    JSON.stringify(
      {...model, source: {...model.source, sha256: null}},
      (name, value: unknown) =>
        name === 'column'
          ? undefined
          : name === 'message' && typeof value === 'string'
            ? value.replace(/<\/?strong>|\*\*/g, '')
            : value
    )
  ) as unknown
}

/** The two English corpus pages of 2018, of which `fixtures/html-links/` holds the padded form. */
const pages2018 = [
  '2018-04-04_locations_en_a0d4355a',
  '2018-05-14_locations_en_63be7c66'
]

describe('HTML links on pages', () => {
  it('should hold the padded form of the 2018 corpus pages as fixtures', () => {
    for (const page of pages2018) {
      expect(fixture('html-links/' + page + '.padded.md')).toBe(
        htmlLinkForm(fixture('corpus/' + page + '.md'))
      )
    }
  })

  it('should read every linked provider and integrator of the padded 2018 pages with its URL', () => {
    // Before issue 12 §6: 1 of 100 providers with a URL (the `[GCX] (…)`
    // link the form leaves as Markdown), 0 of 22 integrators; 0 of 40 and 0
    // of 8. `fromHtml`: the records whose first row has an HTML link.
    const expected = {
      '2018-04-04_locations_en_a0d4355a': {
        providers: 100,
        linked: 79,
        integrators: 22,
        linkedIntegrators: 22,
        fromHtml: 100
      },
      '2018-05-14_locations_en_63be7c66': {
        providers: 40,
        linked: 20,
        integrators: 8,
        linkedIntegrators: 8,
        fromHtml: 28
      }
    }
    for (const page of pages2018) {
      const text = fixture('html-links/' + page + '.padded.md')
      const model = parse(text)
      const {fromHtml, ...counts} = expected[page as keyof typeof expected]
      expect({
        providers: model.providers.length,
        linked: model.providers.filter((d) => d.url).length,
        integrators: model.systemIntegrators.length,
        linkedIntegrators: model.systemIntegrators.filter((d) => d.url).length
      }).toEqual(counts)

      // Every record read from a row whose first cell is an HTML link has
      // that link's URL (a record is where its first row is), under a clean name.
      const lines = text.split('\n')
      let checked = 0
      for (const record of [...model.providers, ...model.systemIntegrators]) {
        expect(record.name).not.toMatch(/[<>]|strong|href/)
        const row = /^\|\s*<strong><a href="([^"]*)"/.exec(
          lines[record.source.line - 1] ?? ''
        )
        if (!row) continue
        checked++
        expect(record.url).toBe(row[1]!.replace(/&amp;/g, '&'))
      }

      expect(checked).toBe(fromHtml)
    }
  })

  it('should read every English page and seed in the HTML-link form as the same model', () => {
    // Every vintage and table kind (facilities, datacenter providers,
    // research networks, satellites); the translations hold the same
    // tables, and reading all of them would double the time (35 s).
    // Note: tables that hold comments (customization markers) are left out:
    // splitting their rows on `|` would cut the comments.
    const documents = allDocuments().filter(
      (name) =>
        (name.startsWith('seeds/') || name.includes('_en_')) &&
        !fixture(name)
          .split('\n')
          .some((line) => line.startsWith('|') && line.includes('<!--'))
    )
    expect(documents.length).toBeGreaterThan(25)
    for (const name of documents) {
      const text = fixture(name)
      expect(facts(parse(htmlLinkForm(text))), name).toEqual(facts(parse(text)))
    }
  }, 120_000)

  it('should report an unclosed `<a>` at its place, keeping the name', () => {
    const page = [
      '## <a name="locations"></a>Connectivity provider locations',
      '',
      '### Production Azure',
      '',
      '| **Service provider** | **Microsoft Azure** | **Office 365** | **Locations** |',
      '| --- | --- | --- | --- |',
      '| <strong><a href="https://www.aarnet.edu.au/">AARNet</strong> |Supported |Supported |Melbourne, Sydney |',
      ''
    ].join('\n')
    const model = parse(page)
    expect(model.providers.map(({name, url}) => ({name, url}))).toEqual([
      {name: 'AARNet', url: 'https://www.aarnet.edu.au/'}
    ])
    expect(
      model.diagnostics.filter((d) => d.ruleId === 'unclosed-html-link')
    ).toMatchObject([{severity: 'warning', line: 7, column: 11}])
  })
})

describe('anchorFromHtml', () => {
  it('should prefer `href`, and read `data-raw-source` only without one', () => {
    expect(
      anchorFromHtml('<a href="https://a/" data-raw-source="[A](https://b/)">')
    ).toEqual({type: 'open', url: 'https://a/'})
    expect(anchorFromHtml('<a data-raw-source="[A](https://b/)">')).toEqual({
      type: 'open',
      url: 'https://b/'
    })
    expect(
      anchorFromHtml('<a data-raw-source="**[A (x)](https://b/)**">')
    ).toEqual({type: 'open', url: 'https://b/'})
    expect(anchorFromHtml('<a data-raw-source="[A]()">')).toEqual({
      type: 'open',
      url: null
    })
    expect(anchorFromHtml('<a data-raw-source="A">')).toEqual({
      type: 'open',
      url: undefined
    })
  })

  it('should read an empty `href` as an empty link and keep a relative one', () => {
    expect(anchorFromHtml('<a href="">')).toEqual({type: 'open', url: null})
    expect(anchorFromHtml('<a href="  ">')).toEqual({type: 'open', url: null})
    expect(
      anchorFromHtml('<a href="" data-raw-source="[A](https://b/)">')
    ).toEqual({type: 'open', url: null})
    expect(
      anchorFromHtml('<a href=" expressroute-locations.md#locations ">')
    ).toEqual({
      type: 'open',
      url: 'expressroute-locations.md#locations'
    })
  })

  it('should read double, single and no quotes, in any case', () => {
    expect(anchorFromHtml("<a href='https://a/?b=1'>")).toEqual({
      type: 'open',
      url: 'https://a/?b=1'
    })
    expect(anchorFromHtml('<a href=https://a/>')).toEqual({
      type: 'open',
      url: 'https://a/'
    })
    expect(anchorFromHtml('<A HREF = "https://a/" TARGET=_blank>')).toEqual({
      type: 'open',
      url: 'https://a/'
    })
    expect(anchorFromHtml('<a title="x>y" href="https://a/">')).toEqual({
      type: 'open',
      url: 'https://a/'
    })
    expect(anchorFromHtml('<a href="https://a/" href="https://b/">')).toEqual({
      type: 'open',
      url: 'https://a/'
    })
    expect(anchorFromHtml('<a href="https://a/')).toEqual({
      type: 'open',
      url: 'https://a/'
    })
  })

  it('should decode character references in values', () => {
    expect(
      anchorFromHtml('<a href="https://a/?b=1&amp;c=2&#38;d=3&#x26;e=4">')
    ).toEqual({
      type: 'open',
      url: 'https://a/?b=1&c=2&d=3&e=4'
    })
    expect(
      anchorFromHtml('<a href="https://a/&constructor;&bogus;&#0;&#xD800;">')
    ).toEqual({
      type: 'open',
      url: 'https://a/&constructor;&bogus;&#0;&#xD800;'
    })
  })

  it('should tell anchors, closing tags and other tags apart', () => {
    expect(anchorFromHtml('<a name="partners">')).toEqual({
      type: 'open',
      url: undefined
    })
    expect(anchorFromHtml('<a>')).toEqual({type: 'open', url: undefined})
    expect(anchorFromHtml('</a>')).toEqual({type: 'close'})
    expect(anchorFromHtml('</A >')).toEqual({type: 'close'})
    expect(anchorFromHtml('<abbr title="x">')).toBeNull()
    expect(anchorFromHtml('<strong>')).toBeNull()
    expect(anchorFromHtml('<!-- <a href="x"> -->')).toBeNull()
  })
})

describe('HTML links in cells', () => {
  it('should read the padded 2018 form as the Markdown link it stands for', () => {
    const text =
      '<strong><a href="https://www.synaptic.att.com/clouduser/html/productdetail/ATT_NetBond.htm" data-raw-source="[AT&amp;T NetBond](https://www.synaptic.att.com/clouduser/html/productdetail/ATT_NetBond.htm)">AT&T NetBond</a></strong>'
    expect(
      fixture('html-links/2018-04-04_locations_en_a0d4355a.padded.md')
    ).toContain(text)
    expect(key(text)).toEqual({
      name: 'AT&T NetBond',
      url: 'https://www.synaptic.att.com/clouduser/html/productdetail/ATT_NetBond.htm',
      problems: []
    })
    expect(key('<strong>China Telecom Global</strong>')).toEqual({
      name: 'China Telecom Global',
      url: null,
      problems: []
    })
  })

  it('should link only what stands between `<a>` and `</a>`', () => {
    expect(list('<a href="https://a/">Equinix</a>, Megaport')).toEqual([
      {name: 'Equinix', url: 'https://a/'},
      {name: 'Megaport', url: null}
    ])
    expect(
      list('<a href="https://a/">A</a><br/><a href="https://b/">B</a>')
    ).toEqual([
      {name: 'A', url: 'https://a/'},
      {name: 'B', url: 'https://b/'}
    ])
    expect(key('**<a href="https://a/">A</a>**')).toEqual({
      name: 'A',
      url: 'https://a/',
      problems: []
    })
    expect(key('<a href="https://a/">**A**</a>')).toEqual({
      name: 'A',
      url: 'https://a/',
      problems: []
    })
  })

  it('should read an empty `href` as `[Name]()` is read', () => {
    expect(key('<a href="">GlobalConnect</a>')).toEqual(
      key('[GlobalConnect]()')
    )
    expect(key('<a href="">GlobalConnect</a>')).toEqual({
      name: 'GlobalConnect',
      url: null,
      problems: ['empty-link-url']
    })
    expect(key('<a href="expressroute-locations.md">A</a>')).toEqual(
      key('[A](expressroute-locations.md)')
    )
  })

  it('should read `<a name>` as no link', () => {
    expect(key('<a name="x"></a>Equinix')).toEqual({
      name: 'Equinix',
      url: null,
      problems: []
    })
    expect(key('<a name="x">Equinix</a>')).toEqual({
      name: 'Equinix',
      url: null,
      problems: []
    })
    expect(key('[Equinix <a name="x"></a>](https://e/)')).toEqual({
      name: 'Equinix',
      url: 'https://e/',
      problems: []
    })
  })

  it('should never drop the name of an unclosed `<a>`', () => {
    expect(key('<strong><a href="https://a/">AARNet</strong>')).toEqual({
      name: 'AARNet',
      url: 'https://a/',
      problems: ['unclosed-html-link']
    })
    // Up to the next `<a>`, or the end of the cell.
    const entries = listFromCell(
      cell('<a href="https://a/">A, <a href="https://b/">B</a>, C')
    )
    expect(
      entries?.map(({name, url, problems}) => ({
        name,
        url,
        problems: problems.map((d) => d.ruleId)
      }))
    ).toEqual([
      {name: 'A', url: 'https://a/', problems: ['unclosed-html-link']},
      {name: 'B', url: 'https://b/', problems: []},
      {name: 'C', url: null, problems: []}
    ])
    expect(key('<a href="https://a/">')).toBeNull()
    expect(key('A</a>')).toEqual({name: 'A', url: null, problems: []})
  })

  it('should read HTML links in address cells', () => {
    expect(
      facilitiesFromCell(
        cell(
          '<a href="https://e/dc2">Equinix DC2</a>, <a href="https://e/dc6">Equinix DC6</a>'
        )
      )
    ).toEqual([
      {name: 'Equinix DC2', url: 'https://e/dc2'},
      {name: 'Equinix DC6', url: 'https://e/dc6'}
    ])
    expect(
      facilitiesFromCell(
        cell(
          '<a href="https://c/1">Cologix MIN1</a> and <a href="https://c/3">Cologix MIN3</a>'
        )
      )
    ).toEqual([
      {name: 'Cologix MIN1', url: 'https://c/1'},
      {name: 'Cologix MIN3', url: 'https://c/3'}
    ])
  })

  it('should read `<a href="U">N</a>` as `[N](U)`, in bold or not', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.&'-]{0,8}$/)
    const name = fc
      .array(word, {minLength: 1, maxLength: 3})
      .map((words) => words.join(' '))
    const url = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9]{1,8}$/),
        fc.stringMatching(/^[a-z0-9/=&?.-]{0,12}$/)
      )
      .map(([host, path]) => 'https://' + host + '.example/' + path)
    const wrap = fc.constantFrom('none', 'strong', 'bold')
    const attributes = fc.constantFrom('href', 'both', 'single')

    fc.assert(
      fc.property(
        name,
        url,
        wrap,
        attributes,
        (name, url, wrap, attributes) => {
          const encoded = url.replace(/&/g, '&amp;')
          const html =
            attributes === 'single'
              ? "<a href='" + encoded + "'>" + name + '</a>'
              : '<a href="' +
                encoded +
                '"' +
                (attributes === 'both'
                  ? ' data-raw-source="[' +
                    name.replace(/&/g, '&amp;') +
                    '](' +
                    encoded +
                    ')"'
                  : '') +
                '>' +
                name +
                '</a>'
          const markdown = '[' + name + '](' + url + ')'
          const inBold = (text: string, strong: string) =>
            wrap === 'none'
              ? text
              : wrap === 'strong'
                ? '<strong>' + text + '</strong>'
                : strong
          const fromHtml = key(inBold(html, '**' + html + '**'))
          expect(fromHtml).toEqual(
            key(inBold(markdown, '**' + markdown + '**'))
          )
          expect(fromHtml).toEqual({
            name: name.replace(/\s+/g, ' '),
            url,
            problems: []
          })
        }
      ),
      {numRuns: 300}
    )
  })
})
