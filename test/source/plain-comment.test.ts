/**
 * Customization markers inside an ordinary comment (issue 12 §7): `<!--` on
 * a line, marker lines inside, `-->` some lines later.
 *
 * The corpus has no instance (its one lone `<!--`, at the end of
 * `other-china_2015-12-01`, holds a URL and no marker), so the fixture
 * `customization/markers-in-plain-comment.md` is handmade, in the form of
 * seed 000's markers.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/parse.js'
import {customizationLayer} from '../../src/source/customization-markers.js'
import {viewFromLayer} from '../../src/source/customization-views.js'
import {
  createPlacer,
  sourceFromText,
  toRawStartOffset,
  viewNames,
  type View
} from '../../src/source/index.js'
import {views} from '../../src/views.js'
import {fixture} from '../helpers.js'

const fixtureName = 'customization/markers-in-plain-comment.md'

/** Diagnostics of the customization layer as `[ruleId, line, column]`. */
function found(text: string) {
  const source = sourceFromText(text)
  return {
    published: source.published.text,
    upstream: source.upstream.text,
    messages: source.messages.map((message) => [
      message.ruleId,
      message.line,
      message.column
    ])
  }
}

/** Whether every character of a view is the raw character its map points to, in raw order. */
function isFaithful(raw: string, view: View): boolean {
  let previous = -1
  for (let offset = 0; offset < view.text.length; offset++) {
    const rawOffset = toRawStartOffset(view.map, offset)
    if (rawOffset <= previous || raw[rawOffset] !== view.text[offset])
      return false
    previous = rawOffset
  }

  return true
}

/** Offset in a view of the character at a raw offset; `-1` when the view left it out. */
function viewOffsetOf(view: View, rawOffset: number): number {
  for (const segment of view.map.segments) {
    const delta = rawOffset - segment.rawStart
    if (delta >= 0 && delta < segment.length) return segment.viewStart + delta
  }

  return -1
}

/** Lines of `text` from the line that is exactly `first` through the next line that is exactly `last`. */
function span(text: string, first: string, last: string): string[] {
  const lines = text.split('\n')
  const start = lines.indexOf(first)
  const end = lines.indexOf(last, start + 1)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(end).toBeGreaterThan(start)
  return lines.slice(start, end + 1)
}

describe('markers inside a plain comment: the fixture', () => {
  const raw = fixture(fixtureName)
  const source = sourceFromText(raw)
  const published = source.published.text
  const upstream = source.upstream.text

  // Checked by hand against the raw fixture: raw 28-39 (the commented
  // national clouds table: published keeps the `China cloud` row, upstream
  // restores the `US Government cloud` row, both inside `<!--` … `-->`);
  // raw 41 (an inline comment holding a deleted and a kept phrase); raw
  // 43-45 (a comment without markers, as at the end of other-china
  // 2015-12-01: untouched).
  it('should resolve the markers of the block comment and keep it a comment', () => {
    const commented = [
      '<!--',
      'The national clouds table waits for the China cloud to go live.',
      '',
      '|**Geopolitical region**|**Azure regions**|**ExpressRoute locations**|',
      '|---|---|---|'
    ]
    expect(span(published, '<!--', '-->')).toEqual([
      ...commented,
      '|**China cloud**|China North, China East|Beijing, Shanghai|',
      '-->'
    ])
    expect(span(upstream, '<!--', '-->')).toEqual([
      ...commented,
      '|**US Government cloud**|US Gov Iowa, US Gov Virginia|Iowa, Virginia|',
      '-->'
    ])
  })

  it('should resolve the markers of an inline comment', () => {
    expect(published).toContain(
      'reviewed each month <!-- review:  by the China team --> and listed here.'
    )
    expect(upstream).toContain(
      'reviewed each month <!-- review: by the Azure team  --> and listed here.'
    )
  })

  it('should leave the comment without markers alone', () => {
    const plain =
      '<!--\nhttps://azure.microsoft.com/documentation/articles/expressroute-locations/\n-->\n'
    expect(raw.endsWith(plain)).toBe(true)
    expect(published.endsWith(plain)).toBe(true)
    expect(upstream.endsWith(plain)).toBe(true)
  })

  it('should leave no marker in either view, and no `-->` but the comments’ own', () => {
    for (const text of [published, upstream]) {
      expect(text).not.toContain('by customization')
      // Three comments, each one `<!--` and one `-->`, in order.
      expect(text.match(/<!--|-->/g)).toEqual([
        '<!--',
        '-->',
        '<!--',
        '-->',
        '<!--',
        '-->'
      ])
    }
  })

  it('should report the reading once a comment, and no stray `-->`', () => {
    expect(
      source.messages.map((message) => [
        message.ruleId,
        message.line,
        message.column
      ])
    ).toEqual([
      ['customization-in-comment', 28, 1],
      ['customization-in-comment', 41, 39]
    ])
    expect(raw.split('\n')[27]).toBe('<!--')
    expect(raw.split('\n')[40]?.slice(38, 42)).toBe('<!--')
  })

  it('should map both views back to the raw file', () => {
    expect(isFaithful(raw, source.published)).toBe(true)
    expect(isFaithful(raw, source.upstream)).toBe(true)
  })

  it('should read no row of the commented table in either view', () => {
    for (const view of ['published', 'upstream'] as const) {
      const model = parse(raw, {view, path: fixtureName})
      const names = model.regions.map((region) => region.name)
      expect(names).not.toContain('China cloud')
      expect(names).not.toContain('US Government cloud')
      expect(names).toContain('Europe')
      expect(names).toContain(view === 'published' ? 'Asia' : 'North America')
      expect(
        model.diagnostics.map((diagnostic) => diagnostic.ruleId)
      ).not.toContain('stray-comment-close')
      expect(model.source.customized).toBe(true)
    }
  })
})

describe('markers inside a plain comment: forms', () => {
  it('should resolve block markers and keep the comment’s own lines', () => {
    const text = [
      '|a|',
      '|-|',
      '|b|',
      '',
      '<!--',
      '<!-- deleted by customization',
      '|c|',
      '-->',
      '<!-- keep by customization: begin -->',
      '|d|',
      '<!-- keep by customization: end -->',
      '-->',
      ''
    ].join('\n')
    expect(found(text)).toEqual({
      published: '|a|\n|-|\n|b|\n\n<!--\n|d|\n-->\n',
      upstream: '|a|\n|-|\n|b|\n\n<!--\n|c|\n-->\n',
      messages: [['customization-in-comment', 5, 1]]
    })
  })

  it('should read markers that follow `<!--` on its line', () => {
    expect(
      found('<!-- draft <!-- deleted by customization a -->\nb\n-->\n')
    ).toEqual({
      published: '<!-- draft \nb\n-->\n',
      upstream: '<!-- draft a\nb\n-->\n',
      messages: [['customization-in-comment', 1, 1]]
    })
  })

  it('should read a comment whose first marker is a keep span', () => {
    expect(
      found(
        'x <!-- <!-- keep by customization: begin --> y <!-- keep by customization: end --> --> z\n'
      )
    ).toEqual({
      published: 'x <!-- y --> z\n',
      upstream: 'x <!--  --> z\n',
      messages: [['customization-in-comment', 1, 3]]
    })
  })

  it('should flatten comments nested in the outer comment, so no view ends it early', () => {
    // Upstream restores `<!-- b -->`: its `-->` would end the outer comment.
    expect(
      found(
        '<!--\n<!-- deleted by customization a <!-- b --> c -->\n<!-- note -->\n-->\nd\n'
      )
    ).toEqual({
      published: '<!--\n note \n-->\nd\n',
      upstream: '<!--\na  b  c\n note \n-->\nd\n',
      messages: [
        ['nested-customization-comment', 2, 33],
        ['customization-in-comment', 1, 1]
      ]
    })
  })

  it('should keep nested deleted markers (the Orange row) inside the outer comment', () => {
    const text =
      '<!--\n<!-- deleted by customization\n| **Orange** | Amsterdam <!-- deleted by customization, Hong Kong -->, London |\n-->\n-->\n'
    expect(found(text)).toEqual({
      published: '<!--\n-->\n',
      upstream: '<!--\n| **Orange** | Amsterdam , Hong Kong, London |\n-->\n',
      messages: [
        ['nested-customization-comment', 3, 26],
        ['customization-in-comment', 1, 1]
      ]
    })
  })

  it('should leave a comment alone when its first `-->` comes before any marker', () => {
    const text = '<!-- note -->\n<!-- deleted by customization a -->\nb\n'
    expect(found(text)).toEqual({
      published: '<!-- note -->\nb\n',
      upstream: '<!-- note -->\na\nb\n',
      messages: []
    })
  })

  it('should read a comment inside a keep span like one outside', () => {
    const text =
      '<!-- keep by customization: begin -->\n<!--\n<!-- deleted by customization a -->\n-->\nb\n<!-- keep by customization: end -->\n'
    expect(found(text)).toEqual({
      published: '<!--\n-->\nb\n',
      upstream: '',
      messages: [['customization-in-comment', 2, 1]]
    })
  })

  it('should handle CRLF line endings like LF', () => {
    const lf = '<!--\n<!-- deleted by customization\n|b|\n-->\n-->\n|c|\n'
    const crlf = lf.replaceAll('\n', '\r\n')
    expect(views(crlf).published).toBe(
      views(lf).published.replaceAll('\n', '\r\n')
    )
    expect(views(crlf).upstream).toBe(
      views(lf).upstream.replaceAll('\n', '\r\n')
    )
  })
})

describe('markers inside a plain comment: unbalanced', () => {
  it('should hide an outer comment never closed, to the end of its block', () => {
    expect(
      found('a\n\n<!--\n<!-- deleted by customization x -->\ny\n\nz\n')
    ).toEqual({
      published: 'a\n\n\nz\n',
      upstream: 'a\n\n\nz\n',
      messages: [['unterminated-outer-comment', 3, 1]]
    })
  })

  it('should hide an inline outer comment never closed, to the end of its line', () => {
    expect(
      found('a <!-- b <!-- deleted by customization c --> d\ne\n')
    ).toEqual({
      published: 'a \ne\n',
      upstream: 'a \ne\n',
      messages: [['unterminated-outer-comment', 1, 3]]
    })
  })

  it('should end a keep span left open where the outer comment closes', () => {
    // The `-->` closes the outer comment (HTML agrees); the `end` after it closes nothing.
    const text =
      '<!--\n<!-- keep by customization: begin -->\nx\n-->\ny\n<!-- keep by customization: end -->\nz\n'
    expect(found(text)).toEqual({
      published: '<!--\nx\n-->\ny\nz\n',
      upstream: '<!--\n-->\ny\nz\n',
      messages: [
        ['unbalanced-keep-marker', 2, 1],
        ['customization-in-comment', 1, 1],
        ['unbalanced-keep-marker', 6, 1]
      ]
    })
  })

  it('should not let a `keep: end` inside the comment close a span opened outside it', () => {
    const text =
      'a\n<!-- keep by customization: begin -->\nb\n<!--\nc\n<!-- keep by customization: end -->\n-->\nd\n\ne\n'
    const result = found(text)
    expect(result.messages).toEqual([
      ['unbalanced-keep-marker', 6, 1],
      ['customization-in-comment', 4, 1],
      ['unbalanced-keep-marker', 2, 1]
    ])
    expect(result.published).toBe('a\nb\n<!--\nc\n-->\nd\n\ne\n')
    expect(result.upstream).toBe('a\n\ne\n')
  })

  it('should read a deleted marker after a `<!--` that nothing closes as outside any comment', () => {
    expect(found('<!--\na <!-- deleted by customization b\n')).toEqual({
      published: '<!--\na \n',
      upstream: '<!--\na b\n',
      messages: [['unterminated-deleted-marker', 2, 3]]
    })
  })

  it('should grow linearly on runs of closers that close nothing', () => {
    // Each closer finds what it closes without walking the stack, and a
    // `<!--` that nothing closes is looked past once, not once per `<!--`.
    const inputs = [
      (n: number) =>
        '<!-- deleted by customization '.repeat(n) +
        '<!-- keep by customization: end -->'.repeat(n),
      (n: number) =>
        '<!-- keep by customization: begin -->'.repeat(n) + ' -->'.repeat(n),
      (n: number) =>
        '<!--\n<!-- deleted by customization x -->' +
        '<!-- deleted by customization '.repeat(n) +
        '<!-- keep by customization: end -->'.repeat(n),
      (n: number) => '<!-- a '.repeat(n * 4) + '<!-- deleted by customization x'
    ]
    /** Best of three, in ms. */
    function time(text: string): number {
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        customizationLayer(text, createPlacer(text))
        best = Math.min(best, performance.now() - start)
      }

      return best
    }

    for (const input of inputs) {
      const small = time(input(500))
      const large = time(input(4_000))
      // Linear: about 8 times as long; quadratic: 64 times.
      expect(large).toBeLessThan(24 * small + 50)
    }
  })

  it('should stay linear on thousands of outer comments, open or closed', () => {
    const inputs = [
      '<!--\n<!-- deleted by customization x -->\n-->\n'.repeat(5_000),
      '<!--\n<!-- deleted by customization x -->\n'.repeat(5_000),
      '<!-- a -->'.repeat(20_000) + '<!-- deleted by customization x -->',
      '<!--'.repeat(20_000) + '<!-- deleted by customization x -->',
      '<!-- <!-- keep by customization: begin -->'.repeat(5_000)
    ]
    for (const text of inputs) {
      const start = performance.now()
      const source = sourceFromText(text)
      expect(performance.now() - start).toBeLessThan(2_000)
      expect(isFaithful(text, source.published)).toBe(true)
      expect(isFaithful(text, source.upstream)).toBe(true)
    }
  })
})

describe('markers inside a plain comment (property)', () => {
  /** Text with no marker, comment token or line ending. */
  const word = fc.stringMatching(/^[a-z |,+*]{0,6}$/)

  /** A balanced sequence of customization constructs, without ordinary comments. */
  const {content} = fc.letrec<{content: string; item: string}>((tie) => ({
    content: fc
      .array(tie('item'), {maxLength: 5})
      .map((items) => items.join('')),
    item: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      word,
      fc.constant('\n'),
      word.map((text) => '<!-- deleted by customization ' + text + ' -->'),
      tie('content').map(
        (inner) => '<!-- deleted by customization\n' + inner + '\n-->'
      ),
      word.map(
        (text) =>
          '<!-- keep by customization: begin --> ' +
          text +
          ' <!-- keep by customization: end -->'
      ),
      word.map(
        (text) =>
          '\n<!-- keep by customization: begin -->\n' +
          text +
          '\n<!-- keep by customization: end -->\n'
      )
    )
  }))
  /** Balanced content as whole lines. */
  const lines = content.map((text) =>
    text.endsWith('\n') || text === '' ? text : text + '\n'
  )

  it('should read markers inside a comment as it reads them outside', () => {
    fc.assert(
      fc.property(lines, (inner) => {
        fc.pre(inner.includes('by customization'))
        const bare = sourceFromText(inner)
        const wrapped = sourceFromText('<!--\n' + inner + '-->\n|x|\n')
        expect(wrapped.published.text).toBe(
          '<!--\n' + bare.published.text + '-->\n|x|\n'
        )
        expect(wrapped.upstream.text).toBe(
          '<!--\n' + bare.upstream.text + '-->\n|x|\n'
        )
        expect(wrapped.messages.map((message) => message.ruleId)).toEqual([
          ...bare.messages.map((message) => message.ruleId),
          'customization-in-comment'
        ])
      }),
      {numRuns: 300}
    )
  })

  it('should keep every outer comment one comment in each view', () => {
    const noise = fc.constantFrom(
      '<!-- a -->',
      '<!-- a',
      ' -->',
      '<!--',
      '\n',
      '\n\n'
    )
    const inner = fc
      .array(fc.oneof(lines, noise), {maxLength: 8})
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(inner, (text) => {
        const raw =
          '<!--\n<!-- deleted by customization z -->\n' + text + '\n-->\n|x|\n'
        const layer = customizationLayer(raw, createPlacer(raw))
        for (const name of viewNames) {
          const view = viewFromLayer(raw, layer, name)
          expect(isFaithful(raw, view)).toBe(true)
          expect(view.text).not.toContain('by customization')
          for (const comment of layer.comments) {
            // HTML ends the comment at the view's first `-->` after the
            // `<!--`: it must be the outer one's.
            const open = viewOffsetOf(view, comment.open.start)
            const close = viewOffsetOf(view, comment.close.start)
            // Both ends or neither (a comment inside kept text, in upstream).
            expect(open === -1).toBe(close === -1)
            if (open !== -1)
              expect(view.text.indexOf('-->', open + 4)).toBe(close)
          }
        }
      }),
      {numRuns: 500}
    )
  })
})
