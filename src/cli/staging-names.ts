/**
 * Names of the folders a write of a file set makes for itself, and nothing
 * else has: a staging folder inside the target
 * (`.er-locations-staging-` and 12 hex digits) and sibling folders next to
 * it (`.<name>.er-locations-new-…`, the new set being built;
 * `.<name>.er-locations-old-…`, the previous set swapped out). A crash can
 * leave one behind; by these exact names a later write knows it as its own:
 * never a file of the user's, put back or removed.
 */

import {randomBytes} from 'node:crypto'
import path from 'node:path'

/** Prefix of the staging folder inside the target: a dot file, so listings skip it. */
export const stagingPrefix = '.er-locations-staging-'

/** Kind of sibling folder. */
export type SiblingKind = 'new' | 'old'

/** A fresh random suffix. */
function suffix(): string {
  return randomBytes(6).toString('hex')
}

/** A new name of a staging folder inside the target. */
export function stagingName(): string {
  return stagingPrefix + suffix()
}

/** Whether an entry of the target is a staging folder of ours. */
export function isStagingName(name: string): boolean {
  return (
    name.startsWith(stagingPrefix) &&
    /^[\da-f]{12}$/.test(name.slice(stagingPrefix.length))
  )
}

/**
 * A new path of a sibling folder of `directory`.
 *
 * @param directory
 *   Absolute path of the target.
 * @param kind
 *   `new` or `old`.
 */
export function siblingPath(directory: string, kind: SiblingKind): string {
  return path.join(
    path.dirname(directory),
    siblingPrefix(directory) + kind + '-' + suffix()
  )
}

/**
 * The kind of sibling of `directory` an entry of its parent is, if it is one of ours.
 *
 * @param directory
 *   Absolute path of the target.
 * @param name
 *   An entry of its parent.
 */
export function siblingKind(
  directory: string,
  name: string
): SiblingKind | undefined {
  const prefix = siblingPrefix(directory)
  if (!name.startsWith(prefix)) return undefined
  const match = /^(new|old)-[\da-f]{12}$/.exec(name.slice(prefix.length))
  return match ? (match[1] as SiblingKind) : undefined
}

function siblingPrefix(directory: string): string {
  return '.' + path.basename(directory) + '.er-locations-'
}
