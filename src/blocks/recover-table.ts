import type {Paragraph} from 'mdast'
import {ok as assert} from 'devlop'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import {countPipeCells} from './count-pipe-cells.js'
import {parsePipeRows} from './parse-pipe-rows.js'
import type {PipeRun} from './pipe-runs.js'
import {rowFromMdast} from './row-from-mdast.js'
import type {Section, Table} from './types.js'

/**
 * Recover a table GFM refused: pipe lines of a paragraph whose second line
 * is a delimiter row with another cell count than the header
 * (`table-delimiter-mismatch`), or not a delimiter row at all
 * (`table-missing-delimiter`: the first line is read as the header). The
 * header's cell count is the table's column count.
 *
 * @param lines
 *   The pipe lines, at least two.
 * @param delimiter
 *   Whether the second line looks like a delimiter row.
 * @param node
 *   Paragraph the lines are in.
 * @param section
 *   Section the paragraph is in.
 * @param context
 *   Shared state.
 * @returns
 *   The table, or `undefined` when even the repaired lines are not a table.
 */
export function recoverTable(
  lines: PipeRun,
  delimiter: boolean,
  node: Paragraph,
  section: Section,
  context: BlockContext
): Table | undefined {
  const [head, second] = lines
  assert(second, 'a run of a header and more lines')
  const columns = countPipeCells(context.text.slice(head.start, head.end))
  const body = delimiter ? [head, ...lines.slice(2)] : lines
  const parsed = parsePipeRows(body, columns, true, context)
  if (!parsed || !parsed.header) return undefined

  context.messages.push(
    delimiter
      ? createMessage(
          'table-delimiter-mismatch',
          delimiterMismatchReason(
            countPipeCells(context.text.slice(second.start, second.end)),
            columns
          ),
          context.toRawPoint(second.start)
        )
      : createMessage(
          'table-missing-delimiter',
          'Unexpected row after a header row, expected a delimiter row (`|---|`); read the first row as the header',
          context.toRawPoint(second.start)
        )
  )

  const header = rowFromMdast(parsed.header, undefined, context)
  return {
    section,
    header: header.cells,
    rows: parsed.rows.map((row) => rowFromMdast(row, columns, context)),
    recovered: true,
    position: header.position,
    nodes: [node]
  }
}

/**
 * Message of a delimiter row that GFM refused.
 *
 * @param cells
 *   Cell count of the delimiter row.
 * @param columns
 *   Cell count of the header.
 */
function delimiterMismatchReason(cells: number, columns: number): string {
  return (
    'Unexpected delimiter row with ' +
    cells +
    (cells === 1 ? ' cell' : ' cells') +
    ', expected ' +
    (cells === columns
      ? 'a valid delimiter row (`|---|`)'
      : columns + (columns === 1 ? ' cell' : ' cells') + ' like the header') +
    '; read the table with ' +
    columns +
    (columns === 1 ? ' column' : ' columns')
  )
}
