import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {forgetLineRows} from '../../src/blocks/parse-pipe-rows.js'
import {blocksOf} from './blocks-of.js'

/** Cell content of refused tables: text, markup, escapes, a lone CR. */
const cell = fc
  .array(
    fc.constantFrom(
      'Amsterdam',
      ' ',
      '\\|',
      '\\\\',
      '`',
      '`a|b`',
      '**',
      '*',
      '[x](https://example.com)',
      '[x][ref]',
      '<br/>',
      '&check;',
      'www.example.com',
      '\r',
      '-',
      ':'
    ),
    {maxLength: 5}
  )
  .map((parts) => parts.join(''))

/** A pipe line, with or without its leading and trailing pipes. */
const line = fc
  .tuple(
    fc.constantFrom('|', '| ', ''),
    fc.array(cell, {minLength: 1, maxLength: 4}),
    fc.constantFrom('|', ' |', '', '||')
  )
  .map(([start, cells, end]) => start + cells.join('|') + end)
  .filter((text) => text.includes('|') && text.trim() !== '|')

/**
 * Pages of tables GFM refuses: a header without a delimiter row, a
 * delimiter row of another cell count, rows after comments that continue a
 * table.
 */
function page(lines: string[]) {
  return fc
    .array(
      fc.tuple(
        fc.constantFrom('missing', 'mismatch', 'continued'),
        fc.array(fc.constantFrom(...lines), {minLength: 1, maxLength: 5})
      ),
      {minLength: 1, maxLength: 3}
    )
    .map((tables) =>
      tables
        .map(([kind, rows]) =>
          kind === 'missing'
            ? '| a | b |\n' + rows.join('\n')
            : kind === 'mismatch'
              ? '| a | b |\n|---|\n' + rows.join('\n')
              : '| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- c -->\n' +
                rows.join('\n')
        )
        .join('\n\n# Next\n\n')
    )
}

describe('recovered table rows', () => {
  it('should read rows seen before (in other tables, orders, pages) as a cold read does', () => {
    const pages = fc
      .array(line, {minLength: 1, maxLength: 6})
      .chain((lines) => fc.tuple(page(lines), page(lines)))

    fc.assert(
      fc.property(pages, ([first, second]) => {
        forgetLineRows()
        for (const text of [first, second, first]) {
          const warm = blocksOf(text)
          forgetLineRows()
          const cold = blocksOf(text)
          expect(JSON.stringify(warm.tables.map(plain))).toBe(
            JSON.stringify(cold.tables.map(plain))
          )
          expect(warm.messages.map(String)).toEqual(cold.messages.map(String))
        }
      }),
      {numRuns: 300}
    )
  })
})

/** A table without its section, for comparing: cells with their mdast. */
function plain(table: ReturnType<typeof blocksOf>['tables'][number]) {
  return {
    header: table.header,
    rows: table.rows.map((row) => row.cells),
    recovered: table.recovered
  }
}
