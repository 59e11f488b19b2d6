import type {PhrasingContent, RootContent, TableRow} from 'mdast'
import type {Position} from 'unist'

/**
 * A copy of a node (and its descendants) moved by `offset` characters,
 * `lines` lines and, for nodes on one line (the content of a cell),
 * `columns` columns.
 */
export function rebase<T extends RootContent | TableRow | PhrasingContent>(
  node: T,
  offset: number,
  lines: number,
  columns: number
): T {
  const copy = {...node} as T & {children?: RootContent[]; position?: Position}
  if (node.position) {
    copy.position = {
      start: {
        line: node.position.start.line + lines,
        column: node.position.start.column + columns,
        offset: (node.position.start.offset ?? 0) + offset
      },
      end: {
        line: node.position.end.line + lines,
        column: node.position.end.column + columns,
        offset: (node.position.end.offset ?? 0) + offset
      }
    }
  }

  if ('children' in node && Array.isArray(node.children)) {
    copy.children = (node.children as RootContent[]).map((child) =>
      rebase(child, offset, lines, columns)
    )
  }

  return copy
}
