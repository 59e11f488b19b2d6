/**
 * Builder for cell tests: a text as the only cell of a one-row GFM table.
 */

import type {PhrasingContent, Root, Table} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** Offset of the cell text in the table text `cell` builds. */
export const base = '| a |\n|---|\n| '.length

/** Parse `text` as the only cell of a one-row GFM table; offsets are in the table text. */
export function cell(text: string): PhrasingContent[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse('| a |\n|---|\n| ' + text + ' |\n') as Root
  const table = tree.children[0] as Table
  return table.children[1]!.children[0]!.children
}
