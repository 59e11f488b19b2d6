import {describe, expect, it} from 'vitest'
import {blocksFromView} from '../../src/blocks/index.js'
import type {Table} from '../../src/blocks/index.js'
import {sourceMapFromOffsets} from '../../src/source/source-map.js'
import {blocksOf, messagesOf, tableTexts} from './blocks-of.js'

/** The only table of a text. */
function onlyTable(text: string): Table {
  const {tables} = blocksOf(text)
  expect(tables.length).toBe(1)
  return tables[0] as Table
}

describe('GFM tables', () => {
  it('should read cells with inline mdast and raw positions', () => {
    // Real lines: 2025-11-13, short delimiters `|--|`.
    const text = [
      '| Location | Address | Zone | Local Azure regions | ER Direct | Service providers |',
      '|--|--|--|--|--|--|',
      '| **Abu Dhabi** | Etisalat KDC | 3 | UAE Central | &check; | Etisalat UAE |',
      '| **Atlanta2** | [Digital Realty ATL14](https://www.digitalrealty.com/data-centers/americas/atlanta/atl14) | 1 | &cross; | &check; | Digital Realty<br/>Momentum Telecom |',
      ''
    ].join('\n')
    const blocks = blocksOf(text)
    const table = blocks.tables[0] as Table

    expect(table.recovered).toBe(false)
    expect(tableTexts(table)).toEqual([
      [
        'Location',
        'Address',
        'Zone',
        'Local Azure regions',
        'ER Direct',
        'Service providers'
      ],
      [
        '**Abu Dhabi**',
        'Etisalat KDC',
        '3',
        'UAE Central',
        '&check;',
        'Etisalat UAE'
      ],
      [
        '**Atlanta2**',
        '[Digital Realty ATL14](https://www.digitalrealty.com/data-centers/americas/atlanta/atl14)',
        '1',
        '&cross;',
        '&check;',
        'Digital Realty<br/>Momentum Telecom'
      ]
    ])
    const [name, address, , regions, , providers] = table.rows[1]?.cells ?? []
    expect(name?.children.map((node) => node.type)).toEqual(['strong'])
    expect(address?.children.map((node) => node.type)).toEqual(['link'])
    expect(providers?.children.map((node) => node.type)).toEqual([
      'text',
      'html',
      'text'
    ])
    // Character references are decoded in mdast, kept in `text`.
    expect(regions?.children).toMatchObject([{type: 'text', value: '✗'}])
    expect(table.position).toEqual({line: 1, column: 1, offset: 0})
    expect(table.rows[0]?.position).toMatchObject({line: 3, column: 1})
    expect(table.rows[0]?.cells[1]?.position).toMatchObject({
      line: 3,
      column: 19
    })
    expect(blocks.messages).toEqual([])
  })

  it('should read a row without a trailing pipe', () => {
    // Real lines: 2019-07-11 providers, `| **Atlanta** | Equinix| Crown Castle`.
    const table = onlyTable(
      [
        '| **Location** | **Exchange** | **Connectivity Providers** |',
        '| --- | --- | --- |',
        '| **Atlanta** | Equinix| Crown Castle',
        '| **Cape Town** | Teraco | MTN |',
        ''
      ].join('\n')
    )

    expect(tableTexts(table).slice(1)).toEqual([
      ['**Atlanta**', 'Equinix', 'Crown Castle'],
      ['**Cape Town**', 'Teraco', 'MTN']
    ])
  })

  it('should keep broken HTML, entities and code spans inside their cells', () => {
    // Real lines: 2025-11-13 Tokyo3 (`<br/NEC`), 2024-07-31 Equinix
    // (`Zurich</br>Zurich2</br></br>`), 2024-09-22 Dublin2
    // (`KPN<br/><br/>Megaport`), 2026-09-16 (code spans); `Los Angeles>br/>`
    // as the corpus README quotes it.
    const table = onlyTable(
      [
        '| Location | Address | Zone | Local Azure regions | ER Direct | Service providers |',
        '|--|--|--|--|--|--|',
        '| **Tokyo3** | [NEC](https://www.nec.com/en/global/solutions/cloud/inzai_datacenter.html) | 2 | Japan East | &check; | BBIX<br/NEC<br/>SCSK |',
        '| **Dublin2** | [Interxion DUB2](https://www.interxion.com/locations/europe/dublin) | 1 | North Europe | &check; | InterCloud<br/>Interxion (Digital Realty)<br/>KPN<br/><br/>Megaport<br/>NL-IX<br/>Orange |',
        '| **Zurich** | x | 1 | &cross; | &check; | Warsaw<br/>Zurich</br>Zurich2</br></br> **New ExpressRoute circuits are no longer supported with Equinix in Los Angeles. Create new circuits in Los Angeles2.* |',
        '| **Los Angeles** | x | 1 | &cross; | &check; | Equinix<br/>Los Angeles>br/>Megaport |',
        '| **London** | x | 1 | UK South | &check; | `AT&T NetBond`<br/>`Bezeq International` |',
        ''
      ].join('\n')
    )

    expect(table.rows.map((row) => row.cells.length)).toEqual([6, 6, 6, 6, 6])
    expect(table.rows.map((row) => row.cells[5]?.text)).toEqual([
      'BBIX<br/NEC<br/>SCSK',
      'InterCloud<br/>Interxion (Digital Realty)<br/>KPN<br/><br/>Megaport<br/>NL-IX<br/>Orange',
      'Warsaw<br/>Zurich</br>Zurich2</br></br> **New ExpressRoute circuits are no longer supported with Equinix in Los Angeles. Create new circuits in Los Angeles2.*',
      'Equinix<br/>Los Angeles>br/>Megaport',
      '`AT&T NetBond`<br/>`Bezeq International`'
    ])
    expect(table.rows[4]?.cells[5]?.children.map((node) => node.type)).toEqual([
      'inlineCode',
      'html',
      'inlineCode'
    ])
  })

  it('should keep escaped pipes inside a cell', () => {
    const table = onlyTable(
      '| Provider | Locations |\n|---|---|\n| **A \\| B** | Amsterdam |\n'
    )

    expect(tableTexts(table)[1]).toEqual(['**A \\| B**', 'Amsterdam'])
    expect(table.rows[0]?.cells[0]?.children).toMatchObject([
      {type: 'strong', children: [{type: 'text', value: 'A | B'}]}
    ])
  })

  it('should drop an empty excess cell from a trailing `||` and tell', () => {
    // Real lines: 2015-04-29 system integrators.
    const blocks = blocksOf(
      [
        '|**System Integrator**|**Continent**|',
        '|---|---|',
        '|**[Nimbo](http://www.nimbo.com/)**|US||',
        '|**[Dotnet Solutions](http://www.dotnetsolutions.co.uk/)**|EMEA|',
        ''
      ].join('\n')
    )

    expect(tableTexts(blocks.tables[0] as Table)).toEqual([
      ['**System Integrator**', '**Continent**'],
      ['**[Nimbo](http://www.nimbo.com/)**', 'US'],
      ['**[Dotnet Solutions](http://www.dotnetsolutions.co.uk/)**', 'EMEA']
    ])
    expect(messagesOf(blocks)).toEqual(['table-empty-excess-cells@3:40'])
  })

  it('should keep `||` as an empty cell inside the header’s columns', () => {
    // Real line: 2015-04-29 exchange providers.
    const blocks = blocksOf(
      '|**Service Provider**|**Microsoft Azure Services**|**Office 365 Services**|\n|---|---|---|\n|**Aryaka**|Supported||\n'
    )

    expect(tableTexts(blocks.tables[0] as Table)[1]).toEqual([
      '**Aryaka**',
      'Supported',
      ''
    ])
    expect(blocks.tables[0]?.rows[0]?.cells[2]).toMatchObject({
      padded: false,
      position: {line: 3, column: 23}
    })
    expect(blocks.messages).toEqual([])
  })

  it('should keep excess cells with content and tell', () => {
    // Real line: 2018-04-04, a translation turned a comma into a pipe.
    const blocks = blocksOf(
      '| **Location** | **Exchange** | **Providers** |\n| --- | --- | --- |\n| **Atlanta** | Equinix | Crown Castle | Dallas |\n'
    )

    expect(tableTexts(blocks.tables[0] as Table)[1]).toEqual([
      '**Atlanta**',
      'Equinix',
      'Crown Castle',
      'Dallas'
    ])
    expect(messagesOf(blocks)).toEqual(['table-excess-cells@3:42'])
    expect(blocks.messages[0]?.reason).toBe(
      'Unexpected cell `Dallas` after the last column, expected 3 cells like the header; kept 1 excess cell'
    )
    expect(blocks.messages[0]?.fatal).toBe(false)
  })

  it('should pad short rows with empty cells and tell', () => {
    const blocks = blocksOf(
      '| **Protected cloud** | **Protecting cloud** | **Logical network** |\n|---|---|---|\n| GoldCloud1 | GoldCloud2 |\n'
    )
    const row = blocks.tables[0]?.rows[0]

    expect(row?.cells.map((cell) => [cell.text, cell.padded])).toEqual([
      ['GoldCloud1', false],
      ['GoldCloud2', false],
      ['', true]
    ])
    expect(row?.cells[2]?.position).toMatchObject({line: 3, column: 28})
    expect(messagesOf(blocks)).toEqual(['table-missing-cells@3:28'])
  })

  it('should leave a line without a pipe out of the rows', () => {
    // Real lines: 2015-09-22 China cloud.
    const blocks = blocksOf(
      [
        '| **Service provider**  |**Microsoft Azure** | **Office 365** | **Locations** |',
        '|-----------------------|--------------------|----------------|---------------|',
        '| **China Telecom** | Supported | Not Supported | Beijing, Shanghai+|',
        'To learn more, see [ExpressRoute in China](http://www.windowsazure.cn/home/features/expressroute/).',
        ''
      ].join('\n')
    )

    expect(tableTexts(blocks.tables[0] as Table).length).toBe(2)
    expect(messagesOf(blocks)).toEqual(['table-row-without-pipe@4:1'])
  })

  it('should find tables in block quotes and lists', () => {
    const blocks = blocksOf(
      '> | a | b |\n> |---|---|\n> | 1 | 2 |\n\n* | c |\n  |---|\n  | 3 |\n'
    )

    expect(blocks.tables.map(tableTexts)).toEqual([
      [
        ['a', 'b'],
        ['1', '2']
      ],
      [['c'], ['3']]
    ])
    expect(blocks.tables[0]?.rows[0]?.cells[1]?.position).toMatchObject({
      line: 3,
      column: 9
    })
  })
})

describe('recovered tables', () => {
  it('should recover a table whose delimiter row has more cells than the header', () => {
    // Real lines: 2016-07-28 national clouds (seed 000 has the same table).
    const text = [
      'The table below provides information on regions and geopolitical boundaries for national clouds.',
      '',
      '|**Geopolitical region**|**Azure regions**|**ExpressRoute locations**|',
      '|---|---|---|---|',
      '|**US Government cloud**|US Gov Iowa, US Gov Virginia|Chicago, Dallas+, New York, Washington DC|',
      '|**China**|China North, China East|Beijing, Shanghai|',
      '|**Germany**|Germany Central, Germany East|Berlin, Frankfurt|',
      ''
    ].join('\n')
    const blocks = blocksOf(text)
    const table = blocks.tables[0] as Table

    expect(blocks.tables.length).toBe(1)
    expect(table.recovered).toBe(true)
    expect(table.nodes.map((node) => node.type)).toEqual(['paragraph'])
    expect(tableTexts(table)).toEqual([
      [
        '**Geopolitical region**',
        '**Azure regions**',
        '**ExpressRoute locations**'
      ],
      [
        '**US Government cloud**',
        'US Gov Iowa, US Gov Virginia',
        'Chicago, Dallas+, New York, Washington DC'
      ],
      ['**China**', 'China North, China East', 'Beijing, Shanghai'],
      ['**Germany**', 'Germany Central, Germany East', 'Berlin, Frankfurt']
    ])
    expect(table.header[0]?.children).toMatchObject([
      {
        type: 'strong',
        children: [{type: 'text', value: 'Geopolitical region'}],
        position: {start: {line: 3, column: 2, offset: 99}}
      }
    ])
    expect(table.position).toEqual({line: 3, column: 1, offset: 98})
    expect(table.rows[1]?.cells[2]?.position).toMatchObject({
      line: 6,
      column: 36
    })
    expect(messagesOf(blocks)).toEqual(['table-delimiter-mismatch@4:1'])
    expect(blocks.messages[0]?.reason).toBe(
      'Unexpected delimiter row with 4 cells, expected 3 cells like the header; read the table with 3 columns'
    )
  })

  it('should recover a header row without a delimiter row', () => {
    // Real lines: 2024-07-31 additional service providers, N-Z tab.
    const blocks = blocksOf(
      [
        '#### [N-Z](#tab/n-z)',
        '',
        '| Connectivity provider | Exchange | Locations |',
        '| **[NexGen Networks](https://www.nexgen-net.com/nexgen-networks-direct-connect-microsoft-azure-expressroute.html)** | Interxion | London |',
        '| **[Nianet](https://www.globalconnect.dk/)** |Equinix | Amsterdam<br/>Frankfurt |',
        '| **[Oncore Cloud Service Inc](https://www.oncore.cloud/services/ue-for-expressroute)**| Equinix | Montreal<br/>Toronto |',
        '| **POST Telecom Luxembourg**| Equinix | Amsterdam |',
        '| **[QSC AG](https://www2.qbeyond.de/en/)** |Interxion | Frankfurt |  ',
        '',
        '---',
        ''
      ].join('\n')
    )
    const table = blocks.tables[0] as Table

    expect(table.section.title).toBe('N-Z')
    expect(tableTexts(table).map((row) => row.slice(1))).toEqual([
      ['Exchange', 'Locations'],
      ['Interxion', 'London'],
      ['Equinix', 'Amsterdam<br/>Frankfurt'],
      ['Equinix', 'Montreal<br/>Toronto'],
      ['Equinix', 'Amsterdam'],
      ['Interxion', 'Frankfurt']
    ])
    expect(table.rows[1]?.cells[2]?.children.map((node) => node.type)).toEqual([
      'text',
      'html',
      'text'
    ])
    expect(messagesOf(blocks)).toEqual(['table-missing-delimiter@4:1'])
  })

  it('should recover excess, missing and trailing-pipe-less cells in refused tables', () => {
    // Real lines: 2015-09-22 national clouds, plus a short row.
    const blocks = blocksOf(
      [
        '|**Geopolitical region**|**Azure regions**|**ExpressRoute locations**|',
        '|---|---|---|---|',
        '|**US Government cloud**|US Government|Iowa, Virginia|Ashburn, Chicago|',
        '|**China cloud**|China|East, North|',
        '|**Germany**|Germany Central',
        ''
      ].join('\n')
    )

    expect(tableTexts(blocks.tables[0] as Table)).toEqual([
      [
        '**Geopolitical region**',
        '**Azure regions**',
        '**ExpressRoute locations**'
      ],
      [
        '**US Government cloud**',
        'US Government',
        'Iowa, Virginia',
        'Ashburn, Chicago'
      ],
      ['**China cloud**', 'China', 'East, North'],
      ['**Germany**', 'Germany Central', '']
    ])
    expect(messagesOf(blocks)).toEqual([
      'table-delimiter-mismatch@2:1',
      'table-excess-cells@3:55',
      'table-missing-cells@5:29'
    ])
  })

  it('should continue a table cut by customization comments', () => {
    // Real structure of seed 000 read raw: comment blocks cut the table.
    const blocks = blocksOf(
      [
        '|**Geopolitical region**|**Azure regions**|**ExpressRoute locations**|',
        '|---|---|---|',
        '<!-- deleted by customization',
        '|**North America**|Canada Central, Canada East|Atlanta, Montreal+, Toronto+|',
        '-->',
        '<!-- keep by customization: begin -->',
        '|**US**|All US Regions - China East, China North|Atlanta, Shanghai|',
        '<!-- keep by customization: end -->',
        '|**South America**|Brazil South|Sao Paulo|',
        '',
        'Text.',
        '',
        '|**Asia**|China East|Hong Kong|',
        ''
      ].join('\n')
    )

    expect(blocks.tables.length).toBe(1)
    expect(tableTexts(blocks.tables[0] as Table).map((row) => row[0])).toEqual([
      '**Geopolitical region**',
      '**US**',
      '**South America**'
    ])
    expect(blocks.tables[0]?.recovered).toBe(true)
    expect(blocks.tables[0]?.nodes.map((node) => node.type)).toEqual([
      'table',
      'paragraph',
      'paragraph'
    ])
    expect(blocks.messages).toEqual([])
  })

  it('should tell when rows continue a table across a blank line', () => {
    const blocks = blocksOf('| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n')

    expect(tableTexts(blocks.tables[0] as Table)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4']
    ])
    expect(messagesOf(blocks)).toEqual(['table-continuation@5:1'])
  })

  it('should not take prose with a pipe, or a lone pipe row, for a table', () => {
    // Real lines: ACOM metadata of 2015-09-22.
    const blocks = blocksOf(
      [
        '<properties',
        '   pageTitle="ExpressRoute locations | Microsoft Azure"',
        '   editor="" />',
        '',
        'Azure | ExpressRoute | locations',
        '',
        '|**US Government cloud**|US Government|Iowa, Virginia|',
        ''
      ].join('\n')
    )

    expect(blocks.tables).toEqual([])
    expect(blocks.messages).toEqual([])
  })

  it('should report raw positions through a view’s source map', () => {
    // The raw file has an inline deletion in the header and a deleted block
    // between the rows; the view has neither.
    const raw = [
      '|**Region**|**Locations**|',
      '|---|---|---|',
      '<!-- deleted by customization',
      '|**Asia**|Hong Kong|',
      '-->',
      '|**Europe**|Amsterdam, <!-- deleted by customization Dublin+, --> London|',
      ''
    ].join('\n')
    const removed: Array<[string, string]> = [
      [raw.slice(raw.indexOf('<!-- deleted'), raw.indexOf('-->\n') + 4), ''],
      ['<!-- deleted by customization Dublin+, --> ', '']
    ]
    const keep: number[] = []
    let text = ''
    let index = 0
    while (index < raw.length) {
      const hit = removed.find(([value]) => raw.startsWith(value, index))
      if (hit) {
        index += hit[0].length
        continue
      }

      keep.push(index)
      text += raw.charAt(index)
      index++
    }

    const blocks = blocksFromView(
      {name: 'published', text, map: sourceMapFromOffsets(keep, raw.length)},
      raw
    )
    const table = blocks.tables[0] as Table

    expect(text).toBe(
      '|**Region**|**Locations**|\n|---|---|---|\n|**Europe**|Amsterdam, London|\n'
    )
    expect(tableTexts(table)).toEqual([
      ['**Region**', '**Locations**'],
      ['**Europe**', 'Amsterdam, London']
    ])
    expect(table.rows[0]?.position).toEqual({
      line: 6,
      column: 1,
      offset: raw.indexOf('|**Europe**')
    })
    expect(table.rows[0]?.cells[1]?.position).toMatchObject({
      line: 6,
      column: 13
    })
    expect(messagesOf(blocks)).toEqual(['table-delimiter-mismatch@2:1'])
    const london = table.rows[0]?.cells[1]?.children[0]
    expect(
      blocks.toRawPoint(london?.position?.start.offset ?? -1)
    ).toMatchObject({line: 6, column: 13})
  })
})
