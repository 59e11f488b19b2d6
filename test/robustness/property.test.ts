/**
 * Properties of the whole pipeline over generated documents made of real
 * fragments of the bundled pages: headers, delimiter rows, rows, headings,
 * tab headings, metadata and customization markers, block and inline.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, views} from '../../src/index.js'
import {runCli} from '../cli/run.js'
import {fragments} from './fragments.js'

/** Fixed by default so CI is reproducible; `FAST_CHECK_SEED` explores others. */
const seed = Number(process.env['FAST_CHECK_SEED'] ?? 6)
const viewNames = ['published', 'upstream'] as const

/** The markers, as the authors wrote them, to put inside or around lines. */
const inlineMarkers = [
  '<!-- deleted by customization',
  '<!-- deleted by customization ',
  '-->',
  '<!-- keep by customization: begin -->',
  '<!-- keep by customization: end -->',
  '<!--',
  '<br/>'
]

const pool = fragments()

/** A line of a table: a header with its delimiter, or a row. */
const tableLines = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...pool.headers),
        fc.constantFrom(...pool.delimiters)
      )
      .map(([a, b]) => a + '\n' + b)
  },
  {weight: 6, arbitrary: fc.constantFrom(...pool.rows)}
)

/** A real line with a marker put somewhere inside it. */
const markedLine = fc
  .tuple(
    fc.constantFrom(...pool.rows, ...pool.other),
    fc.constantFrom(...inlineMarkers),
    fc.nat()
  )
  .map(([line, marker, at]) => {
    const index = at % (line.length + 1)
    return line.slice(0, index) + marker + line.slice(index)
  })

/** One piece of a document. */
const piece = fc.oneof(
  {weight: 8, arbitrary: tableLines},
  {weight: 2, arbitrary: fc.constantFrom(...pool.headings)},
  {weight: 1, arbitrary: fc.constantFrom(...pool.tabHeadings, '---')},
  {weight: 2, arbitrary: fc.constantFrom(...pool.markers, ...inlineMarkers)},
  {weight: 2, arbitrary: markedLine},
  {weight: 2, arbitrary: fc.constantFrom(...pool.other)},
  {weight: 3, arbitrary: fc.constant('')}
)

/** A generated page: optional metadata, then pieces, one a line. */
const documentText = fc
  .tuple(
    fc.option(fc.constantFrom(...pool.metadata), {nil: undefined}),
    fc.array(piece, {maxLength: 40}),
    fc.constantFrom('\n', '\r\n')
  )
  .map(([metadata, pieces, eol]) =>
    ((metadata ?? '') + pieces.join('\n') + '\n').replace(/\n/g, eol)
  )

describe('properties of generated documents', () => {
  it('should never throw, and give the same JSON bytes twice, for both views', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        expect(() => views(text)).not.toThrow()
        for (const view of viewNames) {
          const first = JSON.stringify(parse(text, {view}))
          const second = JSON.stringify(parse(text, {view}))
          expect(second).toBe(first)
        }
      }),
      {seed, numRuns: 80}
    )
  })

  it('should give a model that round-trips through JSON', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom(...viewNames), (text, view) => {
        const model = parse(text, {view, path: 'generated.md'})
        const json = JSON.stringify(model)
        // Strict: no `undefined`, `NaN`, class instance or shared reference
        // that JSON would change.
        expect(JSON.parse(json)).toStrictEqual(model)
        expect(JSON.stringify(JSON.parse(json))).toBe(json)
      }),
      {seed, numRuns: 60}
    )
  })

  it('should give the same model from the CLI `parse` as from the library', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentText,
        fc.constantFrom(...viewNames),
        async (text, view) => {
          const result = await runCli(['parse', '-', '--view', view], text)
          expect(result.stderr).toBe('')
          expect(result.code).toBe(0)
          expect(JSON.parse(result.stdout)).toEqual(
            parse(text, {view, path: '<stdin>'})
          )
        }
      ),
      {seed, numRuns: 30}
    )
  })
})
