/**
 * The one-line errors of writing a file set.
 */

import {UsageError} from './io.js'
import {systemErrorCode, systemReason} from './system-reason.js'

/** A path the write cannot use, said in words (a file in the way…). */
export class PathProblem extends Error {
  override name = 'PathProblem'
}

/**
 * A write failed on a system call or a path: the user's disk or directory,
 * not our bug (exit 2), said in words.
 *
 * @param error
 *   What was thrown; rethrown as is when it is neither a system error nor a
 *   `PathProblem` (a bug: exit 70), returned as is when a `UsageError`.
 * @param what
 *   Sentence start, e.g. “Cannot write the dataset to `out`”.
 * @param outcome
 *   What became of the directory, e.g. “`out` is as it was”.
 */
export function writeError(
  error: unknown,
  what: string,
  outcome: string
): UsageError {
  if (error instanceof UsageError) return error
  if (error instanceof PathProblem)
    return new UsageError(what + ': ' + error.message + '; ' + outcome)
  if (systemErrorCode(error) === undefined) throw error
  return new UsageError(
    what + ': ' + systemReason(error, 'the system refused it') + '; ' + outcome
  )
}
