/**
 * Flatten the inline content of a table cell into characters that remember
 * where they came from: the view offset, and the URL of the link around them.
 *
 * The list grammar then works on plain text while each name keeps its URL
 * and its place — and markup (bold, code spans, links) is stripped on the way.
 */

import type {PhrasingContent} from 'mdast'

/** One character of a cell's text, or one line break. */
export interface CellChar {
  /** The character; `'\n'` for a break. */
  char: string
  /** Whether this is a `<br>`, `<br/>`, `</br>` or hard break. */
  isBreak: boolean
  /** Offset in the view; `null` when the node has no position. */
  offset: number | null
  /** URL of the link around the character: `null` for a link without URL, `undefined` outside links. */
  url: string | null | undefined
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
export function charsFromCell(
  children: ReadonlyArray<PhrasingContent>
): CellChar[] {
  const chars: CellChar[] = []
  visit(children, undefined)
  return chars

  function visit(
    nodes: ReadonlyArray<PhrasingContent>,
    url: string | null | undefined
  ): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          const start = node.position?.start.offset
          const end = node.position?.end.offset
          // A code span's value starts after its opening backtick.
          const shift = node.type === 'inlineCode' ? 1 : 0
          for (let index = 0; index < node.value.length; index++) {
            chars.push({
              char: node.value.charAt(index),
              isBreak: false,
              offset:
                start === undefined
                  ? null
                  : Math.min(start + shift + index, end ?? Infinity),
              url
            })
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
    chars.push({
      char: '\n',
      isBreak: true,
      offset: node.position?.start.offset ?? null,
      url: undefined
    })
  }
}
