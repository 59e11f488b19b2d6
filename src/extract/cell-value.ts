/**
 * Read a cell that holds one value (a status, a zone, ER Direct): its plain
 * text, and the value its grammar finds there, or the problem of a text the
 * grammar does not understand.
 */

import type {PhrasingContent} from 'mdast'
import {charsFromCell} from './cell-chars.js'
import type {CellValue} from './cell-problem.js'

/** What a cell of one value may hold. */
export interface ValueGrammar<T> {
  /** What the value is called in a problem (`status`, `zone`). */
  name: string
  /** What a cell should hold, in a problem (Markdown: `a number`). */
  expected: string
  /**
   * The value a cell's plain text states: `null` when it says there is
   * none (`n/a`), `undefined` when the text is not understood.
   */
  read: (text: string) => T | null | undefined
}

/**
 * Plain text of a cell: markup stripped, entities decoded (by the parser),
 * breaks as spaces, whitespace collapsed and trimmed.
 *
 * @param children
 *   Phrasing content of one table cell.
 */
export function textFromCell(children: ReadonlyArray<PhrasingContent>): string {
  // A break is `\n`, which becomes a space with the rest of the whitespace.
  return charsFromCell(children).text.replace(/\s+/g, ' ').trim()
}

/**
 * The value of a cell of one value.
 *
 * @param children
 *   Phrasing content of one table cell.
 * @param grammar
 *   What the cell may hold.
 * @returns
 *   The value; `null` without problem for an empty cell (the page does not
 *   say) or one that says none; `null` with an `unknown-cell-value` problem
 *   for other text.
 */
export function valueFromCell<T>(
  children: ReadonlyArray<PhrasingContent>,
  grammar: ValueGrammar<T>
): CellValue<T> {
  const text = textFromCell(children)
  const value = text === '' ? null : grammar.read(text)
  if (value !== undefined) return {value, problem: null}

  return {
    value: null,
    problem: {
      ruleId: 'unknown-cell-value',
      reason:
        'Unexpected ' +
        grammar.name +
        ' `' +
        text +
        '`, expected ' +
        grammar.expected,
      offset: children[0]?.position?.start.offset ?? null
    }
  }
}
