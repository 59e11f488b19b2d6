/**
 * Refuse inputs that cannot be read as given: standard input twice, and
 * (when asked) one file twice.
 */

import path from 'node:path'
import {UsageError} from './io.js'

/** Options of `assertDistinctInputs`. */
export interface DistinctInputsOptions {
  /** Also refuse a file given twice, comparing paths resolved against this directory (default: files may repeat). */
  cwd?: string | null | undefined
}

/**
 * Throw a `UsageError` when `-` is given more than once: standard input can
 * be read once, so a second `-` would be an empty page.
 *
 * @param command
 *   Name of the command, for the message.
 * @param names
 *   File arguments as given (`-` for standard input).
 * @param options
 *   Whether to refuse repeated files too (optional).
 */
export function assertDistinctInputs(
  command: string,
  names: readonly string[],
  options?: DistinctInputsOptions | null | undefined
): void {
  const settings = options || {}
  const seen = new Set<string>()
  let standardInput = false

  for (const name of names) {
    if (name === '-') {
      if (standardInput) {
        throw new UsageError(
          '`' +
            command +
            '` can read standard input once: give `-` for one file only'
        )
      }

      standardInput = true
    } else if (settings.cwd) {
      const key = path.resolve(settings.cwd, name)
      if (seen.has(key)) throw new UsageError('`' + name + '` is given twice')
      seen.add(key)
    }
  }
}
