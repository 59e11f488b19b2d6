import {describe, expect, it} from 'vitest'
import {blocksFromView} from '../../src/blocks/index.js'
import type {Blocks, Table} from '../../src/blocks/index.js'
import type {RawPoint} from '../../src/diagnostics.js'
import {rules} from '../../src/rules.js'
import {sourceFromText, viewOf} from '../../src/source/index.js'
import {allDocuments, fixture, seed000} from '../helpers.js'
import {blocksOf, tableTexts} from './blocks-of.js'

/** Every raw point a result reports. */
function pointsOf(blocks: Blocks): RawPoint[] {
  return [
    ...blocks.sections.map((section) => section.position),
    ...blocks.directives.map((directive) => directive.position),
    ...blocks.tables.flatMap((table) => [
      table.position,
      ...table.header.map((cell) => cell.position),
      ...table.rows.flatMap((row) => [
        row.position,
        ...row.cells.map((cell) => cell.position)
      ])
    ])
  ]
}

/** The table of a result whose header starts on a raw line. */
function tableAt(blocks: Blocks, line: number): Table {
  const table = blocks.tables.find((table) => table.position.line === line)
  expect(table, 'table at line ' + line).toBeDefined()
  return table as Table
}

describe('every fixture', () => {
  for (const name of allDocuments()) {
    it('should read ' + name + ' with positions inside the file', () => {
      const text = fixture(name)
      const lines = text.split('\n')
      const blocks = blocksOf(text)

      // Every locations page has tables; the other Azure China pages need not.
      if (!name.includes('other-china')) {
        expect(blocks.tables.length).toBeGreaterThan(0)
      }

      for (const table of blocks.tables) {
        expect(table.header.length).toBeGreaterThanOrEqual(1)
        for (const row of table.rows) {
          expect(row.cells.length).toBeGreaterThanOrEqual(table.header.length)
        }
      }

      for (const point of pointsOf(blocks)) {
        expect(point.line).toBeGreaterThanOrEqual(1)
        expect(point.line).toBeLessThanOrEqual(lines.length)
        expect(point.column).toBeGreaterThanOrEqual(1)
        expect(point.column).toBeLessThanOrEqual(
          (lines[point.line - 1] ?? '').length + 1
        )
        expect(point.offset).toBeLessThanOrEqual(text.length)
      }

      for (const message of blocks.messages) {
        expect(message.ruleId && message.ruleId in rules).toBe(true)
        expect(message.source).toBe('er-locations')
        expect(message.line).toBeGreaterThanOrEqual(1)
        expect(message.line ?? 0).toBeLessThanOrEqual(lines.length)
        expect(message.column ?? 0).toBeLessThanOrEqual(
          (lines[(message.line ?? 1) - 1] ?? '').length + 1
        )
      }
    })
  }

  it('should recover the national clouds table of seed 000 read raw', () => {
    const blocks = blocksOf(fixture(seed000))
    const table = tableAt(blocks, 51)

    expect(table.recovered).toBe(true)
    expect(table.section.title).toBe('ExpressRoute connectivity providers')
    expect(tableTexts(table)).toEqual([
      [
        '**Geopolitical region**',
        '**Azure regions**',
        '**ExpressRoute locations**'
      ],
      [
        '**US Government cloud**',
        'US Government',
        'Iowa, Virginia',
        'Ashburn, Shanghai'
      ]
    ])
    expect(table.rows[0]?.position.line).toBe(58)
  })

  it('should recover the national clouds table of seed 000 in its published view', () => {
    const raw = fixture(seed000)
    const source = sourceFromText(raw)
    const blocks = blocksFromView(viewOf(source, 'published'), raw, {
      place: source.place
    })
    const table = tableAt(blocks, 51)

    expect(table.header.length).toBe(3)
    expect(tableTexts(table).slice(1)).toEqual([
      [
        '**US Government cloud**',
        'US Government',
        'Iowa, Virginia',
        'Ashburn, Shanghai'
      ]
    ])
    expect(table.rows[0]?.position.line).toBe(58)
    expect(
      blocks.messages.map((message) => message.ruleId + '@' + message.line)
    ).toContain('table-delimiter-mismatch@52')
  })

  it('should read the upstream view of seed 000 with the deleted rows', () => {
    const raw = fixture(seed000)
    const source = sourceFromText(raw)
    const blocks = blocksFromView(viewOf(source, 'upstream'), raw)
    const table = tableAt(blocks, 51)

    expect(
      tableTexts(table)
        .slice(1)
        .map((row) => row[0])
    ).toEqual(['**US Government cloud**', '**China cloud**'])
    expect(table.rows.map((row) => row.position.line)).toEqual([54, 55])
  })
})
