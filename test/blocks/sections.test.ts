import {describe, expect, it} from 'vitest'
import type {Section} from '../../src/blocks/index.js'
import {blocksOf, messagesOf} from './blocks-of.js'

/** Outline of a section tree: `kind depth title #anchor`, indented. */
function outline(section: Section, indent = ''): string[] {
  const self =
    indent +
    section.kind +
    ' ' +
    section.depth +
    ' ' +
    section.title +
    (section.anchor ? ' #' + section.anchor : '')
  return [
    self,
    ...section.children.flatMap((child) => outline(child, indent + '  '))
  ]
}

describe('sections', () => {
  it('should nest headings and strip `<a name>` anchors from titles', () => {
    const blocks = blocksOf(
      [
        '# ExpressRoute connectivity partners and peering locations',
        '',
        '## <a name="partners"></a>ExpressRoute connectivity providers',
        '',
        '### Global commercial Azure',
        '',
        '## <a name="c1partners"></a>Connectivity through Exchange providers',
        ''
      ].join('\n')
    )

    expect(outline(blocks.root)).toEqual([
      'root 0 ',
      '  heading 1 ExpressRoute connectivity partners and peering locations',
      '    heading 2 ExpressRoute connectivity providers #partners',
      '      heading 3 Global commercial Azure',
      '    heading 2 Connectivity through Exchange providers #c1partners'
    ])
    expect(blocks.sections[3]?.path).toEqual([
      'ExpressRoute connectivity partners and peering locations',
      'ExpressRoute connectivity providers',
      'Global commercial Azure'
    ])
    expect(blocks.sections[2]?.position).toEqual({
      line: 3,
      column: 1,
      offset: 60
    })
    expect(blocks.messages).toEqual([])
  })

  it('should read DocFX tabs as child sections until `---`', () => {
    const blocks = blocksOf(
      [
        '### Global commercial Azure',
        '',
        '#### [A-C](#tab/a-c)',
        '',
        '| Location | Address |',
        '|--|--|',
        '| **Abu Dhabi** | Etisalat KDC |',
        '',
        '#### [D-I](#tab/d-i)',
        '',
        'Dallas.',
        '',
        '---',
        '',
        'After the tabs.',
        ''
      ].join('\n')
    )
    const parent = blocks.sections[1] as Section

    expect(outline(blocks.root)).toEqual([
      'root 0 ',
      '  heading 3 Global commercial Azure',
      '    tab 4 A-C #tab/a-c',
      '    tab 4 D-I #tab/d-i'
    ])
    expect(blocks.sections[2]?.path).toEqual(['Global commercial Azure', 'A-C'])
    expect(blocks.sections[2]?.nodes.map((node) => node.type)).toEqual([
      'table'
    ])
    expect(blocks.sections[3]?.nodes.map((node) => node.type)).toEqual([
      'paragraph'
    ])
    // The `---` and what follows belong to the parent again.
    expect(parent.nodes.map((node) => node.type)).toEqual([
      'thematicBreak',
      'paragraph'
    ])
    expect(blocks.tables[0]?.section).toBe(blocks.sections[2])
    expect(blocks.messages).toEqual([])
  })

  it('should tell when a tab label and its anchor disagree', () => {
    // Real lines: 2024-09-22 `[D-I](#tab/d-h)`, 2024-07-31 `[A-C](#tab/a-C)`.
    const blocks = blocksOf(
      [
        '## Connectivity',
        '',
        '#### [A-C](#tab/a-C)',
        '',
        '#### [D-I](#tab/d-h)',
        '',
        '#### [US Government cloud](#tab/us-government-cloud)',
        '',
        '---',
        ''
      ].join('\n')
    )

    expect(messagesOf(blocks)).toEqual([
      'tab-label-mismatch@3:1',
      'tab-label-mismatch@5:1'
    ])
    expect(blocks.messages[1]?.reason).toBe(
      'Unexpected tab id `d-h` for label `D-I`, expected `d-i`; the label is the title of the tab'
    )
    expect(blocks.messages[0]?.source).toBe('er-locations')
    expect(blocks.sections.map((section) => section.title)).toEqual([
      '',
      'Connectivity',
      'A-C',
      'D-I',
      'US Government cloud'
    ])
    expect(blocks.sections[3]?.anchor).toBe('tab/d-h')
  })

  it('should end a tab group without `---` at a heading of the parent’s depth', () => {
    // Real structure of 2024-07-31: the national clouds tab group runs into
    // the next `##` heading.
    const blocks = blocksOf(
      [
        '## <a name="partners"></a>ExpressRoute connectivity providers',
        '',
        '### National cloud environment',
        '',
        '#### [US Government cloud](#tab/us-government-cloud)',
        '',
        'US.',
        '',
        '##### Notes',
        '',
        '#### [China cloud](#tab/china-cloud)',
        '',
        'China.',
        '',
        '### Connectivity through Exchange providers',
        '',
        'Exchanges.',
        ''
      ].join('\n')
    )

    expect(outline(blocks.root)).toEqual([
      'root 0 ',
      '  heading 2 ExpressRoute connectivity providers #partners',
      '    heading 3 National cloud environment',
      '      tab 4 US Government cloud #tab/us-government-cloud',
      '        heading 5 Notes',
      '      tab 4 China cloud #tab/china-cloud',
      '    heading 3 Connectivity through Exchange providers'
    ])
    expect(messagesOf(blocks)).toEqual(['unterminated-tab-group@15:1'])
    expect(blocks.messages[0]?.reason).toBe(
      'Unexpected heading `Connectivity through Exchange providers` in tab group `US Government cloud`, expected a `---` line first; the group ends at the heading'
    )
    expect(blocks.messages[0]?.fatal).toBe(undefined)
  })

  it('should end a tab group at the end of the file', () => {
    const text = '## Providers\n\n#### [A-K](#tab/a-k)\n\nAmsterdam.\n'
    const blocks = blocksOf(text)

    expect(messagesOf(blocks)).toEqual(['unterminated-tab-group@6:1'])
  })

  it('should recognize DocFX and ACOM directives without noise', () => {
    const blocks = blocksOf(
      [
        '# ExpressRoute locations',
        '',
        '> [!div class="op_single_selector"]',
        '> * [Locations By Provider](expressroute-locations.md)',
        '> * [Providers By Location](expressroute-locations-providers.md)',
        '',
        '> [!NOTE]',
        '> If you are a service provider interested in becoming an ExpressRoute partner.',
        '',
        '[!INCLUDE [expressroute-azure-regions-geopolitical-region](../../includes/expressroute-azure-regions-geopolitical-region.md)]',
        '',
        '> [AZURE.SELECTOR]',
        '[Locations By Provider](expressroute-locations.md#connectivity-provider-locations)',
        '[Providers By Location](expressroute-locations-providers.md#connectivity-provider-locations)',
        '',
        '> [AZURE.IMPORTANT] The following table displays libraries.',
        '',
        '> Just a quote.',
        ''
      ].join('\n')
    )

    expect(
      blocks.directives.map(
        (directive) =>
          directive.kind + ' ' + directive.name + ' ' + directive.position.line
      )
    ).toEqual([
      'div div 3',
      'alert NOTE 7',
      'include INCLUDE 10',
      'selector AZURE.SELECTOR 12',
      'alert AZURE.IMPORTANT 16'
    ])
    expect(blocks.directives[0]?.section).toBe(blocks.sections[1])
    expect(blocks.messages).toEqual([])
    expect(blocks.tables).toEqual([])
  })

  it('should give every top-level node to exactly one section', () => {
    const blocks = blocksOf(
      [
        '---',
        'title: ExpressRoute',
        '---',
        '',
        'Intro.',
        '',
        '## A',
        '',
        '#### [A-C](#tab/a-c)',
        '',
        'x',
        '',
        '---',
        '',
        'y',
        '',
        '## B',
        ''
      ].join('\n')
    )
    const owned = blocks.sections.flatMap((section) => [
      ...(section.node ? [section.node] : []),
      ...section.nodes
    ])

    expect(owned.length).toBe(blocks.tree.children.length)
    expect(new Set(owned)).toEqual(new Set(blocks.tree.children))
    expect(blocks.root.nodes.map((node) => node.type)).toEqual([
      'yaml',
      'paragraph'
    ])
  })
})
