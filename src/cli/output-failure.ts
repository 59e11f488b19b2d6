/**
 * What a failed write to standard output means for the run.
 */

import {systemErrorCode, systemReason} from './system-reason.js'

/**
 * Whether a write error is a closed pipe (`er-locations … | head`): the
 * reader stopped reading, which is its choice and no failure of ours.
 *
 * @param error
 *   Error of the write.
 */
export function isClosedPipe(error: unknown): boolean {
  return systemErrorCode(error) === 'EPIPE'
}

/**
 * The reason of a write error, in words: those of `systemReason` (the same
 * as for files), and for a code without words, words that say what failed,
 * never the bare code (`EAGAIN`, `ECONNRESET`).
 *
 * @param error
 *   Error of the write.
 */
export function writeFailureReason(error: unknown): string {
  return systemReason(error, 'the system refused the write')
}
