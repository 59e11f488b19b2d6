/**
 * What the cell grammar reports about a cell: the facts it read and the
 * problems it worked around, for the extractor to turn into diagnostics.
 */

import type {RuleId} from '../rules.js'

/** Something malformed in a cell that was read anyway. */
export interface CellProblem {
  /** Rule the extractor reports it under. */
  ruleId: RuleId
  /** What is wrong and what was done, in one sentence (Markdown). */
  reason: string
  /** Offset in the view where it is, or `null` when the cell has no positions. */
  offset: number | null
}

/** A value read from a cell: the value, or `null` with a problem when the text is not understood. */
export interface CellValue<T> {
  /** The value; `null` for an empty cell or text that is not understood. */
  value: T | null
  /** Set when the text is not understood (the value is then `null`). */
  problem: CellProblem | null
}
