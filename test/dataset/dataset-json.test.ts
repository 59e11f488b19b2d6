import {describe, expect, it} from 'vitest'
import {parse} from '../../src/parse.js'
import {documentJson, documentsJson} from '../../src/render/dataset-json.js'
import {orderDatasetDocuments, renderDataset} from '../../src/render/dataset.js'
import {documentOf, provider} from '../diff/builders.js'
import {fixture, seed000, seed001, seed002} from '../helpers.js'

describe('dataset JSON', () => {
  it('should be the model, exactly, once parsed', () => {
    const models = [seed000, seed001, seed002].map((name) =>
      parse(fixture(name), {path: name})
    )
    for (const model of models)
      expect(JSON.parse(documentJson(model))).toEqual(model)
    expect(JSON.parse(documentsJson(models))).toEqual(models)
    expect(documentsJson([])).toBe('[]\n')
  })

  it('should write one record a line, keys in model order', () => {
    const text = documentJson(
      documentOf({
        date: '2020-01-01',
        facets: ['providers'],
        providers: [
          provider('a-one'),
          provider('b-two', {url: 'https://b.example'})
        ]
      })
    )
    expect(text).toContain(
      '  "facets": ["providers"],\n' +
        '  "regions": [],\n' +
        '  "locations": [],\n' +
        '  "providers": [\n' +
        '    {"id":"a-one","name":"A One","url":null,"source":{"line":1,"column":1}},\n' +
        '    {"id":"b-two","name":"B Two","url":"https://b.example","source":{"line":1,"column":1}}\n' +
        '  ],\n'
    )
    expect(text).toMatch(
      /^\{\n {2}"schemaVersion": 1,\n {2}"source": \{\n {4}"path": "doc\.md",\n/
    )
    expect(text.endsWith('\n}\n')).toBe(true)
  })

  it('should order documents by date, then path; undated last', () => {
    const ordered = orderDatasetDocuments([
      documentOf({date: null, path: 'b.md'}),
      documentOf({date: '2020-01-01', path: 'z.md'}),
      documentOf({date: null, path: 'a.md'}),
      documentOf({date: '2020-01-01', path: 'm.md'}),
      documentOf({date: '2016-05-01', path: 'zz.md'})
    ])
    expect(
      ordered.map((document) => [document.meta.date, document.source.path])
    ).toEqual([
      ['2016-05-01', 'zz.md'],
      ['2020-01-01', 'm.md'],
      ['2020-01-01', 'z.md'],
      [null, 'a.md'],
      [null, 'b.md']
    ])
  })

  it('should name its files in sorted order', () => {
    const names = [...renderDataset([documentOf()]).keys()]
    expect(names).toEqual([...names].sort())
    expect(names).toContain('model.json')
    expect(names).not.toContain('models.json')
  })
})
