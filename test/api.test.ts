import fc from 'fast-check'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as api from '../src/index.js'
import type {Change, ChangeKind, Changelog} from '../src/index.js'

describe('public API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'compareDocuments',
      'createBlockCache',
      'diff',
      'history',
      'parse',
      'renderChangelog',
      'renderDiff',
      'views'
    ])
  })

  it('should export the change and changelog types', () => {
    expectTypeOf(api.diff).returns.toEqualTypeOf<Change[]>()
    expectTypeOf<'location.renamed'>().toMatchTypeOf<ChangeKind>()
    expectTypeOf<Changelog['versions'][number]['changes']>().toEqualTypeOf<
      Change[]
    >()
  })
})

describe('the library boundary', () => {
  const page = '---\ntitle: T\nms.date: 01/02/2020\n---\n# T\n'
  const model = api.parse(page, {path: 'a.md'})
  const views = "expected `'published'` or `'upstream'`"
  const formats = "expected `'markdown'` or `'json'`"
  const notModel =
    'expected a model (`LocationsDocument`: an object with `source`, `meta` and `facets`)'
  // Plain JavaScript callers get past the types: `any` stands for them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const untyped = api as any

  const cases: Array<[string, () => unknown, string]> = [
    [
      'parse: a misspelt view',
      () => untyped.parse(page, {view: 'publised'}),
      'Unexpected `view` `publised`, ' + views
    ],
    [
      'parse: an empty view',
      () => untyped.parse(page, {view: ''}),
      'Unexpected `view` ``, ' + views
    ],
    [
      'parse: a view of another case',
      () => untyped.parse(page, {view: 'Published'}),
      'Unexpected `view` `Published`, ' + views
    ],
    [
      'parse: a view that is a number',
      () => untyped.parse(page, {view: 1}),
      'Unexpected `view` `1` (number), ' + views
    ],
    [
      'parse: a text that is not a string',
      () => untyped.parse(Buffer.from(page)),
      'Unexpected `text` (object), expected a string'
    ],
    [
      'parse: no text',
      () => untyped.parse(),
      'Unexpected `text` `undefined`, expected a string'
    ],
    [
      'parse: options that are a string',
      () => untyped.parse(page, 'upstream'),
      'Unexpected `options` `upstream`, expected an object, `null` or `undefined`'
    ],
    [
      'parse: a path that is a URL',
      () => untyped.parse(page, {path: new URL('file:///a.md')}),
      'Unexpected `path` (object), expected a string, `null` or `undefined`'
    ],
    [
      'parse: a cache that is a string',
      () => untyped.parse(page, {cache: 'yes'}),
      'Unexpected `cache` `yes`, expected `true`, `false` or a cache from `createBlockCache`'
    ],
    [
      'parse: a cache that is a Map',
      () => untyped.parse(page, {cache: new Map()}),
      'Unexpected `cache` (object), expected `true`, `false` or a cache from `createBlockCache`'
    ],
    [
      'views: a text that is not a string',
      () => untyped.views(null),
      'Unexpected `text` `null`, expected a string'
    ],
    [
      'diff: an older that is not an object',
      () => untyped.diff('a.md', model),
      'Unexpected `older` `a.md`, ' + notModel
    ],
    [
      'diff: a newer that is an array',
      () => untyped.diff(model, [model]),
      'Unexpected `newer` (array), ' + notModel
    ],
    [
      'renderChangelog: documents not in an array',
      () => untyped.renderChangelog(model),
      'Unexpected `documents` (object), expected an array of models (`LocationsDocument[]`)'
    ],
    [
      'renderChangelog: a document that is not an object',
      () => untyped.renderChangelog([model, 'b.md']),
      'Unexpected `documents[1]` `b.md`, ' + notModel
    ],
    [
      'compareDocuments: objects that are not models',
      () => untyped.compareDocuments([model, {}]),
      'Unexpected `documents[1]` (object), ' + notModel
    ],
    [
      'renderChangelog: objects that are not models',
      () => untyped.renderChangelog([{}, {}]),
      'Unexpected `documents[0]` (object), ' + notModel
    ],
    [
      'diff: an object that is not a model',
      () => untyped.diff(model, {source: {}, meta: {}}),
      'Unexpected `newer` (object), ' + notModel
    ],
    [
      'renderChangelog: an unknown format',
      () => untyped.renderChangelog([model], {format: 'yaml'}),
      'Unexpected `format` `yaml`, ' + formats
    ],
    [
      'renderDiff: an unknown format',
      () => untyped.renderDiff(model, model, {format: 'yaml'}),
      'Unexpected `format` `yaml`, ' + formats
    ],
    [
      'renderDiff: options that are a string',
      () => untyped.renderDiff(model, model, 'json'),
      'Unexpected `options` `json`, expected an object, `null` or `undefined`'
    ],
    [
      'renderDiff: a newer that is not an object',
      () => untyped.renderDiff(model, undefined),
      'Unexpected `newer` `undefined`, ' + notModel
    ],
    [
      'createBlockCache: a limit of 0',
      () => untyped.createBlockCache(0),
      'Unexpected `limit` `0` (number), expected a positive integer, `null` or `undefined`'
    ],
    [
      'createBlockCache: a fractional limit',
      () => untyped.createBlockCache(1.5),
      'Unexpected `limit` `1.5` (number), expected a positive integer, `null` or `undefined`'
    ],
    [
      'createBlockCache: an infinite limit',
      () => untyped.createBlockCache(Number.POSITIVE_INFINITY),
      'Unexpected `limit` `Infinity` (number), expected a positive integer, `null` or `undefined`'
    ],
    [
      'createBlockCache: a limit that is a string',
      () => untyped.createBlockCache('100'),
      'Unexpected `limit` `100`, expected a positive integer, `null` or `undefined`'
    ]
  ]

  for (const [name, call, message] of cases) {
    it('should throw a TypeError naming the argument: ' + name, () => {
      expect(call).toThrow(TypeError)
      expect(call).toThrow(message)
    })
  }

  it('should cut a long unexpected value in the message', () => {
    expect(() => untyped.parse(page, {view: 'x'.repeat(100)})).toThrow(
      'Unexpected `view` `' + 'x'.repeat(40) + '…`, ' + views
    )
  })

  it('should take `null` and `undefined` options as the defaults', () => {
    const plain = api.parse(page, {path: 'a.md'})
    expect(api.parse(page, {view: null, path: 'a.md', cache: null})).toEqual(
      plain
    )
    expect(
      api.parse(page, {view: undefined, path: 'a.md', cache: undefined})
    ).toEqual(plain)
    expect(api.parse(page, null).source.path).toBeNull()
    expect(api.renderDiff(model, model, {format: null})).toBe(
      api.renderDiff(model, model)
    )
    expect(api.renderChangelog([model], null)).toBe(
      api.renderChangelog([model], {format: 'markdown'})
    )
    expect(api.createBlockCache(null).limit).toBe(api.createBlockCache().limit)
  })

  it('should take every valid value', () => {
    const cache = api.createBlockCache(1000)
    for (const view of ['published', 'upstream'] as const) {
      for (const option of [true, false, cache]) {
        expect(api.parse(page, {view, cache: option}).view).toBe(view)
      }
    }

    expect(JSON.parse(api.renderDiff(model, model, {format: 'json'}))).toEqual({
      versions: [expect.any(Object)]
    })
    expect(api.renderChangelog([], {format: 'json'})).toBe(
      api.renderChangelog([], {format: 'json'})
    )
    expect(api.views(page).published).toBe(page)
    expect(api.diff(model, JSON.parse(JSON.stringify(model)))).toEqual([])
  })

  it('should refuse every view and format but the known ones', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const known = name === 'published' || name === 'upstream'
        const read = () => untyped.parse('', {view: name})
        if (known) expect(read).not.toThrow()
        else expect(read).toThrow(TypeError)
        const render = () => untyped.renderDiff(model, model, {format: name})
        if (name === 'markdown' || name === 'json') expect(render).not.toThrow()
        else expect(render).toThrow(TypeError)
      })
    )
  })
})
