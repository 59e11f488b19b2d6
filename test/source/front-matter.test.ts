import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../../src/document.js'
import {parse} from '../../src/parse.js'
import {aliasLimits} from '../../src/source/yaml-pair-entries.js'

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

/** A front matter of these lines, then a small by-location table. */
function page(...lines: string[]): string {
  return [
    '---',
    ...lines,
    '---',
    '',
    '| **Location** | **Address** | **Zone** | **Local Azure regions** | **ER Direct** | **Service providers** |',
    '| --- | --- | --- | --- | --- | --- |',
    '| **Sydney** | Equinix SY2 | 2 | Australia East | Supported | Megaport |',
    ''
  ].join('\n')
}

/**
 * The billion laughs: `levels` anchors, each a list of `width` aliases of
 * the one before, so the last stands for `width ** levels` values.
 */
function aliasBomb(width: number, levels: number): string[] {
  const name = (level: number) => 'l' + level
  const lines = [
    name(0) +
      ': &' +
      name(0) +
      ' [' +
      Array(width).fill('"lol"').join(',') +
      ']'
  ]
  for (let level = 1; level < levels; level++) {
    lines.push(
      name(level) +
        ': &' +
        name(level) +
        ' [' +
        Array(width)
          .fill('*' + name(level - 1))
          .join(',') +
        ']'
    )
  }

  return lines
}

describe('YAML anchors and aliases', () => {
  it('should resolve an alias to the anchored text, in meta and in raw', () => {
    const {meta, messages} = metadataOf(
      page('title: &t Foo', 'description: *t')
    )
    expect(messages).toEqual([])
    expect(meta.title).toBe('Foo')
    expect(meta.description).toBe('Foo')
    expect(meta.raw).toEqual({title: 'Foo', description: 'Foo'})
  })

  it('should resolve aliases of lists and maps, and aliases inside them', () => {
    const {meta, messages} = metadataOf(
      page(
        'author: &a [x, y]',
        'ms.author: *a',
        'extra:',
        '  - *a',
        '  - z',
        'map: &m {k: *a}',
        'again: *m'
      )
    )
    expect(messages).toEqual([])
    expect(meta.authors).toEqual(['x', 'y'])
    expect(meta.raw).toEqual({
      author: 'x, y',
      'ms.author': 'x, y',
      extra: 'x, y, z',
      map: '{"k":["x","y"]}',
      again: '{"k":["x","y"]}'
    })
  })

  it('should resolve an alias as a key', () => {
    const {meta} = metadataOf(page('name: &k title', '*k : Foo'))
    expect(meta.raw).toEqual({name: 'title', title: 'Foo'})
    expect(meta.title).toBe('Foo')
  })

  it('should resolve an alias to an anchor of another key when the front matter is read key by key', () => {
    const {meta, messages} = metadataOf(
      page(
        'title: &t Locations: Azure',
        'service: &s expressroute',
        'ms.service: *s',
        'description: *t'
      )
    )
    // `title` does not parse on its own either: its anchor is lost, so
    // `description`, which refers to it, is kept as written.
    expect(messages.map((message) => message[0])).toEqual([
      'invalid-front-matter',
      'invalid-front-matter'
    ])
    expect(messages[1]).toEqual(['invalid-front-matter', 4, 1])
    expect(meta.raw).toEqual({
      title: '&t Locations: Azure',
      service: 'expressroute',
      'ms.service': '*s',
      description: '*t'
    })
  })

  it('should resolve an alias across keys read key by key when every anchor parses', () => {
    const {meta, messages} = metadataOf(
      page(
        'title: Locations: Azure',
        'service: &s expressroute',
        'ms.service: *s',
        'authors: &a [a, b]',
        'ms.author: *a'
      )
    )
    expect(messages.map((message) => message[0])).toEqual([
      'invalid-front-matter'
    ])
    expect(meta.title).toBe('Locations: Azure')
    expect(meta.service).toBe('expressroute')
    expect(meta.raw['ms.service']).toBe('expressroute')
    expect(meta.raw['ms.author']).toBe('a, b')
    expect(meta.authors).toEqual(['a', 'b'])
  })

  it('should keep an alias before its anchor as written, with a diagnostic at it', () => {
    const {meta, messages} = metadataOf(
      page('title: T', 'description: *t', 'other: &t Foo')
    )
    expect(messages).toEqual([['invalid-front-matter', 3, 1]])
    expect(meta.description).toBe('*t')
    expect(meta.raw).toEqual({title: 'T', description: '*t', other: 'Foo'})
  })

  it('should keep a value that holds itself as written', () => {
    const {meta, messages} = metadataOf(page('title: T', 'loop: &l [a, *l]'))
    expect(messages).toEqual([['invalid-front-matter', 3, 1]])
    expect(meta.raw).toEqual({title: 'T', loop: '[a, *l]'})
  })

  it('should stop an alias bomb of 10^9 values with a diagnostic, and still read the page', () => {
    const text = page('title: T', ...aliasBomb(10, 9), 'description: D')
    const model = parse(text)
    const diagnostics = model.diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'invalid-front-matter'
    )
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toMatch(/Excessive alias count/)
    expect(model.meta.title).toBe('T')
    expect(model.meta.description).toBe('D')
    expect(model.meta.raw['l0']).toBe(Array(10).fill('lol').join(', '))
    expect(model.meta.raw['l8']).toBe(
      '[' + Array(10).fill('*l7').join(',') + ']'
    )
    expect(model.locations.map((location) => location.id)).toEqual(['sydney'])
    expect(JSON.stringify(model).length).toBeLessThan(20_000)
  })

  it('should stop an alias bomb in a front matter read key by key', () => {
    const {meta, messages} = metadataOf(
      page('title: Locations: Azure', ...aliasBomb(10, 9))
    )
    expect(messages.map((message) => message[0])).toEqual([
      'invalid-front-matter',
      'invalid-front-matter'
    ])
    expect(meta.title).toBe('Locations: Azure')
    expect(meta.raw['l8']).toBe('[' + Array(10).fill('*l7').join(',') + ']')
  })

  it('should stop an alias bomb nested in one key', () => {
    const bomb = aliasBomb(10, 9).map((line) => '  ' + line)
    const {meta, messages} = metadataOf(page('title: T', 'nested:', ...bomb))
    expect(messages).toEqual([['invalid-front-matter', 3, 1]])
    expect(meta.raw['nested']).toMatch(/^l0: &l0/)
  })

  it('should not resolve aliases past the bounds of their number, the nodes, the text', () => {
    const manyAliases = Array.from(
      {length: aliasLimits.maxAliasCount + 1},
      (_, index) => 'k' + index + ': *a'
    )
    expect(metadataOf(page('a: &a x', ...manyAliases)).messages).toEqual([
      ['invalid-front-matter', 3, 1]
    ])

    const manyNodes =
      'list: [' + Array(aliasLimits.maxNodes).fill('x').join(',') + ']'
    const nodes = metadataOf(page('title: &t T', manyNodes, 'description: *t'))
    expect(nodes.messages).toEqual([['invalid-front-matter', 4, 1]])
    expect(nodes.meta.title).toBe('T')
    expect(nodes.meta.description).toBe('*t')

    // 60 aliases of 20 000 characters: within `maxAliasCount`, past 1 MiB.
    const wide = metadataOf(
      page(
        'a: &a ' + 'x'.repeat(20_000),
        'b: [' + Array(60).fill('*a').join(',') + ']'
      )
    )
    expect(wide.messages).toEqual([['invalid-front-matter', 3, 1]])
    expect(wide.meta.raw['b']).toBe('[' + Array(60).fill('*a').join(',') + ']')
  })

  it('should resolve an alias as the anchored value written in its place', () => {
    fc.assert(
      fc.property(fc.jsonValue({maxDepth: 3}), (value) => {
        const yaml = JSON.stringify(value)
        const aliased = metadataOf(
          page('a: &x ' + yaml, 'b: *x', 'c: [*x, *x]')
        )
        const written = metadataOf(
          page('a: ' + yaml, 'b: ' + yaml, 'c: [' + yaml + ', ' + yaml + ']')
        )
        expect(aliased.messages).toEqual(written.messages)
        expect(aliased.meta.raw).toEqual(written.meta.raw)
      }),
      {numRuns: 50}
    )
  })
})

describe('YAML values', () => {
  it('should keep scalars as JavaScript writes them, lists joined, maps as JSON', () => {
    const {meta} = metadataOf(
      page(
        'number: 1.50',
        'hex: 0x1F',
        'yes: true',
        'date: 2020-01-02',
        'empty:',
        'tilde: ~',
        '1: one',
        'nested: [a, [b, c]]',
        'map: {a: 1, b: [x]}',
        'quoted: "x: y"'
      )
    )
    expect({...meta.raw}).toEqual({
      1: 'one',
      number: '1.5',
      hex: '31',
      yes: 'true',
      date: '2020-01-02',
      empty: '',
      tilde: '',
      nested: 'a, b, c',
      map: '{"a":1,"b":["x"]}',
      quoted: 'x: y'
    })
  })
})

describe('metadata keys named like properties of objects', () => {
  const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()

  function expectKept(raw: Record<string, string>) {
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype)
    expect(Object.keys(raw)).toEqual([...keys, 'title'])
    for (const key of keys) {
      expect(Object.hasOwn(raw, key)).toBe(true)
      expect(raw[key]).toBe('v ' + key)
    }

    expect(Object.hasOwn(raw, 'valueOf')).toBe(false)
    expect(JSON.parse(JSON.stringify(raw))).toStrictEqual(raw)
    expect(JSON.stringify(raw)).toContain('"__proto__":"v __proto__"')
    expect({...raw}['__proto__']).toBe('v __proto__')
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      prototypeNames
    )
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  }

  it('should keep them in raw from YAML, touching no prototype', () => {
    const {meta} = metadataOf(
      page(...keys.map((key) => key + ': v ' + key), 'title: T')
    )
    expectKept(meta.raw)
    expect(meta.title).toBe('T')
  })

  it('should keep them in raw from YAML read key by key', () => {
    const {meta, messages} = metadataOf(
      page(...keys.map((key) => key + ': v ' + key), 'title: T: x')
    )
    expect(messages.map((message) => message[0])).toEqual([
      'invalid-front-matter'
    ])
    expect(Object.keys(meta.raw)).toEqual([...keys, 'title'])
    expect(meta.raw['__proto__']).toBe('v __proto__')
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      prototypeNames
    )
  })

  it('should keep them in raw from ACOM attributes', () => {
    const {format, meta} = metadataOf(
      '<properties ' +
        keys.map((key) => key + '="v ' + key + '"').join(' ') +
        ' title="T" />\n'
    )
    expect(format).toBe('acom')
    expectKept(meta.raw)
  })

  it('should keep a map under `__proto__` as text, polluting nothing', () => {
    const {meta} = metadataOf(
      page(
        '__proto__: {polluted: true}',
        'a: &p {__proto__: {polluted: true}}',
        'constructor: *p'
      )
    )
    expect(meta.raw['__proto__']).toBe('{"polluted":true}')
    expect(meta.raw['a']).toBe('{"__proto__":{"polluted":true}}')
    expect(meta.raw['constructor']).toBe('{"__proto__":{"polluted":true}}')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('should write them in the JSON of the model', () => {
    const model = parse(page('__proto__: x', 'constructor: y', 'title: T'))
    expect(JSON.parse(JSON.stringify(model)).meta.raw).toEqual(
      JSON.parse('{"__proto__": "x", "constructor": "y", "title": "T"}')
    )
  })
})
