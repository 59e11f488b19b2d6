import fc from 'fast-check'
import type {PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {blocksFromView, createBlockCache} from '../../src/blocks/index.js'
import type {Blocks, Cell} from '../../src/blocks/index.js'
import {createOmissions} from '../../src/blocks/omissions.js'
import {englishOfPhrasing} from '../../src/blocks/side-by-side.js'
import {parseMarkdown} from '../../src/blocks/parse-markdown.js'
import {sourceFromText, viewOf} from '../../src/source/index.js'
import {fixture} from '../helpers.js'
import {blocksOf, messagesOf, tableTexts} from './blocks-of.js'

/** The bilingual side-by-side versions of the corpus. */
const sideBySideFiles = [
  'corpus/2017-08-17_locations-providers_es_8e0c8532.md',
  'corpus/2017-08-17_locations-providers_es_c3ba2fe3.md',
  'corpus/2017-08-17_locations-providers_it_7b4c8a64.md',
  'corpus/2017-08-17_locations-providers_it_d9affae7.md',
  'corpus/2017-08-17_locations-providers_pt-br_03a1849b.md',
  'corpus/2017-08-17_locations-providers_pt-br_4d607c68.md',
  'corpus/2017-08-17_locations_es_0d17844c.md',
  'corpus/2017-08-17_locations_es_83b63dd8.md',
  'corpus/2017-08-17_locations_it_1148236c.md',
  'corpus/2017-08-17_locations_it_8ecda67e.md',
  'corpus/2017-08-17_locations_pt-br_90d84e4c.md'
]

/** Span markup that must never reach a text. */
const markup = /<\/?span|data-[st]tu-id|sxs-lookup/

/** Read a fixture through the real views, as `parse` does. */
function blocksOfFile(name: string): {raw: string; blocks: Blocks} {
  const raw = fixture(name)
  const source = sourceFromText(raw)
  return {
    raw,
    blocks: blocksFromView(viewOf(source, 'published'), raw, {
      place: source.place
    })
  }
}

/** Offset in `raw` of a raw point. */
function offsetOf(raw: string, point: {line: number; column: number}): number {
  let offset = 0
  for (let line = 1; line < point.line; line++)
    offset = raw.indexOf('\n', offset) + 1
  return offset + point.column - 1
}

/** Every cell of every table. */
function cellsOf(blocks: Blocks): Cell[] {
  return blocks.tables.flatMap((table) => [
    ...table.header,
    ...table.rows.flatMap((row) => row.cells)
  ])
}

describe('side-by-side corpus files', () => {
  it('should read the English headers, titles and names of an Italian locations page', () => {
    const {raw, blocks} = blocksOfFile(
      'corpus/2017-08-17_locations_it_1148236c.md'
    )

    expect(blocks.tables[0]?.header.map((cell) => cell.text)).toEqual([
      '**Geopolitical region**',
      '**Azure regions**',
      '**ExpressRoute locations**'
    ])
    expect(blocks.tables[0]?.rows[1]?.cells.map((cell) => cell.text)).toEqual([
      '**South America**',
      'Brazil South',
      'Sao Paulo'
    ])

    const titles = blocks.sections.map((section) => section.title)
    expect(titles).toContain('ExpressRoute partners and peering locations')
    expect(titles).toContain('Production Azure')
    expect(titles).toContain('US Government cloud')
    const partners = blocks.sections.find(
      (section) => section.anchor === 'partners'
    )
    expect(partners?.title).toBe('ExpressRoute connectivity providers')
    const locations = blocks.sections.find(
      (section) => section.anchor === 'locations'
    )
    expect(locations?.title).toBe('Connectivity provider locations')
    expect(
      blocks.sections.find((section) => section.title === 'Production Azure')
        ?.path
    ).toEqual([
      'ExpressRoute partners and peering locations',
      'Connectivity provider locations',
      'Production Azure'
    ])

    const production = blocks.tables.find(
      (table) => table.section.title === 'Production Azure'
    )
    expect(production?.header.map((cell) => cell.text)).toEqual([
      '**Service provider**',
      '**Microsoft Azure**',
      '**Office 365 and Dynamics 365**',
      '**Locations**'
    ])

    // The provider cell holds only the English nodes: `**[AARNet](…)**`.
    const aarnet = production?.rows[0]?.cells[0] as Cell
    expect(aarnet.children.map((child) => child.type)).toEqual(['strong'])
    const link = (aarnet.children[0] as {children: PhrasingContent[]})
      .children[0]
    expect(link).toMatchObject({
      type: 'link',
      url: 'https://www.aarnet.edu.au/network-and-services/cloud-services-applications/azure-expressroute/'
    })
    expect(toString(aarnet.children)).toBe('AARNet')

    // A translated name gives way to the English one.
    const texts = tableTexts(production as NonNullable<typeof production>)
    expect(texts.some((row) => row[0]?.includes('Next Generation Data'))).toBe(
      true
    )
    expect(
      texts.some((row) => row[0]?.includes('Dati di nuova generazione'))
    ).toBe(false)
    expect(texts.flat().some((text) => text.includes('Londra'))).toBe(false)

    // The position of a cell is that of its English text in the raw file.
    const start = offsetOf(raw, aarnet.position)
    expect(raw.slice(start, start + aarnet.text.length)).toBe(aarnet.text)
    expect(raw.slice(start - 30, start)).toBe('<span data-stu-id="b3f58-169">')
    expect(
      blocks.messages.filter(
        (message) => message.ruleId === 'unpaired-side-by-side-span'
      )
    ).toEqual([])
  })

  it('should read the English legend paragraph', () => {
    const {blocks} = blocksOfFile('corpus/2017-08-17_locations_it_1148236c.md')
    const paragraphs = blocks.sections.flatMap((section) =>
      section.nodes.filter((node) => node.type === 'paragraph')
    )
    const texts = paragraphs.map((node) => toString(node))
    expect(texts).toContain('+ denotes coming soon')
    expect(texts.some((text) => /indica/.test(text))).toBe(false)
  })

  for (const name of sideBySideFiles) {
    it('should leave no span markup in ' + name, () => {
      const {raw, blocks} = blocksOfFile(name)
      expect(blocks.tables.length).toBeGreaterThan(0)

      for (const section of blocks.sections) {
        expect(section.title).not.toMatch(markup)
        expect(section.path.join(' ')).not.toMatch(markup)
      }

      for (const cell of cellsOf(blocks)) {
        expect(cell.text).not.toMatch(markup)
        expect(toString(cell.children)).not.toMatch(markup)
        const first = cell.children[0]
        if (!first?.position) continue
        // Where the cell starts in the raw file, its English text is (the
        // view of these pages is the raw file).
        const start = offsetOf(raw, cell.position)
        expect(start).toBe(first.position.start.offset)
        const own = raw.slice(start, first.position.end.offset).trim()
        expect(cell.text.startsWith(own)).toBe(true)
        expect(raw.slice(start - 30, start)).toMatch(
          /^<span data-stu-id="[\w-]+">$/
        )
      }

      for (const section of blocks.sections) {
        for (const node of section.nodes) {
          if (node.type === 'paragraph')
            expect(toString(node)).not.toMatch(markup)
        }
      }

      // The pt-br pages break a heading over two lines: their translation is
      // unclosed on the heading's line, the English is in a code block.
      expect(
        messagesOf(blocks).filter((id) => id.startsWith('unpaired'))
      ).toEqual(
        name.includes('_pt-br_') ? ['unpaired-side-by-side-span@32:4'] : []
      )
    })
  }

  it('should read a locations-providers page with English headers', () => {
    const {blocks} = blocksOfFile(
      'corpus/2017-08-17_locations-providers_pt-br_03a1849b.md'
    )
    const headers = blocks.tables.map((table) =>
      table.header.map((cell) => cell.text).join(' | ')
    )
    expect(headers).toContain('**Location** | **Service Providers**')
    for (const table of blocks.tables) {
      for (const cell of table.header)
        expect(cell.text).toMatch(/^[\x20-\x7e]*$/)
    }
  })

  it('should give the same blocks with and without the cache, and leave the cache as it was', () => {
    const raw = fixture('corpus/2017-08-17_locations_es_0d17844c.md')
    const source = sourceFromText(raw)
    const cache = createBlockCache()
    const view = viewOf(source, 'published')
    const first = blocksFromView(view, raw, {cache})
    const second = blocksFromView(view, raw, {cache})
    const fresh = blocksFromView(view, raw, {cache: false})
    expect(second.tree).toEqual(first.tree)
    expect(fresh.tree).toEqual(first.tree)
    // The cached pieces still hold the spans: nothing cached was rewritten.
    const cached = JSON.stringify([...cache.entries.values()])
    expect(cached).toContain('sxs-lookup')
  })
})

describe('side-by-side spans, by hand', () => {
  const pair = (
    translation: string,
    english: string,
    id = 'a-1',
    otherId = id
  ) =>
    '<span data-ttu-id="' +
    id +
    '">' +
    translation +
    '</span>' +
    '<span class="sxs-lookup"><span data-stu-id="' +
    otherId +
    '">' +
    english +
    '</span></span>'

  it('should read a pair in a recovered table as the English', () => {
    // The delimiter row has too few cells: GFM refuses the table.
    const text =
      '| ' +
      pair('**Località**', '**Location**') +
      ' | ' +
      pair('**Provider**', '**Service providers**') +
      ' |\n' +
      '| --- |\n' +
      '| ' +
      pair('Londra', 'London') +
      ' | ' +
      pair('[Colt](https://colt.net)', '[Colt](https://colt.net)') +
      ' |\n'
    const blocks = blocksOf(text)
    const table = blocks.tables[0]
    expect(table?.recovered).toBe(true)
    expect(tableTexts(table as NonNullable<typeof table>)).toEqual([
      ['**Location**', '**Service providers**'],
      ['London', '[Colt](https://colt.net)']
    ])
    const london = table?.rows[0]?.cells[0] as Cell
    expect(london.position).toMatchObject({
      line: 3,
      column: text.split('\n')[2]!.indexOf('London') + 1
    })
  })

  it('should read a pair whose ids differ as a pair', () => {
    const blocks = blocksOf(
      '| ' + pair('Londra', 'London', 'a-1', 'a-2') + ' |\n|---|\n| x |\n'
    )
    expect(blocks.tables[0]?.header[0]?.text).toBe('London')
    expect(blocks.messages).toEqual([])
  })

  it('should join the English of several pairs in one cell, and keep the text between', () => {
    const blocks = blocksOf(
      '| ' +
        pair('Londra', 'London') +
        ', ' +
        pair('Parigi', 'Paris', 'a-2') +
        ' |\n|---|\n| x |\n'
    )
    expect(blocks.tables[0]?.header[0]?.text).toBe('London, Paris')
  })

  it('should keep a translation without its original, and report it', () => {
    const blocks = blocksOf(
      '| <span data-ttu-id="a-1">Londra</span> |\n|---|\n| x |\n'
    )
    expect(blocks.tables[0]?.header[0]?.text).toBe('Londra')
    expect(messagesOf(blocks)).toEqual(['unpaired-side-by-side-span@1:3'])
  })

  it('should read an original without its translation, and report it', () => {
    const blocks = blocksOf(
      '| <span class="sxs-lookup"><span data-stu-id="a-1">London</span></span> |\n|---|\n| x |\n'
    )
    expect(blocks.tables[0]?.header[0]?.text).toBe('London')
    expect(toString(blocks.tables[0]?.header[0]?.children ?? [])).toBe('London')
    expect(messagesOf(blocks)).toEqual(['unpaired-side-by-side-span@1:3'])
  })

  it('should keep the translation of a blank original', () => {
    const blocks = blocksOf('| ' + pair('Londra', ' ') + ' |\n|---|\n| x |\n')
    expect(toString(blocks.tables[0]?.header[0]?.children ?? []).trim()).toBe(
      'Londra'
    )
    expect(messagesOf(blocks)).toEqual(['unpaired-side-by-side-span@1:3'])
  })

  it('should read the original of a translation whose `</span>` is missing', () => {
    const blocks = blocksOf(
      '| <span data-ttu-id="a-1">Londra<span class="sxs-lookup"><span data-stu-id="a-1">London</span></span> |\n|---|\n| x |\n'
    )
    expect(blocks.tables[0]?.header[0]?.text).toBe('London')
    expect(messagesOf(blocks)).toEqual(['unpaired-side-by-side-span@1:3'])
  })

  it('should read the original of a lookup whose `</span>` is missing', () => {
    const blocks = blocksOf(
      '| ' +
        pair('Londra', 'London').replace(/<\/span>$/, '') +
        ' |\n|---|\n| x |\n'
    )
    expect(blocks.tables[0]?.header[0]?.text).toBe('London')
    expect(messagesOf(blocks)).toHaveLength(1)
  })

  it('should leave other spans and a stray `</span>` alone', () => {
    const blocks = blocksOf(
      '| <span class="x">London</span> | a</span> |\n|---|---|\n| x | y |\n'
    )
    expect(blocks.tables[0]?.header.map((cell) => cell.text)).toEqual([
      '<span class="x">London</span>',
      'a</span>'
    ])
    expect(blocks.messages).toEqual([])
  })

  it('should read a heading with its anchor inside the spans as the English page does', () => {
    const blocks = blocksOf(
      '## <span data-ttu-id="b-108"><a name="partners"></a>Provider di connettività ExpressRoute</span><span class="sxs-lookup"><span data-stu-id="b-108"><a name="partners"></a>ExpressRoute connectivity providers</span></span>\n'
    )
    expect(blocks.sections[1]).toMatchObject({
      title: 'ExpressRoute connectivity providers',
      anchor: 'partners'
    })
  })

  it('should read a heading with its anchor before the spans', () => {
    const blocks = blocksOf(
      '### <a name="production-azure"></a>' +
        pair('Produzione Azure', 'Production Azure') +
        '\n'
    )
    expect(blocks.sections[1]).toMatchObject({
      title: 'Production Azure',
      anchor: 'production-azure'
    })
  })

  it('should read pairs inside strong and links', () => {
    const blocks = blocksOf(
      '| **' +
        pair('Londra', 'London') +
        '** | [' +
        pair('Sito', 'Site') +
        '](https://x.test) |\n|---|---|\n| x | y |\n'
    )
    const [strong, link] = blocks.tables[0]?.header ?? []
    expect(strong?.text).toBe('**London**')
    expect(link?.text).toBe('[Site](https://x.test)')
    expect(toString(strong?.children ?? [])).toBe('London')
    expect(toString(link?.children ?? [])).toBe('Site')
  })

  it('should not change content without pairs', () => {
    const children = parseMarkdown('a <b>c</b> <span>d</span>').children[0] as {
      children: PhrasingContent[]
    }
    expect(englishOfPhrasing(children.children)).toBe(children.children)
  })

  it('should not throw on any sequence of tags', () => {
    const tag = fc.constantFrom(
      '<span data-ttu-id="a">',
      '<span class="sxs-lookup">',
      '<span data-stu-id="a">',
      '<span>',
      '</span>',
      'x',
      ' ',
      '**',
      '[',
      '](u)'
    )
    fc.assert(
      fc.property(fc.array(tag, {maxLength: 30}), (parts) => {
        const text =
          '| ' +
          parts.join('') +
          ' |\n|---|\n| ' +
          parts.join('') +
          ' |\n\n' +
          parts.join('') +
          '\n'
        const blocks = blocksOf(text)
        for (const cell of blocks.tables.flatMap((table) => table.header)) {
          expect(typeof cell.text).toBe('string')
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('side-by-side property', () => {
  // Words of a cell: no pipe, no markup that could pair across the spans.
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,()'-]{1,12}$/)
  const phrase = fc
    .array(word, {minLength: 1, maxLength: 4})
    .map((words) => words.join(' '))

  it('should read a wrapped cell as its English text alone, positioned at it in the raw file', () => {
    fc.assert(
      fc.property(
        phrase,
        phrase,
        fc.constantFrom('', ' ', '  '),
        (translation, english, pad) => {
          const cell =
            '<span data-ttu-id="x-1">' +
            translation +
            '</span><span class="sxs-lookup"><span data-stu-id="x-1">' +
            english +
            '</span></span>'
          const text =
            '|' +
            pad +
            cell +
            pad +
            '| b |\n|---|---|\n|' +
            pad +
            cell +
            pad +
            '| c |\n'
          const blocks = blocksOf(text)
          const table = blocks.tables[0]
          expect(table).toBeDefined()
          for (const found of [
            table?.header[0],
            table?.rows[0]?.cells[0]
          ] as Cell[]) {
            expect(found.text).toBe(english)
            expect(toString(found.children)).toBe(english)
            const start = offsetOf(text, found.position)
            expect(text.slice(start, start + english.length)).toBe(english)
            expect(
              text.slice(start - '<span data-stu-id="x-1">'.length, start)
            ).toBe('<span data-stu-id="x-1">')
          }

          expect(blocks.messages).toEqual([])
        }
      ),
      {numRuns: 200}
    )
  })
})

describe('omissions', () => {
  it('should slice a text without the ranges left out, in any order and overlapping', () => {
    const range = fc
      .tuple(fc.nat(40), fc.nat(40))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    fc.assert(
      fc.property(
        fc.string({maxLength: 40}),
        fc.array(range, {maxLength: 8}),
        fc.nat(40),
        fc.nat(40),
        (text, ranges, a, b) => {
          const omissions = createOmissions(text)
          for (const [from, to] of ranges) omissions.add(from, to)
          const [start, end] = [
            Math.min(a, b, text.length),
            Math.min(Math.max(a, b), text.length)
          ]
          let expected = ''
          for (let index = start; index < end; index++) {
            if (!ranges.some(([from, to]) => index >= from && index < to))
              expected += text.charAt(index)
          }

          expect(omissions.slice(start, end)).toBe(expected)
        }
      )
    )
  })
})
