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
 * this is written for speed: one spread a node (`shallowCopy`), loops
 * rather than callbacks.
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
  const result = shallowCopy(node)
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

/**
 * A shallow copy of a node.
 *
 * Note: a spread per common node type, each at a site of its own: V8 copies
 * an object fast where it has seen few shapes, and slowly at one site that
 * sees every kind of node (about twice as slowly, on real pages).
 */
function shallowCopy(node: Copied & {type?: string}): Copied {
  switch (node.type) {
    case 'text':
      return {...node}
    case 'inlineCode':
      return {...node}
    case 'html':
      return {...node}
    case 'strong':
      return {...node}
    case 'emphasis':
      return {...node}
    case 'link':
      return {...node}
    case 'paragraph':
      return {...node}
    case 'heading':
      return {...node}
    case 'list':
      return {...node}
    case 'listItem':
      return {...node}
    case 'tableCell':
      return {...node}
    default:
      return {...node}
  }
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
