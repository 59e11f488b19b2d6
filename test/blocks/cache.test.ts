import {describe, expect, it} from 'vitest'
import {createBlockCache, parseMarkdownCached} from '../../src/blocks/parse-cached.js'
import {parseMarkdown} from '../../src/blocks/parse-markdown.js'
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

  it('should give the same mdast as a whole parse on every fixture', () => {
    const cache = createBlockCache()
    const differing: string[] = []
    for (const name of allDocuments()) {
      const text = readDocument(fixture(name)).view.text
      if (JSON.stringify(parseMarkdownCached(text, cache)) !== JSON.stringify(parseMarkdown(text))) {
        differing.push(name)
      }
    }

    expect(differing).toEqual([])
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
      expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(JSON.stringify(parseMarkdown(text)))
    }
  })

  it('should empty itself when full', () => {
    const cache = createBlockCache(40)
    parseMarkdownCached('# A\n\nfirst piece of text\n\n# B\n\nsecond piece of text\n', cache)
    expect(cache.size).toBeLessThanOrEqual(40)
  })
})
