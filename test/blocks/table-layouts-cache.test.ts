import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  createBlockCache,
  type BlockCache
} from '../../src/blocks/block-cache.js'
import {
  blocksFromView,
  rowSourceOf,
  type Blocks
} from '../../src/blocks/index.js'
import {parseMarkdownCached} from '../../src/blocks/parse-cached.js'
import {parseMarkdown} from '../../src/blocks/parse-markdown.js'
import {identitySourceMap} from '../../src/source/source-map.js'

/** Cell content: plain words, inline markup, references, things GFM autolinks. */
const cell = fc.constantFrom(
  'Amsterdam',
  '**Berlin**',
  '[Equinix](https://example.com)',
  '[x][ref]',
  'a \\| b',
  '`code`',
  'www.example.com',
  '',
  'n/a'
)

/** A body row of 1 to 4 cells. */
const row = fc
  .tuple(
    fc.array(cell, {minLength: 1, maxLength: 4}),
    fc.constantFrom('|', ' |', '')
  )
  .map(([cells, end]) => '| ' + cells.join(' | ') + end)

/** A table: maybe a heading, a header of 1 to 3 columns, body rows. */
const table = fc
  .tuple(
    fc.constantFrom('', '### Heading\n'),
    fc.integer({min: 1, max: 3}),
    fc.array(row, {minLength: 1, maxLength: 5})
  )
  .map(([heading, columns, rows]) => ({
    head:
      heading + '|' + ' h |'.repeat(columns) + '\n|' + ' --- |'.repeat(columns),
    rows
  }))

/** A block of prose between the tables. */
const prose = fc.constantFrom(
  'Some *prose*.',
  '## Section',
  '[ref]: https://example.com/r',
  'Two\nlines.',
  '<!-- comment -->'
)

/** One edit of a page: what the versions of a page differ by. */
const edit = fc.tuple(
  fc.constantFrom('add row', 'remove row', 'change row', 'add prose'),
  fc.nat(),
  fc.nat(),
  row,
  prose
)

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

type Page = Array<{head: string; rows: string[]} | string>

/** The text of a page, tables and prose a blank line apart. */
function textOf(page: Page): string {
  return (
    page
      .map((block) =>
        typeof block === 'string'
          ? block
          : [block.head, ...block.rows].join('\n')
      )
      .join('\n\n') + '\n'
  )
}

/** The next version of a page: a row added, removed or changed, or prose added. */
function edited(page: Page, [kind, at, rowAt, newRow, newProse]: Edit): Page {
  const next = page.map((block) =>
    typeof block === 'string'
      ? block
      : {head: block.head, rows: [...block.rows]}
  )
  if (kind === 'add prose') {
    next.splice(at % (next.length + 1), 0, newProse)
    return next
  }

  const tables = next.filter((block) => typeof block !== 'string')
  const target = tables[at % Math.max(tables.length, 1)]
  if (!target) return next
  const index = rowAt % target.rows.length
  if (kind === 'add row') target.rows.splice(index, 0, newRow)
  else if (kind === 'remove row' && target.rows.length > 1)
    target.rows.splice(index, 1)
  else target.rows[index] = newRow
  return next
}

/** Read plain Markdown through a cache. */
function read(text: string, cache: BlockCache | false): Blocks {
  return blocksFromView(
    {name: 'published', text, map: identitySourceMap(text.length)},
    text,
    {cache}
  )
}

/**
 * What a reading gives, for comparing: its tables, rows with their sources
 * (unless left out: an uncached read has none), messages.
 */
function plain(blocks: Blocks, sources = true) {
  return JSON.stringify({
    tree: blocks.tree,
    tables: blocks.tables.map((table) => ({
      header: table.header,
      position: table.position,
      rows: table.rows.map((row) => ({
        cells: row.cells,
        position: row.position,
        source: sources ? rowSourceOf(row) : undefined
      }))
    })),
    messages: blocks.messages.map(String)
  })
}

describe('table layouts', () => {
  // `CACHE_RUNS=2000 npx vitest run test/blocks/table-layouts-cache.test.ts` for a longer search.
  const runs = Number(process.env.CACHE_RUNS ?? 60)
  it(
    'should read versions of a page, tables moved and changed, as a cold read does',
    () => {
      const history = fc.tuple(
        fc.array(fc.oneof(table, prose), {minLength: 1, maxLength: 5}),
        fc.array(edit, {minLength: 1, maxLength: 6}),
        fc.constantFrom('\n', '\r\n')
      )

      fc.assert(
        fc.property(history, ([first, edits, eol]) => {
          const cache = createBlockCache()
          let page: Page = first
          const versions = [page]
          for (const step of edits) versions.push((page = edited(page, step)))
          // Read forwards and back: every table is then met moved both ways.
          for (const version of [...versions, ...[...versions].reverse()]) {
            const text = textOf(version).replace(/\n/g, eol)
            const warm = read(text, cache)
            expect(plain(warm)).toBe(plain(read(text, createBlockCache())))
            expect(plain(warm, false)).toBe(plain(read(text, false), false))
            expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
              JSON.stringify(parseMarkdown(text))
            )
          }
        }),
        {numRuns: runs}
      )
    },
    runs * 1000
  )

  it('should give the nodes of a whole parse for a table moved, with and without its definitions', () => {
    const cache = createBlockCache()
    const tableText =
      '### A\n| h | i |\n| - | - |\n| *a* | b |\n| c | [d][ref] |\n'
    const texts = [
      tableText + '\n[ref]: x\n',
      'Intro.\n\nMore.\n\n' + tableText + '\n[ref]: x\n',
      // Without its definition `[d][ref]` is text: the layout is another.
      'Intro.\n\n' + tableText + '\nEnd.\n'
    ]
    for (const text of [...texts, ...texts]) {
      expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
        JSON.stringify(parseMarkdown(text))
      )
    }
  })

  it('should tell apart tables alike but for a row in the middle', () => {
    const cache = createBlockCache()
    const rows = (middle: string) =>
      '| h | i |\n| - | - |\n' +
      '| first row of the table | a |\n'.repeat(3) +
      '| ' +
      middle +
      ' | b |\n' +
      '| last row of the table | c |\n'.repeat(3)
    // More tables of one length, start and end than are kept alike.
    const texts = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', '*x*', '`y`'].map(
      (middle) => 'Intro.\n\n' + rows(middle) + '\nEnd.\n'
    )
    for (const text of [...texts, ...texts.reverse(), ...texts]) {
      expect(JSON.stringify(parseMarkdownCached(text, cache))).toBe(
        JSON.stringify(parseMarkdown(text))
      )
      expect(plain(read(text, cache))).toBe(
        plain(read(text, createBlockCache()))
      )
    }
  })
})
