import {describe, expect, it} from 'vitest'
import type {LocationsDocument, ViewName} from '../../src/model.js'
import {orderDatasetDocuments} from '../../src/render/dataset.js'
import {
  compareDocumentOrder,
  orderDocuments
} from '../../src/render/order-documents.js'
import {documentOf} from '../diff/builders.js'

/** A document of a date, path and view. */
function version(
  date: string | null,
  path: string | null,
  view: ViewName = 'published'
): LocationsDocument {
  return {...documentOf({date, path}), view}
}

/** Date, path and view of each document, to compare orders whole. */
const keys = (documents: readonly LocationsDocument[]) =>
  documents.map((document) => [
    document.meta.date,
    document.source.path,
    document.view
  ])

describe('compareDocumentOrder', () => {
  it('should order by date, undated last, then by path', () => {
    const documents = [
      version(null, 'b.md'),
      version('2020-01-01', 'z.md'),
      version(null, 'a.md'),
      version('2020-01-01', 'm.md'),
      version('2016-05-01', 'zz.md'),
      version('2016-05-01', null)
    ]
    expect(keys([...documents].sort(compareDocumentOrder))).toEqual([
      ['2016-05-01', null, 'published'],
      ['2016-05-01', 'zz.md', 'published'],
      ['2020-01-01', 'm.md', 'published'],
      ['2020-01-01', 'z.md', 'published'],
      [null, 'a.md', 'published'],
      [null, 'b.md', 'published']
    ])
  })

  it('should tie two views of one file at one date', () => {
    expect(
      compareDocumentOrder(
        version('2020-01-01', 'a.md', 'upstream'),
        version('2020-01-01', 'a.md', 'published')
      )
    ).toBe(0)
  })
})

describe('orderDocuments', () => {
  it('should order a history oldest first, ties by path', () => {
    expect(
      keys(
        orderDocuments([
          version('2020-01-01', 'b.md'),
          version('2019-01-01', 'c.md'),
          version('2020-01-01', 'a.md')
        ])
      )
    ).toEqual([
      ['2019-01-01', 'c.md', 'published'],
      ['2020-01-01', 'a.md', 'published'],
      ['2020-01-01', 'b.md', 'published']
    ])
  })

  it('should keep two views of one file at one date in the order given', () => {
    const published = version('2020-01-01', 'a.md', 'published')
    const upstream = version('2020-01-01', 'a.md', 'upstream')
    expect(orderDocuments([upstream, published])).toEqual([upstream, published])
    expect(orderDocuments([published, upstream])).toEqual([published, upstream])
  })

  it('should refuse a document without a date, naming it', () => {
    expect(() =>
      orderDocuments([version('2020-01-01', 'a.md'), version(null, 'b.md')])
    ).toThrow(/Cannot place `b\.md` in the changelog: it has no date/)
    expect(() => orderDocuments([version(null, null)])).toThrow(
      /Cannot place a document without a path in the changelog/
    )
  })
})

describe('orderDatasetDocuments', () => {
  it('should order two views of one file at one date by view', () => {
    const published = version('2020-01-01', 'a.md', 'published')
    const upstream = version('2020-01-01', 'a.md', 'upstream')
    for (const documents of [
      [upstream, published],
      [published, upstream]
    ]) {
      expect(orderDatasetDocuments(documents)).toEqual([published, upstream])
    }
  })

  it('should keep undated documents, last, by path', () => {
    expect(
      keys(
        orderDatasetDocuments([
          version(null, 'b.md'),
          version(null, 'a.md', 'upstream'),
          version('2020-01-01', 'c.md')
        ])
      )
    ).toEqual([
      ['2020-01-01', 'c.md', 'published'],
      [null, 'a.md', 'upstream'],
      [null, 'b.md', 'published']
    ])
  })
})
