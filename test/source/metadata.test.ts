import {describe, expect, it} from 'vitest'
import {readDocument} from '../../src/document.js'
import {isoDate} from '../../src/source/index.js'
import {
  allDocuments,
  fixture,
  manifest,
  seed000,
  seed001,
  seed002
} from '../helpers.js'

function metadataOf(text: string) {
  const document = readDocument(text)
  return {
    ...document.metadata,
    messages: document.metadata.messages.map((message) => [
      message.ruleId,
      message.line,
      message.column
    ])
  }
}

describe('metadata of the seeds', () => {
  it('should read the ACOM header of seed 000 (tabs, empty values)', () => {
    const {format, meta, messages} = metadataOf(fixture(seed000))
    expect(format).toBe('acom')
    expect(messages).toEqual([])
    expect(meta).toEqual({
      title: 'ExpressRoute locations | Windows Azure',
      description:
        'This article provides a detailed overview of locations where services are offered and how to connect to Azure regions.',
      service: 'expressroute',
      authors: ['cherylmc'],
      date: '2015-12-02',
      footnotes: {},
      raw: {
        pageTitle: 'ExpressRoute locations | Windows Azure',
        description:
          'This article provides a detailed overview of locations where services are offered and how to connect to Azure regions.',
        services: 'expressroute',
        documentationCenter: 'na',
        authors: 'cherylmc',
        manager: 'carolz',
        editor: '',
        'ms.service': 'expressroute',
        'ms.date': '12/02/2015',
        'wacn.date': ''
      }
    })
  })

  it('should read the YAML front matter of seed 001', () => {
    const {format, meta, messages} = metadataOf(fixture(seed001))
    expect(format).toBe('yaml')
    expect(messages).toEqual([])
    expect(meta).toEqual({
      title:
        'Locations and connectivity providers: Azure ExpressRoute | Microsoft Docs',
      description:
        'This article provides a detailed overview of locations where services are offered and how to connect to Azure regions. Sorted by location.',
      service: 'expressroute',
      authors: ['cherylmc'],
      date: '2020-01-17',
      footnotes: {},
      raw: {
        title:
          'Locations and connectivity providers: Azure ExpressRoute | Microsoft Docs',
        description:
          'This article provides a detailed overview of locations where services are offered and how to connect to Azure regions. Sorted by location.',
        services: 'expressroute',
        author: 'cherylmc',
        'ms.service': 'expressroute',
        'ms.topic': 'conceptual',
        'ms.date': '01/17/2020',
        'ms.author': 'cherylmc'
      }
    })
  })

  it('should read the ACOM header of seed 002 (properties and tags)', () => {
    const {format, meta, messages} = metadataOf(fixture(seed002))
    expect(format).toBe('acom')
    expect(messages).toEqual([])
    expect(meta.title).toBe('ExpressRoute Locations')
    expect(meta.date).toBe('2015-03-31')
    expect(meta.service).toBe('expressroute')
    expect(meta.authors).toEqual(['cherylmc'])
    expect(Object.keys(meta.raw)).toEqual([
      'pageTitle',
      'description',
      'services',
      'documentationCenter',
      'authors',
      'manager',
      'editor',
      'ms.service',
      'ms.devlang',
      'ms.topic',
      'ms.tgt_pltfrm',
      'ms.workload',
      'ms.date',
      'ms.author'
    ])
  })
})

describe('metadata of the corpus', () => {
  const rows = manifest()
  for (const name of allDocuments().filter((name) =>
    name.startsWith('corpus/')
  )) {
    it('should read the date the manifest gives: ' + name, () => {
      const row = rows.get(name.slice('corpus/'.length))
      expect(row).toBeDefined()
      const {meta} = metadataOf(fixture(name))
      expect(meta.date).toBe(row?.['ms_date'] || null)
    })
  }
})

describe('metadata forms', () => {
  it('should split `author` and `ms.author` into authors, without repeats', () => {
    const {meta} = metadataOf(
      '---\nauthor: a, b\nms.author: b; c\nms.date: 1/2/2020\n---\n# T\n'
    )
    expect(meta.authors).toEqual(['a', 'b', 'c'])
    expect(meta.date).toBe('2020-01-02')
  })

  it('should take YAML lists of authors', () => {
    const {meta} = metadataOf('---\nauthor:\n  - a\n  - b\n---\n')
    expect(meta.authors).toEqual(['a', 'b'])
    expect(meta.raw['author']).toBe('a, b')
  })

  it('should read a front matter that is not valid YAML key by key', () => {
    const text =
      '---\ntitle: Locations: Azure ExpressRoute | Azure\nms.date: 02/13/2017\n---\n'
    const {format, meta, messages} = metadataOf(text)
    expect(format).toBe('yaml')
    expect(meta.title).toBe('Locations: Azure ExpressRoute | Azure')
    expect(meta.date).toBe('2017-02-13')
    expect(messages.map((message) => message[0])).toEqual([
      'invalid-front-matter'
    ])
    expect(messages[0]?.[1]).toBe(2)
  })

  it('should report an unparseable date with its raw position, and give null', () => {
    const {meta, messages} = metadataOf(
      '<properties pageTitle="x" />\n<tags\n\tms.date="13/45/2015" />\n'
    )
    expect(meta.date).toBeNull()
    expect(messages).toEqual([['invalid-date', 3, 11]])
  })

  it('should report an unparseable YAML date at its raw position', () => {
    const {meta, messages} = metadataOf(
      '---\ntitle: x\nms.date: someday\n---\n'
    )
    expect(meta.date).toBeNull()
    expect(messages).toEqual([['invalid-date', 3, 10]])
  })

  it('should read ACOM attributes spread over lines, with tabs and single quotes', () => {
    const {format, meta} = metadataOf(
      '<properties\n\tpageTitle=\'A > B\'\n   authors="x,y"/>\n<tags ms.date="04/29/2015"/>\n'
    )
    expect(format).toBe('acom')
    expect(meta.title).toBe('A > B')
    expect(meta.authors).toEqual(['x', 'y'])
    expect(meta.date).toBe('2015-04-29')
  })

  it('should report an unclosed ACOM tag and still read its attributes', () => {
    const {meta, messages} = metadataOf(
      '<properties pageTitle="x"\n\n# Heading\n'
    )
    expect(meta.title).toBe('x')
    expect(messages).toEqual([['invalid-acom-metadata', 1, 1]])
  })

  it('should say `none` for a page without metadata', () => {
    const {format, meta} = metadataOf('# Title\n\nText.\n')
    expect(format).toBe('none')
    expect(meta).toEqual({
      title: null,
      description: null,
      service: null,
      authors: [],
      date: null,
      footnotes: {},
      raw: {}
    })
  })

  it('should read metadata after a BOM', () => {
    expect(metadataOf('\uFEFF---\nms.date: 01/02/2020\n---\n').meta.date).toBe(
      '2020-01-02'
    )
  })

  it('should turn real dates into ISO dates and refuse others', () => {
    expect(isoDate('12/02/2015')).toBe('2015-12-02')
    expect(isoDate('2/9/2016')).toBe('2016-02-09')
    expect(isoDate('2020-01-17')).toBe('2020-01-17')
    expect(isoDate('02/30/2016')).toBeNull()
    expect(isoDate('13/01/2016')).toBeNull()
    expect(isoDate('')).toBeNull()
  })
})
