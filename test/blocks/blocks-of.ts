/**
 * Builders for blocks tests.
 */

import {blocksFromView} from '../../src/blocks/index.js'
import type {Blocks, Table} from '../../src/blocks/index.js'
import {identitySourceMap} from '../../src/source/source-map.js'

/** Read plain Markdown (an identity view of itself). */
export function blocksOf(text: string): Blocks {
  return blocksFromView(
    {name: 'published', text, map: identitySourceMap(text.length)},
    text
  )
}

/** Texts of a table: header, then rows, as arrays of cell texts. */
export function tableTexts(table: Table): string[][] {
  return [
    table.header.map((cell) => cell.text),
    ...table.rows.map((row) => row.cells.map((cell) => cell.text))
  ]
}

/** Rule ids and raw lines of the messages, as `rule@line:column`. */
export function messagesOf(blocks: Blocks): string[] {
  return blocks.messages.map(
    (message) => message.ruleId + '@' + message.line + ':' + message.column
  )
}
