/**
 * Cells whose inline content is known without a parse: text, the line
 * breaks of lists of names (`Equinix<br/>Megaport`), and either of these
 * bold as a whole (`**Dallas**`, the first cell of most rows). Versions of a
 * page change such cells a name at a time; each would be parsed anew.
 */

import type {Html, PhrasingContent, Strong, Text} from 'mdast'
import type {Point} from 'unist'

/**
 * `<br>`, `<br/>`, `<br />`, `<br >`, `</br>` (any case): inline HTML
 * whatever is around it.
 */
const breakTag = /<(?:br ?\/?|\/br)>/gi

/**
 * Text that is one text node: no character that can start inline markup
 * (escapes, code, emphasis, links, images, HTML, autolinks, references,
 * strikethrough), no tab (micromark expands those) and no NUL (replaced).
 * An `&` is text unless a character reference may start there.
 */
const plainText = /^[^\\`*_[\]!<>~@\t\0]*$/
const characterReference = /&#?[A-Za-z\d]+;/
/** What GFM may autolink. */
const autolinkLike = /www\.|https?:/i

/**
 * Whether a cell's content (without the spaces around it) reads as text and
 * line-break tags only.
 *
 * @param content
 *   The content.
 */
export function isPlainCell(content: string): boolean {
  return isPlain(boldContent(content) ?? content)
}

/**
 * The content inside `**…**` when the whole cell is bold and the runs are
 * strong emphasis whatever the content (`undefined` otherwise): the content
 * starts and ends with neither white space (which keeps a run from opening
 * or closing) nor a tag (`**<br>**`, left to the parser), and holds no `*`
 * or `_` (`isPlain`).
 */
function boldContent(content: string): string | undefined {
  if (
    content.length < 5 ||
    !content.startsWith('**') ||
    !content.endsWith('**')
  )
    return undefined
  const inner = content.slice(2, -2)
  const first = inner.charAt(0)
  const last = inner.charAt(inner.length - 1)
  if (/\s/.test(first) || /\s/.test(last) || first === '<' || last === '>')
    return undefined
  return inner
}

/** Whether content reads as text and line-break tags only. */
function isPlain(content: string): boolean {
  if (autolinkLike.test(content)) return false
  const text = content.includes('<') ? content.replace(breakTag, '') : content
  return (
    plainText.test(text) &&
    (!text.includes('&') || !characterReference.test(text))
  )
}

/**
 * The nodes of a plain cell's content (`isPlainCell`): a text node for each
 * stretch of text, an `html` node for each tag.
 *
 * @param content
 *   The content.
 * @param pointAt
 *   The point of an offset into the content.
 */
export function plainCellNodes(
  content: string,
  pointAt: (offset: number) => Point
): PhrasingContent[] {
  const inner = boldContent(content)
  if (inner === undefined) return plainNodes(content, pointAt)
  const strong: Strong = {
    type: 'strong',
    children: plainNodes(inner, (offset) => pointAt(offset + 2)),
    position: {start: pointAt(0), end: pointAt(content.length)}
  }
  return [strong]
}

/** The nodes of text and line-break tags. */
function plainNodes(
  content: string,
  pointAt: (offset: number) => Point
): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  if (content.length === 0) return nodes
  if (!content.includes('<')) {
    nodes.push(textNode(content, 0, content.length, pointAt))
    return nodes
  }

  let start = 0
  for (const tag of content.matchAll(breakTag)) {
    const index = tag.index
    if (index > start) nodes.push(textNode(content, start, index, pointAt))
    const end = index + tag[0].length
    const html: Html = {
      type: 'html',
      value: tag[0],
      position: {start: pointAt(index), end: pointAt(end)}
    }
    nodes.push(html)
    start = end
  }

  if (start < content.length)
    nodes.push(textNode(content, start, content.length, pointAt))
  return nodes
}

/** A text node of `content` from `start` to `end`. */
function textNode(
  content: string,
  start: number,
  end: number,
  pointAt: (offset: number) => Point
): Text {
  return {
    type: 'text',
    value: content.slice(start, end),
    position: {start: pointAt(start), end: pointAt(end)}
  }
}
