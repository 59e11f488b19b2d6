/**
 * Hostile inputs: each yields a model with diagnostics, or one clear error,
 * in bounded time. Each case is timed; the times are printed at the end
 * (nothing asserts on them: the sizes are picked so the file runs in a few
 * seconds, and README's "Limits and performance" records the figures).
 */

import {afterAll, describe, expect, it} from 'vitest'
import {parse, views, type LocationsDocument} from '../../src/index.js'
import {inputLimits} from '../../src/input-limits.js'
import {runCli} from '../cli/run.js'
import {fixture, recordCount, seed000, seed001, seed002} from '../helpers.js'

const times: Array<[string, number]> = []

afterAll(() => {
  console.log(
    'hostile inputs, ms:\n' +
      times
        .map(([name, ms]) => '  ' + name.padEnd(44) + ms.toFixed(0).padStart(6))
        .join('\n')
  )
})

/** Parse and record how long it took. */
function timed(
  name: string,
  text: string,
  view: 'published' | 'upstream' = 'published'
): LocationsDocument {
  const start = performance.now()
  const model = parse(text, {view})
  times.push([name + ' (' + view + ')', performance.now() - start])
  return model
}

/** The rule ids of a model's diagnostics, each once. */
function ruleIds(model: LocationsDocument): string[] {
  return [
    ...new Set(model.diagnostics.map((diagnostic) => diagnostic.ruleId))
  ].sort()
}

/** The model without its hash (the only field a line-ending change may alter). */
function withoutHash(model: LocationsDocument): string {
  return JSON.stringify({...model, source: {...model.source, sha256: ''}})
}

/** A real region-map table (seed 001) with `count` generated rows. */
function regionTable(count: number): string {
  const rows = Array.from(
    {length: count},
    (_, index) =>
      '| **Region ' + index + '** | East US, West US | Location ' + index + ' |'
  )
  return [
    '## Azure regions to ExpressRoute locations within a geopolitical region',
    '',
    '| **Geopolitical region** | **Azure regions** | **ExpressRoute locations** |',
    '| --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

describe('hostile inputs', () => {
  it('should read an empty file as an empty model without diagnostics', () => {
    for (const view of ['published', 'upstream'] as const) {
      const model = timed('empty', '', view)
      expect(recordCount(model)).toBe(0)
      expect(model.diagnostics).toEqual([])
      expect(model.source.metadataFormat).toBe('none')
      expect(model.source.page).toBe('unknown')
    }
  })

  it('should read a file of only front matter', () => {
    const model = timed(
      'only front matter',
      '---\ntitle: Locations and connectivity providers\nms.date: 09/16/2026\n---\n'
    )
    expect(model.source.metadataFormat).toBe('yaml')
    expect(model.meta.title).toBe('Locations and connectivity providers')
    expect(model.meta.date).toBe('2026-09-16')
    expect(recordCount(model)).toBe(0)
    expect(
      timed('unclosed front matter', '---\ntitle: x\n').diagnostics.length
    ).toBeGreaterThanOrEqual(0)
  })

  it('should refuse binary and invalid UTF-8 in the CLI with exit 2 and one clear line', async () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      [
        'NUL bytes',
        new Uint8Array([0x7c, 0x61, 0x00, 0x62, 0x7c, 0x0a]),
        /binary/
      ],
      [
        'invalid UTF-8',
        new Uint8Array([0x7c, 0xff, 0xfe, 0xc3, 0x28, 0x7c, 0x0a]),
        /not valid UTF-8/
      ],
      [
        'PNG header',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
        /binary/
      ]
    ]

    for (const [name, bytes, reason] of cases) {
      for (const command of ['parse', 'check', 'views']) {
        const result = await runCli([command, '-'], bytes)
        expect(result.code, name + ' ' + command).toBe(2)
        expect(result.stdout).toBe('')
        expect(result.stderr).toMatch(reason)
        expect(
          result.stderr.trimEnd().split('\n'),
          name + ' ' + command
        ).toHaveLength(1)
        expect(result.stderr).not.toMatch(/\n\s+at /)
      }
    }
  })

  it('should read NUL characters, lone surrogates and control characters given to the library', () => {
    const text =
      '| **Geopolitical region** | **Azure regions** | **ExpressRoute locations** |\n' +
      '| --- | --- | --- |\n' +
      '| **Eu\u0000rope** | North\uD800 Europe | Amster\uDC00dam, \u0001Dublin\u0007 |\n'
    for (const view of ['published', 'upstream'] as const) {
      const model = timed('NUL and lone surrogates', text, view)
      expect(model.regions).toHaveLength(1)
      expect(() => JSON.stringify(model)).not.toThrow()
    }
  })

  it('should refuse 10 MB of `|` with one diagnostic, at once', () => {
    const text = '|'.repeat(10 * 1024 * 1024)
    for (const view of ['published', 'upstream'] as const) {
      const model = timed('10 MB of |', text, view)
      expect(recordCount(model)).toBe(0)
      expect(model.diagnostics).toEqual([
        expect.objectContaining({
          ruleId: 'input-too-large',
          severity: 'error',
          line: 1,
          column: 1
        })
      ])
      expect(model.diagnostics[0]?.message).toMatch(
        /10485760 bytes, expected at most 1048576/
      )
    }
  })

  it('should refuse 50 000 table rows (over the line limit) with one diagnostic', () => {
    const rows = Array.from(
      {length: 50_000},
      (_, index) => '|R' + index + '|E|L' + index + '|'
    )
    const text = regionTable(0) + rows.join('\n') + '\n'
    expect(text.length).toBeLessThan(inputLimits.maxBytes)
    const model = timed('50 000 table rows', text)
    expect(ruleIds(model)).toEqual(['input-too-large'])
    expect(model.diagnostics[0]?.message).toMatch(
      /50004 lines, expected at most 10000/
    )
    expect(
      ruleIds(timed('50 000 long table rows', regionTable(50_000)))
    ).toEqual(['input-too-large'])
  })

  it('should read a large table, every row a record', () => {
    // Note: README records the time of a table as long as the line limit
    // allows (10 000 rows); 2 000 keep this file fast.
    const rows = 2_000
    const model = timed('table of 2 000 rows', regionTable(rows))
    expect(model.regions).toHaveLength(rows)
    expect(model.locations).toHaveLength(rows)
    expect(
      model.regions.find((region) => region.name === 'Region 1999')?.source
    ).toEqual({
      line: rows + 4,
      column: 1
    })
  })

  it('should read a 1 MB single line', () => {
    const text = 'Amsterdam, Dublin | '.repeat(50_000)
    expect(text.length).toBe(1_000_000)
    const model = timed('1 MB single line', text)
    expect(recordCount(model)).toBe(0)
    expect(ruleIds(model)).not.toContain('input-too-large')
  })

  it('should report 10 000 unterminated `deleted by customization` markers', () => {
    const block = timed(
      '10 000 unterminated deleted (block)',
      '<!-- deleted by customization\n'.repeat(10_000)
    )
    expect(block.diagnostics).toHaveLength(10_000)
    expect(ruleIds(block)).toEqual(['unterminated-deleted-marker'])

    const inline = timed(
      '5 000 unterminated deleted (inline)',
      'Dallas <!-- deleted by customization, London\n'.repeat(5_000)
    )
    expect(inline.diagnostics).toHaveLength(5_000)
    expect(inline.diagnostics.at(-1)).toMatchObject({line: 5_000, column: 8})

    const upstream = timed(
      '10 000 unterminated deleted (block)',
      '<!-- deleted by customization\n'.repeat(10_000),
      'upstream'
    )
    expect(ruleIds(upstream)).toEqual(['unterminated-deleted-marker'])
  })

  it('should report 10 000 `keep by customization: begin` without end', () => {
    for (const view of ['published', 'upstream'] as const) {
      const model = timed(
        '10 000 keep begin without end',
        '<!-- keep by customization: begin -->\n'.repeat(10_000),
        view
      )
      expect(model.diagnostics).toHaveLength(10_000)
      expect(ruleIds(model)).toEqual(['unbalanced-keep-marker'])
    }
  })

  it('should read deeply nested markers', () => {
    const depth = 5_000
    const deleted = timed(
      '5 000 nested deleted markers',
      'Dallas ' +
        '<!-- deleted by customization x '.repeat(depth) +
        '-->'.repeat(depth) +
        '\n'
    )
    expect(ruleIds(deleted)).toEqual(['nested-customization-comment'])
    expect(deleted.diagnostics).toHaveLength(depth - 1)

    const kept = timed(
      '5 000 nested keep markers',
      '<!-- keep by customization: begin -->\n'.repeat(depth) +
        'Dallas\n' +
        '<!-- keep by customization: end -->\n'.repeat(depth),
      'upstream'
    )
    expect(recordCount(kept)).toBe(0)

    const mixed =
      '<!-- keep by customization: begin --><!-- deleted by customization '.repeat(
        2_000
      )
    for (const view of ['published', 'upstream'] as const) {
      expect(
        ruleIds(timed('2 000 interleaved open markers', mixed, view)).length
      ).toBeGreaterThan(0)
    }
  })

  it('should read CRLF and CR line endings and a BOM as LF: same model, same positions', () => {
    const documents = [
      seed000,
      seed001,
      seed002,
      'corpus/2021-02-10_locations_en_c2f982c7.md'
    ]

    for (const name of documents) {
      const lf = fixture(name).replace(/\r\n?/g, '\n')
      const viewNames = lf.includes('by customization')
        ? (['published', 'upstream'] as const)
        : (['published'] as const)

      for (const view of viewNames) {
        const expected = parse(lf, {view})
        expect(recordCount(expected), name).toBeGreaterThan(0)
        const variants: Array<[string, string]> = [
          ['CRLF', lf.replace(/\n/g, '\r\n')],
          ['CR', lf.replace(/\n/g, '\r')],
          ['BOM', '\uFEFF' + lf],
          ['BOM + CRLF', '\uFEFF' + lf.replace(/\n/g, '\r\n')]
        ]

        for (const [variant, text] of variants) {
          const model = timed(variant + ' ' + name.slice(0, 20), text, view)
          expect(model.source.sha256, variant + ' ' + name).not.toBe(
            expected.source.sha256
          )
          expect(withoutHash(model), variant + ' ' + name + ' ' + view).toBe(
            withoutHash(expected)
          )
        }
      }
    }
  })

  it('should read tabs in tables like spaces', () => {
    const lf = fixture(seed001)
    const spaces = parse(lf)
    const tabs = timed(
      'tabs in tables',
      lf.replace(/^\|.*$/gm, (row) =>
        row.replace(/ \| /g, '\t|\t').replace(/^\| /, '|\t')
      )
    )
    // Columns move, lines do not: compare everything but columns.
    const strip = (model: LocationsDocument) =>
      JSON.stringify(
        {...model, source: null, diagnostics: null},
        (key, value: unknown) => (key === 'column' ? 0 : value)
      )
    expect(strip(tabs)).toBe(strip(spaces))
  })

  it('should read a table of 500 columns', () => {
    const header = [
      '**Geopolitical region**',
      '**Azure regions**',
      '**ExpressRoute locations**'
    ]
    const extra = Array.from({length: 497}, (_, index) => 'Column ' + index)
    const text = [
      '| ' + [...header, ...extra].join(' | ') + ' |',
      '|' + ' --- |'.repeat(500),
      '| **Europe** | North Europe | Dublin |' + ' x |'.repeat(497),
      '| **Asia** | East Asia | Hong Kong |' + ' |'.repeat(497),
      '| ' +
        Array.from({length: 500}, (_, index) => 'c' + index).join(' | ') +
        ' |',
      ''
    ].join('\n')
    const model = timed('500 columns', text)
    expect(() => JSON.stringify(model)).not.toThrow()
    expect(model.regions.map((region) => region.id)).toContain('europe')
  })

  it('should refuse 10 000 levels of `>` with one diagnostic, and read 50', () => {
    const deep = timed(
      '10 000 levels of >',
      '>'.repeat(10_000) + ' # Locations\n'
    )
    expect(deep.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'input-too-deep',
        severity: 'error',
        line: 1,
        column: 1
      })
    ])

    const later = timed(
      '10 000 levels of > on line 3',
      '# Title\n\n' + '> '.repeat(10_000) + 'x\n'
    )
    expect(later.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'input-too-deep', line: 3, column: 1})
    ])

    const shallow = timed('50 levels of >', '>'.repeat(50) + ' # Locations\n')
    expect(shallow.diagnostics).toEqual([])
  })

  it('should refuse runs of label ends over the limit, and read a page just under it', () => {
    // Through remark, 20 000 `](` in one paragraph took 6 s and grow with their square.
    for (const run of ['](', '[a] (', ']']) {
      const model = timed(
        '20 000 × `' + run + '`',
        '# T\n\n' + run.repeat(20_000) + '\n'
      )
      expect(model.diagnostics).toEqual([
        expect.objectContaining({
          ruleId: 'input-too-complex',
          severity: 'error',
          line: 1,
          column: 1
        })
      ])
    }

    expect(
      ruleIds(timed('10 000 `](`', '# T\n\n' + ']('.repeat(10_000) + '\n'))
    ).not.toContain('input-too-complex')
  })

  it('should refuse lists nested deeper than the limit', () => {
    const indented = Array.from(
      {length: 300},
      (_, index) => ' '.repeat(2 * index) + '- x'
    ).join('\n')
    expect(ruleIds(timed('300 levels of indented lists', indented))).toEqual([
      'input-too-deep'
    ])
    expect(
      ruleIds(timed('5 000 list markers', '- '.repeat(5_000) + 'x\n'))
    ).toEqual(['input-too-deep'])
    expect(
      ruleIds(timed('5 000 ordered list markers', '1. '.repeat(5_000) + 'x\n'))
    ).toEqual(['input-too-deep'])
  })

  it('should give views of every hostile input without throwing', () => {
    const inputs = [
      '',
      '|'.repeat(1024 * 1024),
      '<!-- deleted by customization\n'.repeat(10_000),
      '<!-- keep by customization: begin -->\n'.repeat(10_000),
      '-->'.repeat(10_000),
      '>'.repeat(10_000)
    ]
    for (const text of inputs) {
      const start = performance.now()
      const result = views(text)
      times.push([
        'views of ' + JSON.stringify(text.slice(0, 12)),
        performance.now() - start
      ])
      expect(typeof result.published).toBe('string')
      expect(typeof result.upstream).toBe('string')
    }
  })
})
