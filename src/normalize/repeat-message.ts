/**
 * A message about a fact stated again, whose `cause` is the first
 * statement, as remark-lint's `no-duplicate-definitions` points at the first
 * definition: vfile-reporter prints the cause under the message, so a
 * reader sees both places.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage, type RawPoint} from '../diagnostics.js'
import type {RuleId} from '../rules.js'

/** The first statement of a fact. */
export interface FirstStatement {
  /** What it is, in Markdown (`` `Munich` ``). */
  what: string
  /** Where, in the raw file. */
  place: RawPoint
}

/**
 * Create a message at a repetition, caused by the first statement.
 *
 * @param ruleId
 *   Rule that reports it; the cause is reported under the same rule.
 * @param reason
 *   What is wrong and what was done about it (Markdown).
 * @param place
 *   Where the repetition is, in the raw file.
 * @param first
 *   The first statement.
 */
export function createRepeatMessage(
  ruleId: RuleId,
  reason: string,
  place: RawPoint,
  first: FirstStatement
): VFileMessage {
  const message = createMessage(ruleId, reason, place)
  // `createMessage` takes no cause; on a vfile message it is a plain field.
  // The model's diagnostics keep the reason and place only.
  message.cause = createMessage(
    ruleId,
    'First occurrence of ' + first.what,
    first.place
  )
  return message
}
