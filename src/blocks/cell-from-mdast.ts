import type {TableCell} from 'mdast'
import type {BlockContext} from './context.js'
import type {Cell} from './types.js'

/**
 * Turn an mdast table cell into a cell: its inline content, its trimmed
 * source text, and where its content starts in the raw file.
 *
 * The source text leaves out what reading left out (the translations of a
 * side-by-side cell), so that it is the English cell as if written alone.
 *
 * @param node
 *   Cell parsed from (or rebased to) the view.
 * @param context
 *   Shared state.
 */
export function cellFromMdast(node: TableCell, context: BlockContext): Cell {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  const start = first?.position?.start.offset
  const end = last?.position?.end.offset

  if (start !== undefined && end !== undefined) {
    return {
      children: node.children,
      text: context.omissions.slice(start, end).trim(),
      position: context.toRawPoint(start),
      padded: false
    }
  }

  // An empty cell: point just after its opening pipe.
  let offset = node.position?.start.offset ?? 0
  if (context.text.charCodeAt(offset) === 124 /* `|` */) offset++
  return {
    children: node.children,
    text: '',
    position: context.toRawPoint(offset),
    padded: false
  }
}
