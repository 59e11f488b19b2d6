import {describe, expect, it} from 'vitest'
import {rowSourceOf} from '../../src/blocks/index.js'
import {blocksOf} from './blocks-of.js'

describe('rows of a planned table', () => {
  const text =
    'Intro.\n\n| a | b |\n| - | - |\n| *x* | y |\n| z |\n\n[r]: https://example.com\n'

  it('should say what each row was read from', () => {
    const [table] = blocksOf(text).tables
    expect(table?.rows.map(rowSourceOf)).toEqual([
      {text: '| *x* | y |', key: '2\u0000| *x* | y |'},
      {text: '| z |', key: '2\u0000| z |'}
    ])
    expect(
      rowSourceOf({cells: [], position: {line: 1, column: 1, offset: 0}})
    ).toBeUndefined()
  })

  it('should be rows like any other: own enumerable cells, then position', () => {
    const [table] = blocksOf(text).tables
    for (const row of table?.rows ?? []) {
      expect(Object.keys(row)).toEqual(['cells', 'position'])
      expect(JSON.parse(JSON.stringify(row))).toEqual({
        cells: JSON.parse(JSON.stringify(row.cells)),
        position: row.position
      })
      expect({...row}).toEqual({cells: row.cells, position: row.position})
    }

    expect(table?.rows[1]?.cells.map((cell) => cell.padded)).toEqual([
      false,
      true
    ])
  })
})
