import type {Paragraph} from 'mdast'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import {parsePipeRows} from './parse-pipe-rows.js'
import type {PipeRun} from './pipe-runs.js'
import {rowFromMdast} from './row-from-mdast.js'
import type {Table} from './types.js'

/**
 * Add the pipe rows of a paragraph without a delimiter row to the table
 * before it, as more body rows.
 *
 * Comments (customization markers in the raw file) cut tables in two, so
 * rows after a table and comments are its rows; across blank lines alone
 * that is reported (`table-continuation`, info).
 *
 * @param table
 *   The table the rows continue (changed).
 * @param lines
 *   The pipe lines, at least one.
 * @param node
 *   Paragraph the lines are in.
 * @param comment
 *   Whether HTML comments sit between the table and the paragraph.
 * @param context
 *   Shared state.
 * @returns
 *   `table`, or `undefined` when the lines are not rows even so.
 */
export function continueTable(
  table: Table,
  lines: PipeRun,
  node: Paragraph,
  comment: boolean,
  context: BlockContext
): Table | undefined {
  const parsed = parsePipeRows(lines, table.header.length, false, context)
  if (!parsed) return undefined

  if (!comment) {
    context.messages.push(
      createMessage(
        'table-continuation',
        'Unexpected rows without a header after a table, expected a blank line to end the table; read them as more rows of the table above',
        context.toRawPoint(lines[0].start)
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
