import type {RootContent} from 'mdast'
import type {DirectiveKind} from './types.js'

/** A recognized directive: its kind and name as written. */
export interface DirectiveMatch {
  kind: DirectiveKind
  name: string
}

// `[!NOTE]`, `[!div class="…"]`, `[AZURE.SELECTOR]`, `[AZURE.NOTE] text`:
// GFM reads these as text (or an undefined reference), so they are matched on
// the source text of the block's first line.
const quoted = /^\s*\[(!(?:[A-Za-z]+)|AZURE\.[A-Za-z]+)[\]\s]/
const include = /^\s*\[!INCLUDE\b/i

/**
 * Recognize a DocFX alert, `div` or include, or an ACOM selector or note:
 * blocks that style the page and state no facts.
 *
 * @param node
 *   Block node.
 * @param text
 *   The text the node was parsed from.
 * @returns
 *   The directive, or `null` when the block is not one.
 */
export function directiveOf(
  node: RootContent,
  text: string
): DirectiveMatch | null {
  if (node.type !== 'blockquote' && node.type !== 'paragraph') return null
  const start = node.position?.start.offset
  if (start === undefined) return null
  const end = text.indexOf('\n', start)
  const head = text.slice(start, end === -1 ? text.length : end)

  if (node.type === 'paragraph') {
    return include.test(head) ? {kind: 'include', name: 'INCLUDE'} : null
  }

  const match = quoted.exec(head.replace(/^\s*>/, ''))
  if (!match) return null
  const name = (match[1] as string).replace(/^!/, '')
  if (name.startsWith('AZURE.')) {
    return {kind: name === 'AZURE.SELECTOR' ? 'selector' : 'alert', name}
  }

  const lower = name.toLowerCase()
  return {
    kind: lower === 'div' ? 'div' : lower === 'include' ? 'include' : 'alert',
    name
  }
}
