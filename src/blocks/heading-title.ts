import type {Heading, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** Title of a heading. */
export interface HeadingTitle {
  /** Plain text, without HTML, whitespace collapsed. */
  title: string
  /** `name` (or `id`) of an `<a>` in the heading, or `null`. */
  anchor: string | null
}

const anchorExpression =
  /<a\s[^>]*?\b(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i

/**
 * Read the title of a heading: its plain text without inline HTML (pages
 * write `## <a name="partners"></a>ExpressRoute connectivity providers`),
 * and the anchor that HTML named.
 *
 * @param heading
 *   Heading node.
 */
export function headingTitle(heading: Heading): HeadingTitle {
  let anchor: string | null = null
  let title = ''

  for (const child of heading.children) {
    if (child.type === 'html') {
      const match = anchorExpression.exec(child.value)
      if (match && anchor === null) {
        anchor = match[1] ?? match[2] ?? match[3] ?? null
      }
    } else {
      title += phrasingText(child)
    }
  }

  return {title: title.replace(/\s+/g, ' ').trim(), anchor}
}

/**
 * Plain text of inline content, leaving out nested HTML too.
 *
 * @param node
 *   Inline node.
 */
function phrasingText(node: PhrasingContent): string {
  if (node.type === 'html') return ''
  if ('children' in node) {
    let value = ''
    for (const child of node.children) value += phrasingText(child)
    return value
  }

  return toString(node)
}
