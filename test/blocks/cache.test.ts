import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createBlockCache} from '../../src/blocks/block-cache.js'
import {parseMarkdownCached} from '../../src/blocks/parse-cached.js'
import {parseMarkdown} from '../../src/blocks/parse-markdown.js'
import {layoutPipeRow} from '../../src/blocks/pipe-row-layout.js'
import {readDocument} from '../../src/document.js'
import {parse} from '../../src/index.js'
import {allDocuments, fixture} from '../helpers.js'

describe('block cache', () => {
  for (const name of allDocuments()) {
    it('should give the same model cached and uncached: ' + name, () => {
      const raw = fixture(name)
      for (const view of ['published', 'upstream'] as const) {
        const cached = parse(raw, {view, path: name})
        // Twice: the second run reads every piece from the cache.
        expect(parse(raw, {view, path: name})).toEqual(cached)
        expect(parse(raw, {view, path: name, cache: false})).toEqual(cached)
      }
    })
  }

  it("should share a cache of the caller's own between the two views of a page", () => {
    const raw = fixture('seeds/000_c20a30ffbdf1b6d4.txt')
    const cache = createBlockCache()
    const published = parse(raw, {cache})
    const afterPublished = cache.size
    const upstream = parse(raw, {cache, view: 'upstream'})
    expect(published).toEqual(parse(raw, {cache: false}))
    expect(upstream).toEqual(parse(raw, {cache: false, view: 'upstream'}))
    // The upstream view is as long as the published one; most of it was a hit.
    expect(cache.size - afterPublished).toBeLessThan(afterPublished / 2)
  })

  it('should give the same mdast as a whole parse on every fixture', () => {
    const cache = createBlockCache()
    const differing: string[] = []
    for (const name of allDocuments()) {
      const text = readDocument(fixture(name)).view.text
      if (
        JSON.stringify(parseMarkdownCached(text, cache)) !==
        JSON.stringify(parseMarkdown(text))
      ) {
        differing.push(name)
      }
    }

    expect(differing).toEqual([])
  })

  it('should give the tree of a whole parse for cells bold as a whole', () => {
    // Made without a parse when the inside reads as text: the rest (white
    // space or a tag at either end, markup inside) is left to the parser.
    const cells = [
      '**Dallas**',
      '**Newport(Wales)+**',
      '**+**',
      '**a**',
      '**AT&T**',
      '**Equinix<br/>Megaport**',
      '**a<br>b**',
      '**<br>**',
      '**<br>a**',
      '**a<br/>**',
      '** a**',
      '**a **',
      '**\u00a0a**',
      '**a\u3000**',
      '****',
      '*****',
      '**a**b',
      'a**b**',
      '***a***',
      '**a*b**',
      '**_a_**',
      '**a_b**',
      '**&amp;**',
      '**a\\|b**',
      '**www.example.com**',
      '**[x](y)**',
      '**`a`**',
      '**~~a~~**',
      '**é**',
      '**(a)**',
      '**.**'
    ]
    const cache = createBlockCache()
    for (const content of cells) {
      const text = '| h | h |\n| --- | --- |\n| ' + content + ' | x |\n'
      // Cold, then with the row known and moved down a piece.
      for (const moved of [text, 'Intro.\n\n' + text]) {
        expect(JSON.stringify(parseMarkdownCached(moved, cache))).toBe(
          JSON.stringify(parseMarkdown(moved))
        )
      }
    }
  })

  it('should resolve a reference defined in another piece', () => {
    const text = '# A\n\n![map][0]\n\n# B\n\ntext\n\n[0]: ./map.png "Map"\n'
    expect(JSON.stringify(parseMarkdownCached(text, createBlockCache()))).toBe(
      JSON.stringify(parseMarkdown(text))
    )
  })

  it('should not cut fenced code, comments or front matter at blank lines', () => {
    const text = [
      '---',
      'title: x',
      '',
      'ms.date: 01/02/2020',
      '---',
      '',
      '```',
      'a',
      '',
      'b',
      '```',
      '',
      '<!-- note',
      '',
      'still a comment -->',
      '',
      '- one',
      '',
      '- two',
      '',
      'Text.',
      ''
    ].join('\n')
    expect(JSON.stringify(parseMarkdownCached(text, createBlockCache()))).toBe(
      JSON.stringify(parseMarkdown(text))
    )
  })

  it('should parse tables a row at a time like a whole parse, with CRLF and a heading before them', () => {
    const text = [
      'Intro',
      '',
      '### Global commercial Azure',
      '| **Location** | **Service providers** |',
      '| --- | :---: |',
      '|  **Amsterdam** | [Equinix](https://example.com), `IX Reach` |',
      '| **Berlin** | a \\| b | extra |',
      '| **Cairo** |',
      '',
      'Outro',
      ''
    ].join('\r\n')
    const cache = createBlockCache()
    for (let round = 0; round < 2; round++) {
      expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
        JSON.stringify(parseMarkdown(text))
      )
    }
  })

  it('should empty itself when full', () => {
    const cache = createBlockCache(100)
    parseMarkdownCached(
      '# A\n\nfirst piece of text\n\n# B\n\nsecond piece of text\n',
      cache
    )
    expect(cache.size).toBeLessThanOrEqual(100)
    expect(cache.entries.size).toBe(1)
  })

  it('should hold where reviews found it broken', () => {
    /** `[text, texts parsed through the same cache first]`. */
    const cases: Array<[string, string[]]> = [
      // A line of NBSP, form feed or line separator is not blank for Markdown.
      ['a\n\u00a0\nb\n', []],
      ['a\n\f\nb\n', []],
      ['- a\n\u2028\nb\n', []],
      ['|a|\n|-|\n|1|\n\u00a0\nb\n', []],
      // A piece ending in a lone CR makes a CRLF with the separator of the batch.
      ['a\r\rb\r', []],
      ['|a|\r|-|\r|*y*|\r\rz\r', []],
      // Front matter is read only at the start of a document.
      ['|a|\n|-|\n|1|\n\n---\nx: 1\n---\n', ['|a|\n|-|\n|1|\n\nfoo\n']],
      ['---\nx: 1\n---\n\nz\n', ['|a|\n|-|\n|1|\n\n---\nx: 1\n---\n\nz\n']],
      ['---\nx: 1\n...\n\ny\n---\n\nz\n', []],
      // A piece of prose whose text looks like the key of a cell.
      ['|a|\n|-|\n|*a*|\n\nq\n', ['x\n\n\u0000cell\u0000*a*']],
      ['x\n\n\u0000cell\u0000*a*', ['|a|\n|-|\n|*a*|\n\nq\n']],
      // A second review: a tag-only line at the very end reads otherwise.
      ['a\n\nb\n> q\n<span>', []],
      ['\ro\r1. o\r<e>', []],
      // A fence closes only with as long a fence of its character, alone.
      ['|a|\n|-|\n|b|\n\n````\ncode\n```\n\n|a|\n|-|\n|c|\n', []],
      ['```\ncode\n```js\n\n|a|\n|-|\n|c|\n', []],
      ['````\ncode\n```\n\nText after.\n', ['x\n\nText after.\n']],
      // micromark counts no offset for a leading BOM.
      ['\uFEFFa\n\n|x|\n|-|\n|y|\n', ['z\n\n|x|\n|-|\n|y|\n']],
      // `- |` under a lone `|` is a list item, not a delimiter row.
      ['|\n- |\n\n  *\n[1]:', []]
    ]
    for (const [text, before] of cases) {
      const cache = createBlockCache()
      for (const other of before) parseMarkdownCached(other, cache)
      expect(
        JSON.stringify(parseMarkdownCached(text, cache)),
        JSON.stringify(text)
      ).toBe(JSON.stringify(parseMarkdown(text)))
    }
  })

  it('should lay out a row as mdast positions it', () => {
    expect(layoutPipeRow('| a |  b|c  |   ')).toEqual({
      start: 0,
      end: 16,
      cells: [
        {start: 0, end: 4, contentStart: 2, contentEnd: 3},
        {start: 4, end: 8, contentStart: 7, contentEnd: 8},
        {start: 8, end: 16, contentStart: 9, contentEnd: 10}
      ]
    })
    expect(
      layoutPipeRow('  || z \\| y \\\\| w')?.cells.map((cell) => [
        cell.start,
        cell.end
      ])
    ).toEqual([
      [2, 3],
      [3, 14],
      [14, 17]
    ])
    expect(layoutPipeRow('|')).toBeUndefined()
    expect(layoutPipeRow('a | b')).toBeUndefined()
  })

  it('should cut after a table even when the next line is indented', () => {
    // The delimiter row's leading pipe is optional (`---|---` in the corpus).
    for (const delimiter of ['| - |', '-|', ':-:|']) {
      const text =
        '| a |\n' + delimiter + '\n| b |\n\n **+** soon\n\n    code\n\nText.\n'
      const cache = createBlockCache()
      expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
        JSON.stringify(parseMarkdown(text))
      )
      expect(
        [...cache.entries.keys()].some((key) =>
          key.endsWith('\u0000 **+** soon\n\n    code\n\n')
        )
      ).toBe(true)
    }
  })

  it('should not cut a list, a processing instruction or CDATA at blank lines', () => {
    const text = [
      '- | a |',
      '| - |',
      '',
      '  still the item',
      '',
      '<?php',
      '',
      'echo 1 ?>',
      '',
      '<![CDATA[',
      '',
      ']]>',
      '',
      'End.',
      ''
    ].join('\n')
    expect(JSON.stringify(parseMarkdownCached(text, createBlockCache()))).toBe(
      JSON.stringify(parseMarkdown(text))
    )
  })

  it('should parse a page whose definitions are not its definition lines whole, and cache none of it', () => {
    for (const text of [
      // A label defined twice: the first wins.
      '[a]\n\n[a]: one\n\n# B\n\n[A]: two\n',
      // A line that looks like a definition but is a table row.
      '| h |\n| --- |\n||\n[ref]: https://example.com/r\n\n[ref]\n',
      // A definition with its title on the next line.
      '[a]\n\n# B\n\n[a]: one\n  "Title"\n'
    ]) {
      const cache = createBlockCache()
      expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
        JSON.stringify(parseMarkdown(text))
      )
      expect(
        [...cache.entries.keys()].every((key) =>
          key.startsWith('\u0000definitions')
        )
      ).toBe(true)
    }
  })

  // `CACHE_RUNS=5000 npx vitest run test/blocks/cache.test.ts` for a longer search.
  const runs = Number(process.env.CACHE_RUNS ?? 300)
  it(
    'should give the tree of a whole parse for generated tables, cold and warm',
    () => {
      /** Cell content: plain words, inline markup, escapes, things GFM autolinks. */
      const cell = fc
        .array(
          fc.constantFrom(
            'Amsterdam',
            ' ',
            '  ',
            ',',
            '\\|',
            '\\\\',
            '\\',
            '`',
            '`a|b`',
            '**',
            '*',
            '_',
            '[Equinix](https://example.com/a b)',
            '[x][ref]',
            '[^1]',
            '![m](i.png)',
            '<br/>',
            '<br',
            '</br>',
            '<BR>',
            '<br />',
            '<br >',
            '</br/>',
            '&check;',
            '&#x41;',
            '&T;',
            '&amp',
            'AT&T',
            'www.example.com',
            'http://x.y',
            'a@b.co',
            '~~',
            '\u0000',
            '+',
            '-',
            ':',
            'é'
          ),
          {maxLength: 6}
        )
        .map((parts) => parts.join(''))
      // A cell bold as a whole (`**Dallas**`) is made without a parse when
      // what is inside reads as text.
      const anyCell = fc.oneof(
        cell,
        cell.map((content) => '**' + content + '**')
      )
      const row = fc
        .tuple(
          fc.constantFrom('', ' ', '   '),
          fc.array(anyCell, {minLength: 1, maxLength: 5}),
          fc.constantFrom('|', '| ', '', ' ', '||')
        )
        .map(([indent, cells, end]) => indent + '|' + cells.join('|') + end)
        .filter((line) => !/^\s*\|\s*$/.test(line))
      const table = fc
        .tuple(
          fc.constantFrom('', '### Heading\n'),
          fc.integer({min: 1, max: 4}),
          fc.array(row, {minLength: 1, maxLength: 6}),
          fc.constantFrom('', '\n', '\n\n', '\n\n  after\n', '\nnext line\n')
        )
        .map(
          ([heading, columns, rows, after]) =>
            heading +
            '|' +
            ' h |'.repeat(columns) +
            '\n' +
            '|' +
            ' --- |'.repeat(columns) +
            '\n' +
            rows.join('\n') +
            after
        )
      const prose = fc.constantFrom(
        'Some *prose*.\n',
        '- item\n',
        '[ref]: https://example.com/r\n',
        '---\ntitle: x\n---\n',
        '\u00a0\n',
        '  indented\n',
        '<!--\n\n-->\n',
        '```\n|a|\n\n```\n',
        '````\ncode\n```\n',
        '|\n- |\n',
        '> q\n<span>',
        '\uFEFF'
      )
      const page = fc
        .tuple(
          fc.array(fc.oneof(table, prose), {minLength: 1, maxLength: 4}),
          fc.constantFrom('\n', '\r\n', '\r')
        )
        .map(([blocks, eol]) => blocks.join('\n').replace(/\n/g, eol))

      fc.assert(
        fc.property(page, page, (first, second) => {
          const cache = createBlockCache()
          // The last moves the pieces of `first` (read before) down.
          const moved = second + '\n\n' + first
          for (const text of [first, second, first, moved]) {
            expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
              JSON.stringify(parseMarkdown(text))
            )
          }
        }),
        {numRuns: runs}
      )
    },
    // A guard against a hang, not a timing: 300 runs took 16.6 s on CI's
    // loaded two cores (50 ms a run was too tight).
    runs * 200
  )
})
