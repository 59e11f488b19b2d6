import type {Paragraph, RootContent, Table as MdastTable, TableRow} from 'mdast'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import {countPipeCells} from './count-pipe-cells.js'
import {isDelimiterLike} from './is-delimiter-like.js'
import {parsePipeRows} from './parse-pipe-rows.js'
import {pipeRuns, type PipeLine} from './pipe-runs.js'
import {rowFromMdast} from './row-from-mdast.js'
import type {Row, Section, Table} from './types.js'

/** Reads the tables of blocks given one by one, in document order. */
export interface TableCollector {
  /** Read the tables in a top-level block of a section. */
  add: (node: RootContent, section: Section) => void
  /** Tables read so far, in document order. */
  tables: Table[]
}

/** What came before a block among its siblings. */
interface SiblingState {
  /** The table that rows in the next paragraph would continue, if any. */
  last: Table | undefined
  /** Whether HTML comments sit between that table and the next block. */
  comment: boolean
}

/**
 * Create a collector of tables: GFM tables, and pipe rows in paragraphs that
 * GFM refused as a table (a delimiter row with another cell count than the
 * header, no delimiter row, or rows cut off from their table by comments).
 *
 * Rows in a paragraph without a delimiter row that follows a table with
 * only blank lines and HTML comments in between continue that table:
 * comments (customization markers in the raw file) cut tables in two.
 * Across blank lines alone that is reported (`table-continuation`, info).
 *
 * @param context
 *   Shared state.
 */
export function createTableCollector(context: BlockContext): TableCollector {
  const tables: Table[] = []
  const rootState: SiblingState = {last: undefined, comment: false}

  return {
    add(node, section) {
      visit(node, section, rootState, 0)
    },
    tables
  }

  function visit(
    node: RootContent,
    section: Section,
    state: SiblingState,
    quoteDepth: number
  ) {
    switch (node.type) {
      case 'table': {
        state.last = fromGfm(node, section)
        state.comment = false
        break
      }

      case 'paragraph': {
        state.last = fromParagraph(node, section, state, quoteDepth)
        state.comment = false
        break
      }

      case 'html': {
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
          state.comment = true
        } else {
          state.last = undefined
        }

        break
      }

      case 'blockquote':
      case 'list':
      case 'listItem': {
        state.last = undefined
        const inner: SiblingState = {last: undefined, comment: false}
        const depth = quoteDepth + (node.type === 'blockquote' ? 1 : 0)
        for (const child of node.children) {
          visit(child, section, inner, depth)
        }

        break
      }

      default: {
        state.last = undefined
      }
    }
  }

  function fromGfm(node: MdastTable, section: Section): Table {
    const [head, ...body] = node.children
    const header = rowFromMdast(head as TableRow, undefined, context)
    const columns = header.cells.length
    const rows: Row[] = []

    for (const row of body) {
      const start = row.position?.start.offset ?? 0
      const end = row.position?.end.offset ?? start

      // GFM makes a row of any line up to a blank one; a line with no pipe
      // at all is prose the authors wrote after the table
      // (`To learn more, see …`), as the docs site renders it.
      if (!/\|/.test(context.text.slice(start, end))) {
        context.messages.push(
          createMessage(
            'table-row-without-pipe',
            'Unexpected line without `|` in a table, expected a row or a blank line before text; left it out of the rows',
            context.toRawPoint(start)
          )
        )
        continue
      }

      rows.push(rowFromMdast(row, columns, context))
    }

    const table: Table = {
      section,
      header: header.cells,
      rows,
      recovered: false,
      position: header.position,
      nodes: [node]
    }
    tables.push(table)
    return table
  }

  function fromParagraph(
    node: Paragraph,
    section: Section,
    state: SiblingState,
    quoteDepth: number
  ): Table | undefined {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    // Only paragraphs with a pipe can hold rows: the cheap test comes first.
    const pipe = context.text.indexOf('|', start)
    if (pipe === -1 || pipe >= end) return undefined
    let last: Table | undefined

    for (const lines of pipeRuns(node, context.text, quoteDepth)) {
      const first = lines[0] as PipeLine
      const second = lines[1]
      const delimiter =
        second !== undefined &&
        isDelimiterLike(context.text.slice(second.start, second.end))
      let table: Table | undefined

      if (first.first && state.last && !delimiter) {
        table = continueTable(state.last, lines, node, state.comment)
      } else if (second) {
        table = recoverTable(lines, delimiter, node, section)
      }

      last =
        table && (lines[lines.length - 1] as PipeLine).last ? table : undefined
    }

    return last
  }

  function continueTable(
    table: Table,
    lines: PipeLine[],
    node: Paragraph,
    comment: boolean
  ): Table | undefined {
    const parsed = parsePipeRows(lines, table.header.length, false, context)
    if (!parsed) return undefined
    const first = lines[0] as PipeLine

    if (!comment) {
      context.messages.push(
        createMessage(
          'table-continuation',
          'Unexpected rows without a header after a table, expected a blank line to end the table; read them as more rows of the table above',
          context.toRawPoint(first.start)
        )
      )
    }

    for (const row of parsed.rows) {
      table.rows.push(rowFromMdast(row, table.header.length, context))
    }

    table.recovered = true
    table.nodes.push(node)
    return table
  }

  function recoverTable(
    lines: PipeLine[],
    delimiter: boolean,
    node: Paragraph,
    section: Section
  ): Table | undefined {
    const [head, second] = lines as [PipeLine, PipeLine]
    const columns = countPipeCells(context.text.slice(head.start, head.end))
    const body = delimiter ? [head, ...lines.slice(2)] : lines
    const parsed = parsePipeRows(body, columns, true, context)
    if (!parsed || !parsed.header) return undefined

    if (delimiter) {
      const cells = countPipeCells(context.text.slice(second.start, second.end))
      context.messages.push(
        createMessage(
          'table-delimiter-mismatch',
          'Unexpected delimiter row with ' +
            cells +
            (cells === 1 ? ' cell' : ' cells') +
            ', expected ' +
            (cells === columns
              ? 'a valid delimiter row (`|---|`)'
              : columns +
                (columns === 1 ? ' cell' : ' cells') +
                ' like the header') +
            '; read the table with ' +
            columns +
            (columns === 1 ? ' column' : ' columns'),
          context.toRawPoint(second.start)
        )
      )
    } else {
      context.messages.push(
        createMessage(
          'table-missing-delimiter',
          'Unexpected row after a header row, expected a delimiter row (`|---|`); read the first row as the header',
          context.toRawPoint(second.start)
        )
      )
    }

    const header = rowFromMdast(parsed.header, undefined, context)
    const table: Table = {
      section,
      header: header.cells,
      rows: parsed.rows.map((row) => rowFromMdast(row, columns, context)),
      recovered: true,
      position: header.position,
      nodes: [node]
    }
    tables.push(table)
    return table
  }
}
