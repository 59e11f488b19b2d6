/**
 * Whether to colour a report written to standard output.
 */

import type {Io} from './io.js'

/**
 * Decide on colour, in this order:
 *
 * 1. `FORCE_COLOR` set and not empty: colour, unless it is `0` or `false`
 *    (force-color.org; `0` and `false` turn colour off as in supports-color
 *    and Node.js). It wins over `NO_COLOR`, as in Node.js: it is the more
 *    specific request (a CI job asking for colour in its log).
 * 2. `NO_COLOR` set and not empty: no colour (no-color.org).
 * 3. `TERM=dumb`: no colour (a terminal that cannot show it).
 * 4. Otherwise colour when standard output is a terminal: a report
 *    redirected to a file or a pipe stays plain text.
 *
 * @param io
 *   Streams and environment of the run.
 */
export function useColor(io: Io): boolean {
  const env = io.env || {}
  const force = env['FORCE_COLOR']
  if (force) return force !== '0' && force !== 'false'
  if (env['NO_COLOR']) return false
  if (env['TERM'] === 'dumb') return false
  return io.stdoutIsTTY === true
}
