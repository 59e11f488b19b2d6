/**
 * Diagnostics are vfile messages, as in remark-lint: each has a stable
 * `ruleId`, `source: 'er-locations'`, a `place` in the raw file, and a URL
 * to the explanation of its rule.
 */

import {VFileMessage} from 'vfile-message'
import type {Diagnostic} from './model.js'
import {rules, type RuleId} from './rules.js'

/** Name every message is reported under. */
export const messageSource = 'er-locations'

/**
 * Where the rules are explained: README's "Diagnostics" gives each rule a
 * heading, `### \`rule-id\``, whose anchor is the rule id on GitHub and npm
 * alike (npm drops HTML anchors, so a heading it is).
 */
const rulesUrl = 'https://www.npmjs.com/package/er-locations#'

/** A point in the raw file: 1-indexed line and column, 0-indexed offset. */
export interface RawPoint {
  line: number
  column: number
  offset: number
}

/**
 * Create a diagnostic message at a point of the raw file.
 *
 * @param ruleId
 *   Rule that reports it; its severity comes from `rules`.
 * @param reason
 *   What is wrong and what was done about it, in one sentence (Markdown).
 * @param place
 *   Where, in the raw file.
 */
export function createMessage(
  ruleId: RuleId,
  reason: string,
  place: RawPoint | {line: number; column: number}
): VFileMessage {
  const message = withoutStackTrace(
    () =>
      new VFileMessage(reason, {
        place,
        ruleId,
        source: messageSource
      })
  )
  const {severity} = rules[ruleId]
  // vfile's own convention: `fatal: true` is an error, `false` a warning,
  // `undefined` an info.
  message.fatal =
    severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = rulesUrl + ruleId
  return message
}

/** `Error` as V8 has it: with the depth of the stack traces it captures. */
const v8Error = Error as {stackTraceLimit?: unknown}

/**
 * Make an error-like value without capturing a stack trace.
 *
 * A `VFileMessage` is an `Error`, so V8 walks the stack to make it, then
 * vfile-message sets `stack` to `''`: the walk is most of the cost of a
 * message, and a dense history makes hundreds of thousands of them. Where
 * the limit is not V8's, or cannot be set (a frozen `Error`), the value is
 * made as it is.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = v8Error.stackTraceLimit
  if (typeof limit !== 'number') return make()
  try {
    v8Error.stackTraceLimit = 0
  } catch {
    return make()
  }

  try {
    return make()
  } finally {
    v8Error.stackTraceLimit = limit
  }
}

/**
 * Turn a message into the plain diagnostic of the JSON model.
 *
 * @param message
 *   Message made by `createMessage`.
 */
export function diagnosticFromMessage(message: VFileMessage): Diagnostic {
  const ruleId = (message.ruleId ?? 'unknown') as RuleId
  const rule = rules[ruleId]
  return {
    ruleId,
    severity: rule
      ? rule.severity
      : message.fatal
        ? 'error'
        : message.fatal === false
          ? 'warning'
          : 'info',
    message: message.reason,
    line: message.line ?? 1,
    column: message.column ?? 1
  }
}
