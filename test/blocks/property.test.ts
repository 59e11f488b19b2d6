import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countPipeCells} from '../../src/blocks/count-pipe-cells.js'
import {parseMarkdown} from '../../src/blocks/parse-markdown.js'
import {blocksOf} from './blocks-of.js'

/** Markdown made of the pieces tables break on. */
const tableish = fc
  .array(
    fc.constantFrom(
      '|',
      '||',
      '-',
      '---',
      ':',
      ' ',
      '\n',
      '\n\n',
      '<br/>',
      '<br/',
      '>br/>',
      '</br>',
      '\\|',
      '\\',
      '`',
      '**',
      '[a](#tab/a)',
      '#### ',
      '> ',
      '<!-- c -->',
      '&check;',
      'Amsterdam',
      'x'
    ),
    {maxLength: 60}
  )
  .map((pieces) => pieces.join(''))

/** One table row's content: cells of text, escapes, code, and spaces. */
const rowish = fc
  .array(
    fc.constantFrom('|', 'a', ' ', '\\|', '\\\\', '`', '*', '<br/>', '-'),
    {
      minLength: 1,
      maxLength: 20
    }
  )
  // Rows are recovered from lines starting with `|` (others get one added).
  .map((pieces) => '|' + pieces.join('').trim())
  .filter((line) => line !== '' && !/^[\s|:-]*$/.test(line))

describe('properties', () => {
  it('should never throw and be deterministic on pipes, dashes and breaks', () => {
    fc.assert(
      fc.property(tableish, (text) => {
        const first = blocksOf(text)
        const second = blocksOf(text)

        expect(second.tables.map((table) => table.rows.length)).toEqual(
          first.tables.map((table) => table.rows.length)
        )
        expect(JSON.stringify(second.tables.map(plain))).toBe(
          JSON.stringify(first.tables.map(plain))
        )
        expect(second.messages.map(String)).toEqual(first.messages.map(String))

        for (const table of first.tables) {
          expect(table.header.length).toBeGreaterThanOrEqual(1)
          for (const row of table.rows) {
            expect(row.cells.length).toBeGreaterThanOrEqual(table.header.length)
            for (const cell of row.cells) {
              expect(cell.position.offset).toBeLessThanOrEqual(text.length)
              expect(
                text.slice(cell.position.offset).startsWith(cell.text)
              ).toBe(true)
            }
          }
        }
      }),
      {numRuns: 500}
    )
  })

  it('should count the cells of a row as GFM does', () => {
    fc.assert(
      fc.property(rowish, (line) => {
        const cells = countPipeCells(line)
        fc.pre(cells > 0)
        const head = '|' + ' x |'.repeat(cells)
        const tree = parseMarkdown(
          line + '\n' + '|' + '-|'.repeat(cells) + '\n' + head + '\n'
        )
        const table = tree.children[0]

        expect(table?.type).toBe('table')
        if (table?.type === 'table') {
          expect(table.children[0]?.children.length).toBe(cells)
        }
      }),
      {numRuns: 500}
    )
  })
})

/** A table without its section and mdast, for comparing. */
function plain(table: ReturnType<typeof blocksOf>['tables'][number]) {
  return {
    header: table.header.map((cell) => [cell.text, cell.position]),
    rows: table.rows.map((row) =>
      row.cells.map((cell) => [cell.text, cell.position])
    ),
    recovered: table.recovered,
    section: table.section.path
  }
}
