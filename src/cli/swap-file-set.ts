/**
 * The sibling way of writing a file set (see `write-file-set.ts` for when it
 * is taken): build the whole new set in a folder next to the target
 * (`.<name>.er-locations-new-…`, the same parent, so the same file system),
 * then swap it in by rename; and the clean-up of such folders a crash left.
 *
 * The manifest is written first into the new folder, so that a folder cut
 * off while being built is known as ours by it (or by being empty).
 */

import {chmod, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {manifestName, readManifest} from './file-set-manifest.js'
import type {FileKind, FileSystem} from './file-system.js'
import {shownAncestor} from './make-directories.js'
import {siblingKind, siblingPath} from './staging-names.js'
import {systemErrorCode} from './system-reason.js'
import {PathProblem} from './write-error.js'

/** Renaming the target itself is refused here (a mount point, a busy folder…): write it file by file instead. */
export class SwapRefused extends Error {
  override name = 'SwapRefused'
}

/** The swap failed and so did putting the old folder back. */
export class SwapUndoFailed extends Error {
  override name = 'SwapUndoFailed'
  constructor(
    override readonly cause: unknown,
    /** Where the previous set now is. */
    readonly old: string
  ) {
    super('swap undo failed')
  }
}

/** Codes of a rename of the target that mean “not this way”, not “not at all”. */
const refusedCodes = new Set([
  'EXDEV',
  'EBUSY',
  'EPERM',
  'EACCES',
  'EINVAL',
  'ENOTSUP'
])

/**
 * Build `texts` in a new sibling of `directory`, and put it in place: by one
 * rename when `directory` does not exist; else by renaming `directory` to
 * an old sibling, the new one to `directory`, and removing the old one.
 *
 * @param order
 *   Names to write, in order (the manifest first).
 * @param created
 *   Receives the parents created (to remove when the write fails).
 * @throws {SwapRefused}
 *   When `directory` cannot be renamed away (nothing changed).
 * @throws {SwapUndoFailed}
 *   When the new folder could not be renamed in nor the old one back.
 */
export async function swapFileSet(
  fs: FileSystem,
  directory: string,
  shown: string,
  texts: ReadonlyMap<string, string>,
  exists: boolean,
  stopIfInterrupted: () => void
): Promise<void> {
  const fresh = siblingPath(directory, 'new')
  let made = false
  try {
    try {
      await fs.mkdir(fresh)
    } catch (error) {
      // The parent exists: ENOENT means it takes no new directories (`/proc`).
      if (systemErrorCode(error) === 'ENOENT')
        throw new PathProblem(
          '`' + shownAncestor(shown, 1) + '` takes no new directories'
        )
      throw error
    }

    made = true
    const names = [
      manifestName,
      ...[...texts.keys()].filter((name) => name !== manifestName)
    ]
    for (const name of names) {
      stopIfInterrupted()
      await fs.writeFile(path.join(fresh, name), texts.get(name) as string)
    }

    stopIfInterrupted()
    if (!exists) {
      await fs.rename(fresh, directory)
      made = false
      return
    }

    // The folder keeps its permissions.
    const mode = await stat(directory).then(
      (info) => info.mode & 0o7777,
      () => undefined
    )
    if (mode !== undefined) await chmod(fresh, mode).catch(() => undefined)

    const old = siblingPath(directory, 'old')
    try {
      await fs.rename(directory, old)
    } catch (error) {
      if (refusedCodes.has(systemErrorCode(error) ?? ''))
        throw new SwapRefused('swap refused', {cause: error})
      throw error
    }

    try {
      await fs.rename(fresh, directory)
    } catch (error) {
      await fs.rename(old, directory).catch(() => {
        throw new SwapUndoFailed(error, old)
      })
      throw error
    }

    made = false
    await fs.removeTree(old).catch(() => undefined)
  } finally {
    if (made) await fs.removeTree(fresh).catch(() => undefined)
  }
}

/**
 * Whether `directory` (which exists) may be swapped: not a symbolic link,
 * not a mount point (its device is its parent's), not the working directory
 * nor one of its parents.
 */
export async function swappable(
  fs: FileSystem,
  directory: string,
  cwd: string
): Promise<boolean> {
  type Stats = FileKind & {
    dev?: number | bigint
    isSymbolicLink?: () => boolean
  }
  try {
    const own = (await fs.lstat(directory)) as Stats
    const parent = (await fs.stat(path.dirname(directory))) as Stats
    if (own.isSymbolicLink?.() !== false || !own.isDirectory()) return false
    if (own.dev === undefined || own.dev !== parent.dev) return false
    const real = await realpath(directory)
    const working = await realpath(cwd).catch(() => cwd)
    const relative = path.relative(real, working)
    return relative.startsWith('..') || path.isAbsolute(relative)
  } catch {
    return false
  }
}

/**
 * Clean up the siblings of `directory` a crashed write left (best effort):
 * when `directory` is missing and an old sibling of ours holds a set (the
 * crash came between the two renames of a swap), it is put back; every
 * other sibling of ours — empty, or holding a manifest of ours — is removed.
 * A folder of that name that is neither is left alone.
 */
export async function cleanSiblings(
  fs: FileSystem,
  directory: string
): Promise<void> {
  const parent = path.dirname(directory)
  let names: string[]
  try {
    names = await fs.readdir(parent)
  } catch {
    return
  }

  const ours = names
    .map((name) => ({name, kind: siblingKind(directory, name)}))
    .filter((entry) => entry.kind !== undefined)
    // Old ones first: one may go back into place.
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'old' ? -1 : 1))

  for (const {name, kind} of ours) {
    const folder = path.join(parent, name)
    try {
      if (!(await fs.lstat(folder)).isDirectory()) continue
      const entries = await fs.readdir(folder)
      let holdsSet = false
      if (entries.length > 0) {
        if (!entries.includes(manifestName)) continue
        if (
          readManifest(await fs.readFile(path.join(folder, manifestName))) ===
          undefined
        )
          continue
        holdsSet = true
      }

      if (
        kind === 'old' &&
        holdsSet &&
        (await fs.lstat(directory).then(
          () => false,
          () => true
        ))
      ) {
        await fs.rename(folder, directory)
      } else {
        await fs.removeTree(folder)
      }
    } catch {
      // Best effort: a folder that cannot be cleaned stays.
    }
  }
}
