import type {Root, RootContent} from 'mdast'
import {ok as assert} from 'devlop'
import {lineEndingCount} from './markdown-pieces.js'
import {parseMarkdown} from './parse-markdown.js'
import {rebase} from './rebase.js'
import type {BlockRequest, CellRequest, Request} from './request.js'

/** A stretch of the batch document: a block, the cells, or definitions (skipped). */
interface Segment {
  start: number
  end: number
  /** Line breaks before it (its 0-based line). */
  line: number
  block?: BlockRequest
  cells?: true
}

/** The batch document, as it is written. */
interface Batch {
  document: string
  /** Line breaks in `document`. */
  line: number
  segments: Segment[]
}

/**
 * Parse every request in one document, stretches separated by a blank line:
 * the document's first piece (if asked for), the page's definitions, the
 * other blocks (each was cut where nothing carries on across a blank line,
 * so none reaches into the next), every cell as a row of a one-column table
 * (a cell's content is read on its own, whatever its row), and the
 * document's last piece (if asked for). Put the nodes, positioned from 0, in
 * the requests. `false` if the parse does not come out as planned.
 *
 * @param requests
 *   Requests to answer.
 * @param suffix
 *   The page's definitions (`''` or a blank line and the definition lines),
 *   written in the batch when a request may refer to one.
 */
export function parseBatch(requests: Request[], suffix: string): boolean {
  const blocks = requests.filter(
    (request): request is BlockRequest => request.kind === 'block'
  )
  const cells = requests.filter(
    (request): request is CellRequest => request.kind === 'cell'
  )
  // Only a text with a `[` can refer to a definition (its key holds them).
  const referring = requests.some((request) => request.source.includes('['))
  const batch = writeBatch(blocks, cells, referring ? suffix : '')
  const root = parseMarkdown(batch.document)
  const nodes = new Map<BlockRequest, RootContent[]>(
    blocks.map((block) => [block, []])
  )
  const cellTable = distribute(root, batch.segments, nodes)
  if (cellTable === false) return false
  if (cells.length > 0 && !answerCells(cellTable, cells)) return false
  for (const [block, found] of nodes) block.nodes = found
  return true
}

/** Write the batch document: a segment per block, the definitions, the cells. */
function writeBatch(
  blocks: BlockRequest[],
  cells: CellRequest[],
  suffix: string
): Batch {
  const first = blocks.find((block) => block.place === 'start')
  const last = blocks.find((block) => block.place === 'end')
  // Front matter is read only at the very start: a batch without the
  // document's first piece starts with a line break.
  const document = first ? '' : '\n'
  const batch: Batch = {document, line: document.length, segments: []}

  if (first) addSegment(batch, first.source, {block: first})
  if (suffix) addSegment(batch, suffix.slice(2), {})
  for (const block of blocks) {
    if (block !== first && block !== last)
      addSegment(batch, block.source, {block})
  }

  if (cells.length > 0) {
    const rows = cells.map((cell) => '|' + cell.source + '\n').join('')
    addSegment(batch, '|x|\n|-|\n' + rows, {cells: true})
  }

  // The document's last piece ends the batch as it ends the document: some
  // constructs read differently at the end of the text.
  if (last) {
    addSegment(batch, last.source, {block: last})
  } else {
    // Anything left open (a fence the cutter took for closed) runs past its
    // segment into these, and the parse is refused.
    append(batch, '\n\n')
  }

  return batch
}

/** Add a segment to the batch, after a blank line unless it is the first. */
function addSegment(
  batch: Batch,
  text: string,
  segment: Pick<Segment, 'block' | 'cells'>
) {
  if (batch.document) append(batch, '\n\n')
  const start = batch.document.length
  batch.segments.push({
    ...segment,
    start,
    line: batch.line,
    end: start + text.length
  })
  append(batch, text)
}

/** Append text to the batch document. */
function append(batch: Batch, text: string) {
  // Count the line breaks the text adds: a piece that ends in a lone CR
  // makes one CRLF with a following LF.
  const before = batch.document.slice(-1)
  batch.line += lineEndingCount(before + text) - lineEndingCount(before)
  batch.document += text
}

/**
 * Give each top-level node of the batch to the block of its segment, moved
 * to 0.
 *
 * @returns
 *   The table of the cells segment, if any; `false` when a node reaches out
 *   of its segment or the cells are not one node.
 */
function distribute(
  root: Root,
  segments: Segment[],
  nodes: Map<BlockRequest, RootContent[]>
): RootContent | undefined | false {
  let cellTable: RootContent | undefined
  let index = 0

  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0
    let next = segments[index + 1]
    while (next && start >= next.start) {
      index++
      next = segments[index + 1]
    }

    const segment = segments[index]
    assert(segment, 'a batch with nodes has segments')
    if ((node.position?.end.offset ?? 0) > segment.end) return false
    if (segment.cells) {
      if (cellTable) return false
      cellTable = node
    } else if (segment.block) {
      nodes
        .get(segment.block)
        ?.push(rebase(node, -segment.start, -segment.line, 0))
    }
  }

  return cellTable
}

/**
 * Put the content of each cell of the cells segment in its request, moved
 * to 0. `false` if the segment is not a one-column table of a row a cell.
 */
function answerCells(
  cellTable: RootContent | undefined,
  cells: CellRequest[]
): boolean {
  if (
    !cellTable ||
    cellTable.type !== 'table' ||
    cellTable.children.length !== cells.length + 1
  ) {
    return false
  }

  for (const [index, cell] of cells.entries()) {
    const row = cellTable.children[index + 1]
    assert(row, 'a row a cell')
    const only = row.children[0]
    if (row.children.length !== 1 || !only) return false
    // In the batch the content starts after the row's pipe, at column 2.
    assert(row.position, 'parsed nodes have positions')
    const {start} = row.position
    cell.nodes = only.children.map((child) =>
      rebase(child, -((start.offset ?? 0) + 1), -(start.line - 1), -1)
    )
  }

  return true
}
