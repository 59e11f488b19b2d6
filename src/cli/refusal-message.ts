/**
 * Say why a write of a file set is refused, and what to do instead — only
 * what the write would then accept.
 */

import path from 'node:path'
import {manifestName} from './file-set-manifest.js'
import type {Refusal} from './plan-file-set.js'

/**
 * One line: why the write is refused and what to do.
 *
 * @param refusal
 *   Why the write is refused.
 * @param forced
 *   Why it would still be refused with `--force`, if it would.
 * @param shown
 *   The directory as given.
 */
export function refusalMessage(refusal: Refusal, forced: Refusal | undefined, shown: string): string {
  const name = (entry: Refusal) => '`' + path.join(shown, entry.name) + '`'
  const start = 'Refusing to write to `' + shown + '`: '

  if (refusal.reason === 'unowned') {
    return (
      start +
      'it holds files er-locations did not write (it has no ' +
      manifestName +
      '), the first ' +
      name(refusal) +
      '; choose an empty or new directory, or ' +
      (forced ? 'move ' + name(forced) + ' out of the way and add --force' : 'add --force to write beside them (they are left alone)')
    )
  }

  if (refusal.reason === 'in-the-way') {
    return start + inTheWay(refusal, shown) + '; move it away or choose another directory'
  }

  return (
    start +
    name(refusal) +
    ' changed since er-locations wrote it; ' +
    (forced ? 'move ' + name(forced) + ' out of the way and add --force' : 'add --force to ' + (refusal.removes ? 'remove' : 'overwrite') + ' it')
  )
}

/**
 * What `--check` advises to bring a stale directory up to date.
 *
 * @param refusal
 *   Why a write without `--force` would be refused, if it would.
 * @param forced
 *   Why a write with `--force` would be refused, if it would.
 * @param shown
 *   The directory as given.
 */
export function regenerateAdvice(refusal: Refusal | undefined, forced: Refusal | undefined, shown: string): string {
  const rerun = 'run the same command without `--check`'
  if (forced) {
    return (
      inTheWay(forced, shown) +
      ': move it away, then ' +
      rerun +
      (refusal && refusal.reason !== 'in-the-way' ? ' and with --force' : '')
    )
  }

  if (refusal) {
    const why =
      refusal.reason === 'unowned'
        ? '`' + shown + '` has no ' + manifestName + ': er-locations did not write it'
        : '`' + path.join(shown, refusal.name) + '` changed since er-locations wrote it'
    return 'Regenerate it: ' + rerun + ' and with --force (' + why + ')'
  }

  return 'Regenerate it by running the same command without `--check`'
}

function inTheWay(refusal: Refusal, shown: string): string {
  return '`' + path.join(shown, refusal.name) + '` is in the way (er-locations did not write it)'
}
