import type {Nodes, RootContent, TableRow} from 'mdast'
import type {BlockContext} from './context.js'
import {parseMarkdown} from './parse-markdown.js'
import type {PipeLine} from './pipe-runs.js'
import {englishOfPhrasing, mayHoldSideBySide} from './side-by-side.js'

/** Rows parsed from pipe lines. */
export interface PipeRows {
  /** The header row, when the first line was one. */
  header: TableRow | undefined
  /** Body rows, one per line. */
  rows: TableRow[]
}

/** Where one line sits in the synthetic text and in the view. */
interface LineMap {
  /** Start of the line's content in the synthetic text. */
  synthetic: number
  /** Start of the line's content in the view. */
  view: number
  /** Length of the line's content. */
  length: number
}

/**
 * Parse lines of pipe rows that GFM refused as a table, by re-parsing them
 * as a table with a delimiter row of the right cell count, so that cells
 * get real inline mdast; positions are then moved back into the view.
 *
 * @param lines
 *   Lines of the rows, in order.
 * @param columns
 *   Cell count of the header.
 * @param withHeader
 *   Whether the first line is the header row; otherwise an empty header of
 *   `columns` cells stands in (for rows that continue a table).
 * @param context
 *   Shared state.
 * @returns
 *   The rows, or `undefined` when even the repaired text is not a table.
 */
export function parsePipeRows(
  lines: PipeLine[],
  columns: number,
  withHeader: boolean,
  context: BlockContext
): PipeRows | undefined {
  if (columns < 1 || lines.length === 0) return undefined
  const {text} = context
  const maps: LineMap[] = []
  let synthetic = ''
  const delimiter = '|' + '-|'.repeat(columns)

  if (!withHeader)
    synthetic += '|' + ' |'.repeat(columns) + '\n' + delimiter + '\n'

  for (const [index, line] of lines.entries()) {
    const content = text.slice(line.start, line.end)
    // A leading pipe is optional in GFM, so adding one keeps the cell count
    // and makes sure no line starts another block.
    if (content.charCodeAt(0) !== 124 /* `|` */) synthetic += '|'
    maps.push({
      synthetic: synthetic.length,
      view: line.start,
      length: content.length
    })
    synthetic += content + '\n'
    if (index === 0 && withHeader) synthetic += delimiter + '\n'
  }

  const table = firstBlockOf(synthetic)
  if (!table || table.type !== 'table') return undefined
  const [header, ...rows] = table.children
  if (!header || rows.length !== lines.length - (withHeader ? 1 : 0)) {
    return undefined
  }

  const bodyMaps = withHeader ? maps.slice(1) : maps
  for (const [index, row] of rows.entries()) {
    rebase(row, bodyMaps[index] as LineMap, context)
  }

  if (withHeader) rebase(header, maps[0] as LineMap, context)

  // Side-by-side cells are read as their English, as in GFM tables. Not
  // reported: the paragraph these lines are in was read by the tree's pass,
  // which reported its spans (and left out the same tags, or nearly).
  if (
    lines.some((line) => mayHoldSideBySide(text.slice(line.start, line.end)))
  ) {
    for (const row of table.children) {
      for (const cell of row.children) {
        cell.children = englishOfPhrasing(cell.children, {
          omit: context.omissions.add
        })
      }
    }
  }

  return {header: withHeader ? header : undefined, rows}
}

/**
 * Synthetic texts parsed before: a recovered table (a table GFM refuses)
 * stays so from one version of a page to the next. Bounded: emptied past
 * 1,000 texts or 4 million characters.
 */
const parsedSynthetic = new Map<string, RootContent | undefined>()
let syntheticCharacters = 0

/**
 * The first block of a synthetic text, parsed: a copy of its parse, which
 * the caller moves to the view in place.
 */
function firstBlockOf(synthetic: string): RootContent | undefined {
  let block: RootContent | undefined
  if (parsedSynthetic.has(synthetic)) {
    block = parsedSynthetic.get(synthetic)
  } else {
    block = parseMarkdown(synthetic).children[0]
    if (synthetic.length <= 4_000_000) {
      if (
        parsedSynthetic.size >= 1000 ||
        syntheticCharacters + synthetic.length > 4_000_000
      ) {
        parsedSynthetic.clear()
        syntheticCharacters = 0
      }

      parsedSynthetic.set(synthetic, block)
      syntheticCharacters += synthetic.length
    }
  }

  return block === undefined ? undefined : structuredClone(block)
}

/**
 * Move the positions of a row parsed from the synthetic text to the view.
 *
 * @param node
 *   Row or one of its descendants.
 * @param map
 *   Where the row's line is in both texts.
 * @param context
 *   Shared state.
 */
function rebase(node: Nodes, map: LineMap, context: BlockContext) {
  const position = node.position
  if (position) {
    position.start = context.toViewPoint(toView(position.start.offset))
    position.end = context.toViewPoint(toView(position.end.offset))
  }

  if ('children' in node) {
    for (const child of node.children) rebase(child, map, context)
  }

  function toView(offset: number | undefined): number {
    // The added pipe and the line ending have no place in the view: clamp.
    const delta = Math.max(
      0,
      Math.min((offset ?? 0) - map.synthetic, map.length)
    )
    return map.view + delta
  }
}
