import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  sourceFromText,
  toRawStartOffset,
  type View
} from '../../src/source/index.js'
import {customizationLayer} from '../../src/source/customization-markers.js'
import {viewFromLayer} from '../../src/source/customization-views.js'
import {createPlacer, viewNames} from '../../src/source/index.js'
import {views} from '../../src/views.js'
import {allDocuments, fixture, root, seed000} from '../helpers.js'

/** Every character of a view is the raw character its map points to, in order. */
function expectFaithfulMap(raw: string, view: View) {
  let previous = -1
  let problem: string | undefined
  for (let offset = 0; offset < view.text.length && !problem; offset++) {
    const rawOffset = toRawStartOffset(view.map, offset)
    if (rawOffset <= previous) problem = 'not monotone at view offset ' + offset
    else if (raw[rawOffset] !== view.text[offset]) {
      problem = 'character differs at view offset ' + offset
    }

    previous = rawOffset
  }

  expect(problem).toBeUndefined()
}

/** Offset in a view of the character at a raw offset; `-1` when the view left it out. */
function rawToViewOffset(view: View, rawOffset: number): number {
  const segment = view.map.segments.find(
    (segment) =>
      rawOffset >= segment.rawStart &&
      rawOffset < segment.rawStart + segment.length
  )
  return segment ? segment.viewStart + rawOffset - segment.rawStart : -1
}

/** Line of a view text that contains `needle`. */
function lineWith(text: string, needle: string): string {
  const line = text.split('\n').find((line) => line.includes(needle))
  if (line === undefined) throw new Error('No line with `' + needle + '`')
  return line
}

function listCell(row: string): string[] {
  const cells = row.split('|')
  return (cells[cells.length - 2] as string)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

describe('customization views of seed 000', () => {
  const raw = fixture(seed000)
  const source = sourceFromText(raw)
  const published = source.published.text
  const upstream = source.upstream.text

  // Golden files written by `er-locations views --text …` and checked by hand
  // against the raw seed, line by line: raw 1-24 (metadata, intro: unchanged);
  // region table raw 27-42 (published: the `US` keep row, Europe without
  // Dublin+, the keep Asia/Japan rows; upstream: North America, Dublin+,
  // Osaka); national table raw 48-57 (published: the one keep row;
  // upstream: both deleted rows); the provider table header raw 66 (Office
  // 365 vs Office 365 and CRM Online); every provider row raw 67-127,
  // including the inline markers in Aryaka, AT&T, British Telecom, Telstra,
  // Verizon and the nested Orange row raw 106-108; US Government raw
  // 133-151; the deleted China cloud section raw 152-161; the rest raw
  // 162-196 (unchanged).
  it('should match the checked golden published view', () => {
    expect(published).toBe(
      readFileSync(
        path.join(root, 'test/fixtures/seed-000/published.md'),
        'utf8'
      )
    )
  })

  it('should match the checked golden upstream view', () => {
    expect(upstream).toBe(
      readFileSync(
        path.join(root, 'test/fixtures/seed-000/upstream.md'),
        'utf8'
      )
    )
  })

  it('should leave no marker text and no stray `-->` in either view', () => {
    for (const text of [published, upstream]) {
      expect(text).not.toContain('customization')
      expect(text.split('\n').filter((line) => line.trim() === '-->')).toEqual(
        []
      )
      expect(text).not.toContain('-->')
    }
  })

  it('should publish what China readers saw', () => {
    expect(published).toContain('| **Office 365** |')
    expect(published).not.toContain('CRM Online')
    expect(listCell(lineWith(published, '[Orange]'))).toEqual([
      'Amsterdam',
      'London',
      'Silicon Valley',
      'Washington DC'
    ])
    expect(listCell(lineWith(published, '[AT&T NetBond]'))).toEqual([
      'Amsterdam',
      'London+',
      'Dallas',
      'Silicon Valley',
      'Washington DC'
    ])
    expect(published).not.toContain('China cloud')
    expect(published).not.toContain('Cologix')
    expect(lineWith(published, '**China Telecom Global**')).toContain(
      'Coming Soon | Not Supported | Hong Kong+'
    )
  })

  it('should reconstruct the upstream (global) page', () => {
    expect(upstream).toContain('**Office 365 and CRM Online**')
    expect(listCell(lineWith(upstream, '[Orange]'))).toEqual([
      'Amsterdam',
      'Hong Kong',
      'London',
      'Silicon Valley',
      'Singapore',
      'Washington DC'
    ])
    expect(listCell(lineWith(upstream, '[AT&T NetBond]')).sort()).toEqual([
      'Amsterdam',
      'Dallas',
      'London',
      'Silicon Valley',
      'Singapore',
      'Washington DC'
    ])
    const equinix = listCell(lineWith(upstream, '**[Equinix]'))
    expect(equinix).toContain('Osaka')
    expect(equinix).toContain('Toronto+')
    expect(lineWith(upstream, '**Cologix**')).toContain('Montreal+, Toronto+')
    expect(upstream).toContain('#### China cloud')
    expect(lineWith(upstream, '**China Telecom**')).toContain(
      'Beijing, Shanghai+'
    )
    expect(upstream).not.toContain('Hong Kong+')
    expect(upstream).not.toContain('|**US**|')
  })

  it('should not cut tables: no blank line inside the provider table', () => {
    for (const text of [published, upstream]) {
      const lines = text.split('\n')
      const start = lines.findIndex((line) =>
        line.includes('**Service provider**')
      )
      const end = lines.findIndex(
        (line, index) => index > start && !line.startsWith('|')
      )
      expect(lines[end]).toBe('')
      expect(lines[end + 1]).toBe(' **+** denotes coming soon')
      expect(end - start).toBeGreaterThan(20)
    }
  })

  it('should report the recovered nesting once, at the inner marker', () => {
    expect(
      source.messages.map((message) => [
        message.ruleId,
        message.line,
        message.column
      ])
    ).toEqual([['nested-customization-comment', 108, 87]])
    expect(raw.split('\n')[107]?.slice(86, 115)).toBe(
      '<!-- deleted by customization'
    )
  })

  it('should map every view character back to the same raw character', () => {
    expectFaithfulMap(raw, source.published)
    expectFaithfulMap(raw, source.upstream)
  })
})

describe('views of every fixture', () => {
  for (const name of allDocuments()) {
    it('should map both views faithfully: ' + name, () => {
      const raw = fixture(name)
      const source = sourceFromText(raw)
      expectFaithfulMap(raw, source.published)
      expectFaithfulMap(raw, source.upstream)
      for (const text of [source.published.text, source.upstream.text]) {
        expect(text).not.toMatch(/<!--\s*(deleted|keep) by customization/)
      }

      if (!raw.includes('by customization')) {
        expect(source.customized).toBe(false)
        expect(source.published.text).toBe(raw)
        expect(source.upstream.text).toBe(raw)
        expect(source.published.map.segments).toEqual(
          raw.length > 0
            ? [{viewStart: 0, rawStart: 0, length: raw.length}]
            : []
        )
      } else {
        expect(source.customized).toBe(true)
        expect(source.published.text).not.toBe(source.upstream.text)
      }
    })
  }
})

describe('marker whitespace', () => {
  it('should give one space on each side of a deleted text to its marker', () => {
    const result = views('a <!-- deleted by customization b --> c\n')
    expect(result.published).toBe('a  c\n')
    expect(result.upstream).toBe('a b c\n')
  })

  it('should keep a comma that follows `customization` directly', () => {
    const result = views(
      'Dallas <!-- deleted by customization, London -->, Seattle\n'
    )
    expect(result.published).toBe('Dallas , Seattle\n')
    expect(result.upstream).toBe('Dallas , London, Seattle\n')
  })

  it('should give one space inside a keep span to each marker', () => {
    const result = views(
      'a, <!-- keep by customization: begin --> b, <!-- keep by customization: end --> c\n'
    )
    expect(result.published).toBe('a, b, c\n')
    expect(result.upstream).toBe('a,  c\n')
  })

  it('should remove lines that hold only markers, in both views', () => {
    const text = [
      '|a|',
      '|-|',
      '<!-- deleted by customization',
      '|b|',
      '-->',
      '<!-- keep by customization: begin -->',
      '|c|',
      '<!-- keep by customization: end -->',
      '|d|',
      ''
    ].join('\n')
    const result = views(text)
    expect(result.published).toBe('|a|\n|-|\n|c|\n|d|\n')
    expect(result.upstream).toBe('|a|\n|-|\n|b|\n|d|\n')
  })

  it('should keep real blank lines next to markers', () => {
    const result = views('a\n\n<!-- deleted by customization x -->\n\nb\n')
    expect(result.published).toBe('a\n\n\nb\n')
    expect(result.upstream).toBe('a\n\nx\n\nb\n')
  })

  it('should leave other HTML comments alone', () => {
    const text = 'a <!-- note --> b\n<!-- x -->\n'
    expect(views(text)).toMatchObject({
      published: text,
      upstream: text,
      customized: false
    })
  })

  it('should nest other comments inside a deleted comment', () => {
    const result = views(
      '<!-- deleted by customization a <!-- b --> c -->\nd\n'
    )
    expect(result.published).toBe('d\n')
    expect(result.upstream).toBe('a <!-- b --> c\nd\n')
  })

  it('should handle CRLF line endings like LF', () => {
    const lf = '|a|\n<!-- deleted by customization\n|b|\n-->\n|c|\n'
    const crlf = lf.replaceAll('\n', '\r\n')
    expect(views(crlf).published).toBe(
      views(lf).published.replaceAll('\n', '\r\n')
    )
    expect(views(crlf).upstream).toBe(
      views(lf).upstream.replaceAll('\n', '\r\n')
    )
  })
})

describe('unbalanced markers', () => {
  /** Diagnostics as `[ruleId, line, column]`. */
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

  it('should end an inline `keep: begin` without `end` at the end of its line', () => {
    expect(found('x\na <!-- keep by customization: begin --> b\nc\n')).toEqual({
      published: 'x\na b\nc\n',
      upstream: 'x\na \nc\n',
      messages: [['unbalanced-keep-marker', 2, 3]]
    })
  })

  it('should end a block `keep: begin` without `end` at the end of its block', () => {
    expect(
      found('a\n<!-- keep by customization: begin -->\nb\nc\n\nd\n')
    ).toEqual({
      published: 'a\nb\nc\n\nd\n',
      upstream: 'a\n\nd\n',
      messages: [['unbalanced-keep-marker', 2, 1]]
    })
  })

  it('should ignore a `keep: end` without `begin`', () => {
    expect(found('a\n  <!-- keep by customization: end -->\nb\n')).toEqual({
      published: 'a\nb\n',
      upstream: 'a\nb\n',
      messages: [['unbalanced-keep-marker', 2, 3]]
    })
  })

  it('should end an unterminated inline deleted comment at the end of its line', () => {
    expect(found('a <!-- deleted by customization b\nc\n')).toEqual({
      published: 'a \nc\n',
      upstream: 'a b\nc\n',
      messages: [['unterminated-deleted-marker', 1, 3]]
    })
  })

  it('should end an unterminated block deleted comment at the end of its block', () => {
    expect(found('a\n<!-- deleted by customization\nb\n\nc\n')).toEqual({
      published: 'a\n\nc\n',
      upstream: 'a\nb\n\nc\n',
      messages: [['unterminated-deleted-marker', 2, 1]]
    })
  })

  it('should report and drop a stray `-->`', () => {
    expect(found('a\n-->\nb --> c\n')).toEqual({
      published: 'a\nb c\n',
      upstream: 'a\nb c\n',
      messages: [
        ['stray-comment-close', 2, 1],
        ['stray-comment-close', 3, 3]
      ]
    })
  })

  it('should close keep comments left open inside a deleted comment', () => {
    const result = found(
      '<!-- deleted by customization a <!-- keep by customization: begin --> b -->\nc\n'
    )
    expect(result.messages).toEqual([
      ['unbalanced-keep-marker', 1, 33],
      ['nested-customization-comment', 1, 33]
    ])
    expect(result.published).toBe('c\n')
    expect(result.upstream).toBe('a \nc\n')
  })

  it('should survive thousands of unterminated markers', () => {
    const text =
      '<!-- deleted by customization x\n'.repeat(5000) +
      '<!-- keep by customization: begin --> y '.repeat(5000)
    const source = sourceFromText(text)
    expect(source.messages.length).toBe(10_000)
    expect(source.upstream.text.length).toBeGreaterThan(0)
  })
})

describe('customization views (property)', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      '<!-- deleted by customization',
      '<!-- deleted by customization ',
      '<!-- deleted by customization\n',
      '-->',
      ' -->',
      '\n-->\n',
      '<!-- keep by customization: begin -->',
      '<!-- keep by customization: begin --> ',
      '<!-- keep by customization: end -->',
      ' <!-- keep by customization: end -->',
      '<!--',
      '<!--\n',
      '\n<!--\n',
      '<!-- note -->',
      '\n',
      '\r\n',
      '\r',
      '\n\n',
      '|',
      ' | ',
      ', ',
      '+',
      '**',
      '\t'
    ),
    fc.string({maxLength: 8})
  )
  const document = fc
    .array(fragment, {maxLength: 60})
    .map((parts) => parts.join(''))

  it('should never throw, and keep maps monotone and faithful', () => {
    fc.assert(
      fc.property(document, (text) => {
        const source = sourceFromText(text)
        expectFaithfulMap(text, source.published)
        expectFaithfulMap(text, source.upstream)
        for (const message of source.messages) {
          expect(message.line).toBeGreaterThanOrEqual(1)
          expect(message.column).toBeGreaterThanOrEqual(1)
        }
      }),
      {numRuns: 500}
    )
  })

  it('should resolve every marker, and keep each comment that holds markers one comment', () => {
    fc.assert(
      fc.property(document, (text) => {
        const layer = customizationLayer(text, createPlacer(text))
        for (const name of viewNames) {
          const view = viewFromLayer(text, layer, name)
          expect(view.text).not.toMatch(
            /<!--[ \t]*(deleted|keep)[ \t]+by[ \t]+customization/i
          )
          for (const comment of layer.comments) {
            // A view holds both ends of the comment or neither (kept text
            // in upstream); HTML ends a comment at the first `-->`: in each
            // view, that is the outer comment's own.
            const open = rawToViewOffset(view, comment.open.start)
            const close = rawToViewOffset(view, comment.close.start)
            expect(open === -1).toBe(close === -1)
            if (open !== -1)
              expect(view.text.indexOf('-->', open + 4)).toBe(close)
          }
        }
      }),
      {numRuns: 500}
    )
  })

  it('should be the identity on text without customization markers', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (text) => {
        fc.pre(!/by customization|-->/.test(text))
        const result = views(text)
        expect(result.published).toBe(text)
        expect(result.upstream).toBe(text)
      })
    )
  })
})
