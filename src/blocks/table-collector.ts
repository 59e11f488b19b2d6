import type {Paragraph, RootContent} from 'mdast'
import type {BlockContext} from './context.js'
import {continueTable} from './continue-table.js'
import {isDelimiterLike} from './is-delimiter-like.js'
import {pipeRuns} from './pipe-runs.js'
import {recoverTable} from './recover-table.js'
import {tableFromGfm} from './table-from-gfm.js'
import type {Section, Table} from './types.js'

/** Reads the tables of blocks given one by one, in document order. */
export interface TableCollector {
  /** Read the tables in a top-level block of a section. */
  add: (node: RootContent, section: Section) => void
  /** Tables read so far, in document order. */
  tables: Table[]
}

/** What the collector holds while reading. */
interface Collecting {
  /** Shared state. */
  context: BlockContext
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
  const collecting: Collecting = {context, tables: []}
  const rootState: SiblingState = {last: undefined, comment: false}

  return {
    add(node, section) {
      visit(collecting, node, section, rootState, 0)
    },
    tables: collecting.tables
  }
}

/**
 * Read the tables in a block and the blocks inside it.
 *
 * @param collecting
 *   Collector state.
 * @param node
 *   Block.
 * @param section
 *   Section the block is in.
 * @param state
 *   What came before the block among its siblings (changed).
 * @param quoteDepth
 *   How many block quotes the block is in.
 */
function visit(
  collecting: Collecting,
  node: RootContent,
  section: Section,
  state: SiblingState,
  quoteDepth: number
) {
  switch (node.type) {
    case 'table': {
      state.last = tableFromGfm(node, section, collecting.context)
      collecting.tables.push(state.last)
      state.comment = false
      break
    }

    case 'paragraph': {
      state.last = tablesOfParagraph(
        collecting,
        node,
        section,
        state,
        quoteDepth
      )
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
        visit(collecting, child, section, inner, depth)
      }

      break
    }

    default: {
      state.last = undefined
    }
  }
}

/**
 * Read the pipe rows in a paragraph: each run of them continues the table
 * before the paragraph or is a table of its own.
 *
 * @returns
 *   The table that rows in the next paragraph would continue: the last
 *   one read, when its rows end the paragraph.
 */
function tablesOfParagraph(
  collecting: Collecting,
  node: Paragraph,
  section: Section,
  state: SiblingState,
  quoteDepth: number
): Table | undefined {
  const {context} = collecting
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  // Only paragraphs with a pipe can hold rows: the cheap test comes first.
  const pipe = context.text.indexOf('|', start)
  if (pipe === -1 || pipe >= end) return undefined
  let last: Table | undefined

  for (const lines of pipeRuns(node, context.text, quoteDepth)) {
    const [first, second] = lines
    const delimiter =
      second !== undefined &&
      isDelimiterLike(context.text.slice(second.start, second.end))
    let table: Table | undefined

    if (first.first && state.last && !delimiter) {
      table = continueTable(state.last, lines, node, state.comment, context)
    } else if (second) {
      table = recoverTable(lines, delimiter, node, section, context)
      if (table) collecting.tables.push(table)
    }

    last = table && (lines.at(-1) ?? first).last ? table : undefined
  }

  return last
}
