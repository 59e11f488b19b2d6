import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createBlockCache} from '../../src/blocks/block-cache.js'
import {parseMarkdownCached} from '../../src/blocks/parse-cached.js'
import {parseMarkdown} from '../../src/blocks/parse-markdown.js'

/** Whether the cached parse of each text, in turn through one cache, is the whole parse. */
function expectWholeTrees(texts: string[]) {
  const cache = createBlockCache()
  for (const text of texts) {
    expect(
      JSON.stringify(parseMarkdownCached(text, cache)),
      JSON.stringify(text)
    ).toBe(JSON.stringify(parseMarkdown(text)))
  }
}

/** How many entries of a cache are of one line of a paragraph (keys end in the line). */
function cachedLines(cache: ReturnType<typeof createBlockCache>, line: string) {
  return [...cache.entries.keys()].filter((key) =>
    key.endsWith('\u0000' + line)
  ).length
}

describe('paragraphs parsed a line at a time', () => {
  it('should parse each line of a paragraph on its own, and again only the line that changed', () => {
    const rows = [
      '| **Dallas** | [Equinix DA3](https://example.com/da3) | 1 | Megaport<br/>Zayo |',
      '| **Denver** | CoreSite | 1 | PacketFabric |',
      '| **Doha** | MEEZA | 3 | Vodafone |'
    ]
    const page = (lines: string[]) =>
      '# Locations\n\nIntro.\n\n#### [D-I](#tab/d-i)\n' +
      lines.join('\n') +
      '\n\nOutro.\n'
    const cache = createBlockCache()
    const first = page(rows)
    expect(JSON.stringify(parseMarkdownCached(first, cache))).toBe(
      JSON.stringify(parseMarkdown(first))
    )
    expect(cachedLines(cache, rows[1] as string)).toBe(1)

    const changed = [rows[0], '| **Denver** | CoreSite | 1 | Zayo |', rows[2]]
    const second = page(changed as string[])
    const before = cache.entries.size
    expect(JSON.stringify(parseMarkdownCached(second, cache))).toBe(
      JSON.stringify(parseMarkdown(second))
    )
    // The changed line, and nothing else.
    expect(cache.entries.size).toBe(before + 1)
  })

  it('should parse a paragraph whole where a line reaches into another', () => {
    expectWholeTrees(
      [
        // Code, a link, HTML, strikethrough across lines.
        ['| `a |', '| b` |'],
        ['| [a |', '| b](https://example.com) |'],
        ['| <span', 'title="x"> |'],
        ['| ~~a |', '| b~~ |'],
        // Emphasis left over on two lines pairs across them.
        ['| *a |', '| b* |'],
        ['| __a |', '| b__ |'],
        // A delimiter left over, and a code span after it.
        ['| Equinix* |', '| `x` |', '| ` |'],
        // Hard breaks, an indented line, a setext underline, a delimiter row.
        ['| a |  ', '| b |'],
        ['| a |\\', '| b |'],
        ['| a |', '    | b |'],
        ['Title', '==='],
        ['| a |', '| --- |', '| b |'],
        ['| a | b |', '|:-|-:|'],
        // Lines that start a list, a quote, a heading.
        ['| a |', '- b'],
        ['| a |', '> b'],
        ['| a |', '# b'],
        ['| a |', '1. b'],
        // A run that can both open and close, in a line that reads alone,
        // closes what another line left open (found by review).
        ['Foo *bar', 'Baz*qux*end'],
        ['Foo _bar', 'Baz._.qux_.'],
        ['Foo ***bar', 'Baz*qux*end'],
        ['|Foo *bar|', '|Baz|x*y*z|'],
        ['Foo *bar', 'Baz', 'é*qux*'],
        // What an image's label leaves over (found by review).
        ['Foo ![a`b](u) x', 'Bar `code` y'],
        ['Foo ![a<!--b](u) x', 'Bar --> y'],
        ['Foo ![a<?b](u) x', 'Bar ?> y'],
        ['Foo ![<a b="](u) x', 'Bar"> y'],
        ['Foo ![[a](u "b](v) x', 'Bar") y'],
        // Autolinks GFM finds in text.
        ['| www.example.com |', '| b |'],
        ['| a@b.co |', '| b |'],
        ['| https://example.com |', '| b |']
      ].map((lines) => 'Intro.\n\n' + lines.join('\n') + '\n\nOutro.\n')
    )
  })

  it('should parse a line again after a paragraph read before changed it', () => {
    expectWholeTrees([
      'Intro.\n\nAlpha one\nBeta*two*three\nGamma\n\nOutro.\n',
      'Intro.\n\nAlpha *one\nBeta*two*three\nGamma\n\nOutro.\n',
      'Intro.\n\nFoo ![a`b] x\nBar `c` y\n\n[a`b]: /u\n\nOutro.\n'
    ])
  })

  it('should ask for no line of a piece that is no paragraph', () => {
    const cache = createBlockCache()
    parseMarkdownCached('Intro.\n\nFoo\nBar\n- x\n\nOutro.\n', cache)
    expect(cachedLines(cache, 'Foo')).toBe(0)
    expect(cachedLines(cache, 'Bar')).toBe(0)
  })

  it('should join the lines as a whole parse does: text runs on across a line ending, after any node', () => {
    expectWholeTrees([
      'A\n\n| a |\n| b |\n\nZ\n',
      'A\n\n| **a** |\n**b** | c\n\nZ\n',
      'A\n\n| a<br/>\n<br/> |\n[x](y)\n\nZ\n',
      'A\n\n## Heading\nText *em* and `code`.\n| Equinix* | x |\nMore &amp; more.\n\nZ\n',
      'A\n\nÉté\n| x |\n\nZ\n\n[r]: https://example.com\n',
      'A\n\n| [r] |\n| [x][r] |\n| ![i](m.png) |\n\nZ\n\n[r]: https://example.com\n'
    ])
  })

  // `CACHE_RUNS=5000 npx vitest run test/blocks/paragraph-lines.test.ts` for a longer search.
  const runs = Number(process.env.CACHE_RUNS ?? 300)
  it(
    'should give the tree of a whole parse for generated paragraphs, cold, warm, a line changed and moved',
    () => {
      /** A part of a line: words, inline markup, what GFM autolinks, block starts. */
      const part = fc.constantFrom(
        'Amsterdam',
        ' ',
        '  ',
        '|',
        '| ',
        '**',
        '*',
        '_',
        'a_b',
        '`',
        '`c`',
        '~~',
        '~',
        '[Equinix](https://example.com/a)',
        '[x][ref]',
        '[ref]',
        '[',
        ']',
        '[^1]',
        '![m](i.png)',
        '![a`b](u)',
        '![a<!--b](u)',
        '-->',
        'x*y',
        '._.',
        '***',
        '<br/>',
        '<br',
        '</b>',
        '>',
        '&amp;',
        'AT&T',
        '\\',
        '\\*',
        'www.example.com',
        'http://x.y',
        'a@b.co',
        '#',
        '- ',
        '1. ',
        '=',
        '---',
        ':',
        'é',
        '中'
      )
      // Mostly lines that may read alone: they start with a pipe or a
      // letter and end without a break.
      const line = fc
        .tuple(
          fc.constantFrom('|', '| ', 'Word ', 'é', '', ' ', '*', '#', '- '),
          fc.array(fc.oneof(part, fc.constantFrom('Zayo', ' | ')), {
            minLength: 1,
            maxLength: 6
          }),
          fc.constantFrom('', '|', ' |', '', ' ', '\\')
        )
        .map(([start, parts, end]) => start + parts.join('') + end)
      const paragraph = fc.tuple(
        fc.constantFrom('', '### Heading\n', '#### [A-C](#tab/a-c)\n'),
        fc.array(line, {minLength: 2, maxLength: 6})
      )
      const page = fc
        .tuple(
          paragraph,
          fc.constantFrom('', '[ref]: https://example.com/r\n\n', '[^1]: x\n\n')
        )
        .map(([[heading, lines], definitions]) => ({
          heading,
          lines,
          definitions
        }))
      const text = (
        value: {heading: string; lines: string[]; definitions: string},
        lines = value.lines
      ) =>
        'Intro.\n\n' +
        value.heading +
        lines.join('\n') +
        '\n\nOutro.\n\n' +
        value.definitions

      fc.assert(
        fc.property(page, line, fc.nat(), (value, other, at) => {
          const changed = [...value.lines]
          changed[at % changed.length] = other
          const first = text(value)
          expectWholeTrees([
            first,
            first,
            text(value, changed),
            'Moved down.\n\n' + first
          ])
        }),
        {numRuns: runs}
      )
    },
    // A guard against a hang, not a timing.
    runs * 200
  )
})
