import {describe, expect, it} from 'vitest'
import {
  changelogSchema,
  renderChangelog,
  renderDiff
} from '../../src/render/index.js'
import type {Change} from '../../src/diff/index.js'
import type {Exchange, LocationsDocument} from '../../src/model.js'
import {sentencesFromChanges} from '../../src/render/sentences-from-changes.js'
import {shuffled} from '../diff/arbitraries.js'
import {documentOf, location, exchange} from '../diff/builders.js'
import {after, before} from './catalogue.js'
import {december2015, january2020, march2015} from './history.js'
import {validateJsonSchema} from './validate-json-schema.js'

describe('renderChangelog, Markdown', () => {
  it('should write a Keep a Changelog history, newest first', () => {
    expect(renderChangelog([march2015, december2015, january2020]))
      .toMatchInlineSnapshot(`
      "# Changelog

      ## global/en/locations-providers

      Versions of the by-location page (\`expressroute-locations-providers.md\`) of the global docs, in \`en\`: 3.

      ### 2020-01-17 (compared with 2015-12-02)

      #### Added

      - New peering location **Auckland** (zone 2).
      - New peering location **Dubai2** (zone 3).
      - New peering location **Perth** (zone 2).
      - New peering location **Zurich** (zone 1, Interxion ZUR2, local region Switzerland North, ExpressRoute Direct 10G).
      - New connectivity provider **Megaport**.
      - **Megaport** now offers ExpressRoute at Auckland, Dubai2 and Perth.
      - New geopolitical region **Australia** with Azure region Australia East and peering locations Auckland and Perth.
      - New geopolitical region **Middle East** with peering location Dubai2.
      - New system integrator **Avanade Inc.** (Europe and North America).

      #### Removed

      - **Orange** no longer offers ExpressRoute at Hong Kong SAR and Singapore.

      #### Changed

      - **Toronto** is no longer marked coming soon.
      - **Cologix**: Toronto is no longer marked coming soon.
      - **Hong Kong** is now called **Hong Kong SAR**.
      - **Equinix**: Azure at Washington DC is now supported (was coming soon).
      - Exchange listing at **Amsterdam** now includes connectivity provider Megaport.
      - Geopolitical region **Canada** now includes Azure region Canada East.
      - Geopolitical region **Europe** now includes peering location Zurich.

      ### 2015-12-02 (compared with 2015-03-31)

      #### Added

      - New peering location **Montreal** (coming soon).
      - New peering location **Toronto** (coming soon).
      - New geopolitical region **Canada** with Azure region Canada Central and peering locations Montreal and Toronto.
      "
    `)
  })
})

describe('renderDiff, Markdown', () => {
  it('should word every kind of change', () => {
    expect(renderDiff(before, after)).toMatchInlineSnapshot(`
      "# Changelog

      ## 2024-07-31 (compared with 2023-02-01)

      ### Added

      - New peering location **Tokyo3** (coming soon).
      - **AT&T NetBond** now offers ExpressRoute at Phoenix in Azure US Government.
      - **Equinix** will soon offer ExpressRoute at Tokyo3.
      - New exchange listing at **Frankfurt** (exchange de-cix; connectivity provider Arelion).
      - System integrator **Avanade Inc.** is now also listed for North America.
      - New satellite operator **Viasat**.
      - New datacenter provider **Equinix** (exchanges ams-ix and de-cix).
      - New research network **AARNet** (through GÉANT).

      ### Removed

      - Peering location **Berlin** in Azure Germany was removed.
      - Connectivity provider **Cologix** was removed.
      - **Cologix** no longer offers ExpressRoute at Montreal and Toronto.
      - Geopolitical region **Antarctica** was removed.
      - Exchange listing at **Berlin** (Azure Germany) was removed.
      - System integrator **Avanade Inc.** is no longer listed for Asia.
      - System integrator **Inframon** (Asia and Europe) was removed.
      - Satellite operator **SES** was removed.
      - Datacenter provider **CoreSite** was removed.
      - Research network **RENATER** was removed.

      ### Changed

      - **Dallas** (Azure US Government) is no longer marked coming soon.
      - **Sao Paulo** is now marked coming soon.
      - **AT&T NetBond**: Dallas in Azure US Government is no longer marked coming soon.
      - **Equinix**: London is now marked coming soon.
      - Geopolitical region **Asia** is now called **Asia Pacific**.
      - **Digital Realty** is now called **Digital Realty (Interxion)**.
      - **Intelsat** is now called **Intelsat S.A.**
      - **Nelite** is now called **Exakis Nelite**.
      - **Telia Carrier** is now called **Arelion**.
      - **Equinix**: Office 365 at London and Tokyo is now supported (was not supported).
      - **Amsterdam**: zone is now 2 (was 1).
      - **Amsterdam**: the links of its facilities changed.
      - **Amsterdam** now has local Azure region North Europe.
      - **Amsterdam** no longer offers ExpressRoute Direct.
      - **Frankfurt** no longer lists facility Interxion FRA11.
      - **Frankfurt** now lists facility Digital Realty FRA1.
      - **Frankfurt** now has local Azure region Germany West Central.
      - **Frankfurt** now offers ExpressRoute Direct at 100G.
      - **GARR** now connects through SURF (was GÉANT).
      - **Los Angeles\\***: ExpressRoute Direct speeds are now 10G and 100G (were 10G).
      - **Sao Paulo**: ExpressRoute Direct speeds are no longer listed (were 10G and 100G).
      - **Vienna**: ExpressRoute Direct speeds are now listed: 10G.
      - **Equinix**: link is now <https://www.equinix.com/> (was <http://www.equinix.com/>).
      - **Exakis Nelite**: link is now <https://nelite> (was <http://old.nelite>).
      - Exchange listing at **Amsterdam** no longer includes exchange nl-ix and connectivity provider Cologix.
      - Exchange listing at **Amsterdam** now includes exchange de-cix and connectivity provider AT&T NetBond.
      - Geopolitical region **Asia Pacific** no longer includes Azure region Southeast Asia.
      - **Digital Realty (Interxion)** no longer connects to exchange ams-ix.
      - **Digital Realty (Interxion)** now connects to exchange de-cix.
      "
    `)
  })
})

describe('renderChangelog, order', () => {
  it('should order documents by date, whatever order they come in', () => {
    expect(renderChangelog([january2020, march2015, december2015])).toBe(
      renderChangelog([march2015, december2015, january2020])
    )
  })

  it('should order documents of one date by path', () => {
    const a = documentOf({date: '2020-01-20', path: 'a.md'})
    const b = documentOf({
      date: '2020-01-20',
      path: 'b.md',
      locations: [location('zurich')]
    })
    const json = JSON.parse(renderChangelog([b, a], {format: 'json'}))
    expect(json.versions[0].from.path).toBe('a.md')
    expect(json.versions[0].to.path).toBe('b.md')
    expect(renderChangelog([b, a])).toMatchInlineSnapshot(`
      "# Changelog

      ## global/en/locations-providers

      Versions of the by-location page (\`expressroute-locations-providers.md\`) of the global docs, in \`en\`: 2.

      ### 2020-01-20, b.md (compared with 2020-01-20, a.md)

      #### Added

      - New peering location **Zurich**.
      "
    `)
  })

  it('should throw an error naming a document without a date', () => {
    expect(() =>
      renderChangelog([
        march2015,
        documentOf({date: null, path: 'corpus/undated.md'})
      ])
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: Cannot place \`corpus/undated.md\` in the changelog: it has no date (\`ms.date\` is missing or unreadable)]`
    )
    expect(() =>
      renderChangelog([documentOf({date: null, path: null})])
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: Cannot place a document without a path in the changelog: it has no date (\`ms.date\` is missing or unreadable)]`
    )
  })

  it('should say "No changes." for a pair without changes', () => {
    const later = {
      ...january2020,
      meta: {...january2020.meta, date: '2020-05-05'}
    }
    expect(renderChangelog([january2020, later])).toMatchInlineSnapshot(`
      "# Changelog

      ## global/en/locations-providers

      Versions of the by-location page (\`expressroute-locations-providers.md\`) of the global docs, in \`en\`: 2.

      ### 2020-05-05 (compared with 2020-01-17)

      No changes.
      "
    `)
  })

  it('should say "No changes." when there is no document, and that one version has nothing to compare with', () => {
    expect(renderChangelog([])).toBe('# Changelog\n\nNo changes.\n')
    expect(renderChangelog([march2015])).toBe(
      '# Changelog\n\n## global/en/locations-providers\n\nVersion of the by-location page (`expressroute-locations-providers.md`) of the global docs, in `en`: 1.\n\nOne version: nothing to compare it with.\n'
    )
  })

  it('should give the same text for shuffled models', () => {
    const documents = [march2015, december2015, january2020]
    const expected = renderChangelog(documents)
    for (const seed of [1, 2, 3, 42]) {
      expect(
        renderChangelog(documents.map((document) => shuffled(document, seed)))
      ).toBe(expected)
      expect(
        renderDiff(shuffled(before, seed), shuffled(after, seed + 1))
      ).toBe(renderDiff(before, after))
    }
  })
})

describe('renderDiff', () => {
  it('should title a section with paths when a document has no date', () => {
    const older = documentOf({date: null, path: 'old.md'})
    const newer = documentOf({
      date: null,
      path: 'new.md',
      locations: [location('zurich')]
    })
    expect(renderDiff(older, newer)).toMatchInlineSnapshot(`
      "# Changelog

      ## new.md (compared with old.md)

      ### Added

      - New peering location **Zurich**.
      "
    `)
  })

  it('should keep the order it is given', () => {
    expect(renderDiff(january2020, december2015)).toContain(
      '## 2015-12-02 (compared with 2020-01-17)'
    )
  })

  it('should say that a change happened when no other sentence can', () => {
    // Not a change `diff` makes (the exchanges did not change): a guard, so
    // that a change no sentence describes is still told, never dropped.
    const older = documentOf({
      locations: [location('amsterdam')],
      exchanges: [exchange('amsterdam', {exchanges: ['ams-ix']})]
    })
    const record = older.exchanges[0] as Exchange
    const change: Change = {
      kind: 'exchange.changed',
      key: 'commercial/amsterdam',
      before: record,
      after: record,
      fields: ['exchanges']
    }
    expect(sentencesFromChanges([change], older, older)).toEqual({
      added: [],
      removed: [],
      changed: ['**Amsterdam**: exchanges changed.']
    })
  })

  it('should write nothing twice', () => {
    for (const text of [
      renderDiff(before, after),
      renderChangelog([march2015, december2015, january2020])
    ]) {
      const items = text.split('\n').filter((line) => line.startsWith('- '))
      expect(new Set(items).size).toBe(items.length)
    }
  })
})

describe('JSON', () => {
  it('should write versions newest first, with dates, paths and changes', () => {
    const json = JSON.parse(
      renderChangelog([december2015, march2015, january2020], {format: 'json'})
    )
    expect(
      json.versions.map(
        (version: {
          from: {date: string}
          to: {date: string}
          changes: unknown[]
        }) => [version.from.date, version.to.date, version.changes.length]
      )
    ).toEqual([
      ['2015-12-02', '2020-01-17', 21],
      ['2015-03-31', '2015-12-02', 3]
    ])
  })

  it('should match the JSON Schema', () => {
    for (const text of [
      renderChangelog([march2015, december2015, january2020], {format: 'json'}),
      renderDiff(before, after, {format: 'json'}),
      renderDiff(documentOf({date: null, path: null}), documentOf(), {
        format: 'json'
      }),
      renderChangelog([], {format: 'json'})
    ]) {
      expect(validateJsonSchema(changelogSchema, JSON.parse(text))).toEqual([])
    }
  })

  it('should catch output that does not match the JSON Schema', () => {
    const json = JSON.parse(renderDiff(before, after, {format: 'json'}))
    json.versions[0].changes[0].kind = 'location.moved'
    delete json.versions[0].from.path
    expect(validateJsonSchema(changelogSchema, json).length).toBeGreaterThan(0)
  })

  it('should write keys in a stable order, whatever order records were built in', () => {
    const reversed = (document: LocationsDocument): LocationsDocument => ({
      ...document,
      locations: document.locations.map(
        (record) =>
          Object.fromEntries(Object.entries(record).reverse()) as typeof record
      )
    })
    expect(
      renderDiff(reversed(before), reversed(after), {format: 'json'})
    ).toBe(renderDiff(before, after, {format: 'json'}))
  })

  it('should pretty-print with a final newline', () => {
    expect(renderChangelog([], {format: 'json'})).toBe(
      '{\n  "versions": []\n}\n'
    )
  })
})
