/**
 * The options of every command that reads pages (`Command#readsInputs`),
 * declared and checked once here rather than by each command: how long a
 * URL may take (`--timeout`).
 */

import type {CommandOption} from './command.js'
import {UsageError} from './io.js'

/** Default time to read one URL, in seconds. */
export const defaultTimeoutSeconds = 30

/** The options, as a command declares its own. */
export const inputOptions: Record<string, CommandOption> = {
  timeout: {
    type: 'string',
    description:
      'Seconds to read each URL input, from connecting to the end of the body (default: ' +
      defaultTimeoutSeconds +
      ').'
  }
}

/**
 * Check a `--timeout` value: a positive number of seconds, written as
 * decimals (`30`, `0.5`), nothing else (`1e3`, `0x10`, `30s`, `Infinity`).
 *
 * @param value
 *   The option as parsed.
 * @returns
 *   The timeout in milliseconds, or `undefined` when none is given.
 */
export function timeoutOption(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const seconds =
    typeof value === 'string' && /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)
      ? Number(value)
      : 0
  if (!(seconds > 0)) {
    throw new UsageError(
      '`--timeout` must be a number of seconds above 0 (`30`, `0.5`), not `' +
        String(value) +
        '`'
    )
  }

  return seconds * 1000
}
