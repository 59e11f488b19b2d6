import type {PhrasingContent, RootContent, TableRow} from 'mdast'
import type {Point, Position} from 'unist'

/** A node as `rebase` copies it: any node, maybe with children. */
type Copied = {position?: Position; children?: Copied[]}

/**
 * A copy of a node (and its descendants) moved by `offset` characters,
 * `lines` lines and, for nodes on one line (the content of a cell),
 * `columns` columns.
 *
 * Note: every cached piece is copied so for every version of a page, so
 * this is written for speed: one spread a node, loops rather than
 * callbacks.
 */
export function rebase<T extends RootContent | TableRow | PhrasingContent>(
  node: T,
  offset: number,
  lines: number,
  columns: number
): T {
  return copy(node as Copied, offset, lines, columns) as T
}

/** `rebase`, on the structure it copies. */
function copy(
  node: Copied,
  offset: number,
  lines: number,
  columns: number
): Copied {
  const result = {...node}
  const {position, children} = node
  if (position) {
    result.position = {
      start: moved(position.start, offset, lines, columns),
      end: moved(position.end, offset, lines, columns)
    }
  }

  if (Array.isArray(children)) {
    const copies: Copied[] = []
    for (const child of children)
      copies.push(copy(child, offset, lines, columns))
    result.children = copies
  }

  return result
}

/** A point moved. */
function moved(
  point: Point,
  offset: number,
  lines: number,
  columns: number
): Point {
  return {
    line: point.line + lines,
    column: point.column + columns,
    offset: (point.offset ?? 0) + offset
  }
}
