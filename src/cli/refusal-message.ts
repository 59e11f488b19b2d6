/**
 * Say why a write of a file set is refused, and what to do instead — only
 * what the write would then accept.
 */

import path from 'node:path'
import {type FileSetKind, manifestName} from './file-set-manifest.js'
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
export function refusalMessage(
  refusal: Refusal,
  forced: Refusal | undefined,
  shown: string
): string {
  const name = (entry: Refusal) => '`' + path.join(shown, entry.name) + '`'
  const start = 'Refusing to write to `' + shown + '`: '

  if (refusal.reason === 'other-set') {
    return start + otherSet(refusal) + '; choose another directory'
  }

  if (refusal.reason === 'unowned') {
    return (
      start +
      'it holds files er-locations did not write (it has no ' +
      manifestName +
      '), the first ' +
      name(refusal) +
      '; choose an empty or new directory, or ' +
      (forced
        ? 'move ' + name(forced) + ' out of the way and add --force'
        : 'add --force to write beside them (they are left alone)')
    )
  }

  if (refusal.reason === 'in-the-way') {
    return (
      start +
      inTheWay([refusal], shown) +
      '; move it away or choose another directory'
    )
  }

  return (
    start +
    name(refusal) +
    ' changed since er-locations wrote it; ' +
    (forced
      ? 'move ' + name(forced) + ' out of the way and add --force'
      : 'add --force to ' + (refusal.removes ? 'remove' : 'overwrite') + ' it')
  )
}

/**
 * What `--check` advises to bring a stale directory up to date.
 *
 * @param refusal
 *   Why a write without `--force` would be refused, if it would.
 * @param forced
 *   Every reason why a write with `--force` would be refused.
 * @param shown
 *   The directory as given.
 * @param unwritable
 *   Why the write would fail on the file system (`/proc` takes no new directories), if it would.
 */
export function regenerateAdvice(
  refusal: Refusal | undefined,
  forced: readonly Refusal[],
  shown: string,
  unwritable?: string
): string {
  const rerun = 'run the same command without `--check`'
  if (forced[0]?.reason === 'other-set')
    return otherSet(forced[0]) + ': choose another directory'
  if (unwritable !== undefined)
    return (
      'It cannot be written there (' +
      unwritable +
      '): choose another directory'
    )
  if (forced.length > 0) {
    return (
      inTheWay(forced, shown) +
      ': move ' +
      (forced.length === 1 ? 'it' : 'them') +
      ' away, then ' +
      rerun +
      (refusal && refusal.reason !== 'in-the-way' ? ' and with --force' : '')
    )
  }

  if (refusal) {
    const why =
      refusal.reason === 'unowned'
        ? '`' +
          shown +
          '` has no ' +
          manifestName +
          ': er-locations did not write it'
        : '`' +
          path.join(shown, refusal.name) +
          '` changed since er-locations wrote it'
    return 'Regenerate it: ' + rerun + ' and with --force (' + why + ')'
  }

  return 'Regenerate it by running the same command without `--check`'
}

/** `a` is in the way (…); `a` and `b` are in the way (…). */
function inTheWay(refusals: readonly Refusal[], shown: string): string {
  const plain = 'er-locations did not write it'
  const items = refusals.map((refusal) => ({
    name: '`' + path.join(shown, refusal.name) + '`',
    why: why(refusal)
  }))
  if (items.length === 1)
    return items[0]!.name + ' is in the way (' + items[0]!.why + ')'
  const same = items.every((item) => item.why === plain)
  const names = items.map((item) =>
    same ? item.name : item.name + ' (' + item.why + ')'
  )
  const last = names.pop() as string
  return (
    names.join(', ') +
    ' and ' +
    last +
    ' are in the way' +
    (same ? ' (er-locations did not write them)' : '')
  )

  function why(refusal: Refusal): string {
    if (refusal.entry === 'link') {
      return refusal.listed
        ? 'a symbolic link now, not the file er-locations wrote'
        : 'a symbolic link er-locations did not make'
    }

    if (refusal.entry === 'other' && refusal.listed)
      return 'no longer a file: er-locations wrote a file there'
    return plain
  }
}

const kinds: Readonly<Record<FileSetKind, string>> = {
  dataset: 'a dataset (of `er-locations dataset`)',
  tables: 'the CSV tables of one page (of `er-locations parse --format csv`)',
  report: 'a report (of `er-locations report`)',
  history: 'a history dataset (of `er-locations history --out`)'
}

function otherSet(refusal: Refusal): string {
  const held = refusal.set ?? 'dataset'
  return (
    'it holds ' +
    kinds[held] +
    ', not ' +
    kinds[refusal.wanted ?? (held === 'dataset' ? 'tables' : 'dataset')] +
    ', and would lose its files'
  )
}
