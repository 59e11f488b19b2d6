/**
 * Flatten the inline content of a table cell into characters that remember
 * where they came from: the view offset, and the URL of the link around them.
 *
 * The list grammar then works on plain text while each name keeps its URL
 * and its place — and markup (bold, code spans, links) is stripped on the way.
 */

import type {PhrasingContent} from 'mdast'

/**
 * The characters of a cell's text, with, for each, where it came from: its
 * view offset and the URL of the link around it. Kept as parallel arrays
 * rather than one object a character: cells are read by the thousand.
 */
export interface CellChars {
  /** The text; a line break (`<br>`, hard break) is `'\n'`. */
  text: string
  /** Offset in the view of each character; `null` when its node has no position. */
  offsets: Array<number | null>
  /** URL of the link around each character: `null` for a link without URL, `undefined` outside links. */
  urls: Array<string | null | undefined>
  /** Indices of the characters that are line breaks (not a `\n` inside text). */
  breaks: Set<number>
}

/** HTML that separates lines: `<br>`, `<br/>`, `<br />`, and the malformed `</br>`. */
const breakHtml = /^<\/?br\s*\/?>$/i

/**
 * Flatten cell content into characters.
 *
 * Note: offsets inside a text node are its start plus the index in its value;
 * where an escape or entity made the value shorter than the source
 * (`\(`, `&amp;`) they drift by a few columns, clamped to the node's end.
 *
 * @param children
 *   Phrasing content of one table cell.
 */
export function charsFromCell(children: ReadonlyArray<PhrasingContent>): CellChars {
  const parts: string[] = []
  const offsets: Array<number | null> = []
  const urls: Array<string | null | undefined> = []
  const breaks = new Set<number>()
  visit(children, undefined)
  return {text: parts.join(''), offsets, urls, breaks}

  function visit(
    nodes: ReadonlyArray<PhrasingContent>,
    url: string | null | undefined
  ): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          const start = node.position?.start.offset
          const end = node.position?.end.offset ?? Infinity
          // A code span's value starts after its opening backtick.
          const first = start === undefined ? undefined : start + (node.type === 'inlineCode' ? 1 : 0)
          parts.push(node.value)
          for (let index = 0; index < node.value.length; index++) {
            offsets.push(first === undefined ? null : Math.min(first + index, end))
            urls.push(url)
          }

          break
        }

        case 'html': {
          // Comments (customization markers resolved by the views, or others)
          // and other tags carry no name.
          if (breakHtml.test(node.value.trim())) pushBreak(node)
          break
        }

        case 'break': {
          pushBreak(node)
          break
        }

        case 'link': {
          visit(node.children, node.url.trim() || null)
          break
        }

        case 'linkReference': {
          // The definition is elsewhere in the page, not in the cell.
          visit(node.children, null)
          break
        }

        case 'strong':
        case 'emphasis':
        case 'delete': {
          visit(node.children, url)
          break
        }

        default: {
          // Images and footnote references name nothing.
          break
        }
      }
    }
  }

  function pushBreak(node: PhrasingContent): void {
    breaks.add(offsets.length)
    parts.push('\n')
    offsets.push(node.position?.start.offset ?? null)
    urls.push(undefined)
  }
}
