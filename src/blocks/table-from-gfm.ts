import type {Table as MdastTable} from 'mdast'
import {ok as assert} from 'devlop'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import {rowFromMdast} from './row-from-mdast.js'
import type {Row, Section, Table} from './types.js'

/**
 * Read a table GFM took as one: its header and its body rows, each row cut
 * or padded to the header's cell count.
 *
 * GFM makes a row of any line up to a blank one; a line with no pipe at all
 * is prose the authors wrote after the table (`To learn more, see …`), as
 * the docs site renders it: it is left out (`table-row-without-pipe`).
 *
 * @param node
 *   Table parsed from the view.
 * @param section
 *   Section the table is in.
 * @param context
 *   Shared state.
 */
export function tableFromGfm(
  node: MdastTable,
  section: Section,
  context: BlockContext
): Table {
  const [head, ...body] = node.children
  assert(head, 'a GFM table has a header row')
  const header = rowFromMdast(head, undefined, context)
  const columns = header.cells.length
  const rows: Row[] = []

  for (const row of body) {
    const start = row.position?.start.offset ?? 0
    const end = row.position?.end.offset ?? start

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

  return {
    section,
    header: header.cells,
    rows,
    recovered: false,
    position: header.position,
    nodes: [node]
  }
}
