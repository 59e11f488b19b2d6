/**
 * Decide what writing a file set into a directory does, before touching it.
 * Pure: the same state and files give the same plan. One set of rules for
 * writing and for `--check`'s advice, so the advice never says to run what
 * the write would refuse.
 *
 * The rules, like a formatter's `--write` that owns only what it wrote:
 *
 * - A directory that is missing, empty, or holds an `er-locations` manifest
 *   is ours to write into; any other is refused (naming its first file)
 *   unless `force`.
 * - A file the manifest lists is ours: replaced, or removed when the new set
 *   no longer has it (`model.json` → `models.json`). When its bytes are no
 *   longer those the manifest recorded, someone edited it: refused unless
 *   `force`.
 * - A file the manifest does not list is the user's: never replaced or
 *   removed, even with `force`; when the new set has a file of its name, the
 *   write is refused (unless its bytes are already the new ones: replacing
 *   them loses nothing). Not a regular file (a directory, a symbolic
 *   link…) in the place of a file of the set: refused.
 * - A directory whose manifest describes a set of the other kind (a dataset
 *   for `parse --format csv`, CSV tables for `dataset`) is refused, even with
 *   `force`: the write would remove the other command's files.
 * - A file whose bytes already are the new ones is not written again (nor
 *   the manifest): an up-to-date directory is left untouched, even when it
 *   is read-only.
 */

import {type FileSetKind, manifestName} from './file-set-manifest.js'
import type {DirectoryState} from './read-directory-state.js'

/** Why a write is refused, naming one entry of the directory. */
export interface Refusal {
  /**
   * `unowned`: the directory has files and no manifest;
   * `in-the-way`: a file or directory of the user where the set has a file;
   * `edited`: a file of the manifest changed since it was written;
   * `other-set`: the manifest describes a set of the other kind.
   */
  reason: 'unowned' | 'in-the-way' | 'edited' | 'other-set'
  name: string
  /** With `edited`: whether the write would remove the file rather than replace it. */
  removes?: boolean
  /** With `in-the-way`: what is in the way, when not a regular file. */
  entry?: 'link' | 'other'
  /** With `in-the-way`: whether the manifest lists the name (er-locations wrote a file there). */
  listed?: boolean
  /** With `other-set`: the kind of set the directory holds. */
  set?: FileSetKind
  /** With `other-set`: the kind of set the write would write. */
  wanted?: FileSetKind
}

/** What a write does. */
export interface Plan {
  /** Files to write (those whose bytes differ), the manifest last. */
  write: string[]
  /** Files of the set whose bytes already are the new ones: not written again. */
  unchanged: string[]
  /** Files of the old manifest the new set does not have. */
  remove: string[]
  /** Entries that stay as they are and are not the set's: the user's. */
  foreign: string[]
}

/**
 * Plan a write.
 *
 * @param state
 *   The directory.
 * @param hashes
 *   SHA-256 of each file of the new set (its manifest excluded).
 * @param force
 *   Whether to write into a directory without a manifest and over edited files.
 * @param set
 *   The kind of set written.
 * @param manifestHash
 *   SHA-256 of the new manifest.
 * @returns
 *   The plan, or the first refusal (by name) and every refusal.
 */
export function planFileSet(
  state: DirectoryState,
  hashes: ReadonlyMap<string, string>,
  force: boolean,
  set: FileSetKind,
  manifestHash: string
): {plan: Plan} | {refusal: Refusal; refusals: Refusal[]} {
  const listed = state.manifest?.files ?? new Map<string, string>()
  const ours = (name: string) =>
    listed.has(name) || (name === manifestName && state.manifest !== undefined)
  const all = new Map([...hashes, [manifestName, manifestHash]])

  if (state.manifest !== undefined && state.manifest.set !== set) {
    const refusal: Refusal = {
      reason: 'other-set',
      name: manifestName,
      set: state.manifest.set,
      wanted: set
    }
    return {refusal, refusals: [refusal]}
  }

  if (!force && state.manifest === undefined && state.entries.size > 0) {
    const refusal: Refusal = {
      reason: 'unowned',
      name: [...state.entries.keys()][0] as string
    }
    return {refusal, refusals: [refusal]}
  }

  const write = [...hashes.keys()]
    .filter((name) => name !== manifestName)
    .sort(compare)
  const remove = [...listed.keys()]
    .filter((name) => !hashes.has(name) && state.entries.get(name) === 'file')
    .sort(compare)
  const refusals: Refusal[] = []

  for (const name of [...write, manifestName]) {
    const kind = state.entries.get(name)
    if (kind === undefined) continue
    if (kind !== 'file') {
      refusals.push({
        reason: 'in-the-way',
        name,
        entry: kind,
        listed: ours(name)
      })
    } else if (ours(name)) {
      if (!force && edited(name) && state.hashes.get(name) !== hashes.get(name))
        refusals.push({reason: 'edited', name})
    } else if (state.hashes.get(name) !== hashes.get(name)) {
      // The manifest itself is never identical: a foreign `manifest.json` is in the way.
      refusals.push({reason: 'in-the-way', name})
    }
  }

  for (const name of remove) {
    if (!force && edited(name))
      refusals.push({reason: 'edited', name, removes: true})
  }

  refusals.sort((a, b) => compare(a.name, b.name))
  const first = refusals[0]
  if (first) return {refusal: first, refusals}

  const names = new Set([...write, manifestName, ...remove])
  const same = (name: string) =>
    state.entries.get(name) === 'file' &&
    state.hashes.get(name) === all.get(name)
  return {
    plan: {
      write: [...write, manifestName].filter((name) => !same(name)),
      unchanged: [...write, manifestName].filter((name) => same(name)),
      remove,
      foreign: [...state.entries.keys()].filter((name) => !names.has(name))
    }
  }

  function edited(name: string): boolean {
    return name !== manifestName && state.hashes.get(name) !== listed.get(name)
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
