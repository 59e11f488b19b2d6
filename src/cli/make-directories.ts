/**
 * `mkdir -p` that ends: Node's `mkdir(…, {recursive: true})` loops forever
 * where `mkdir` answers ENOENT to a parent that exists (`/proc/x`), so the
 * path is walked here, one directory at a time, bounded by its depth.
 */

import path from 'node:path'
import type {FileSystem} from './file-system.js'
import {systemErrorCode} from './system-reason.js'
import {PathProblem} from './write-error.js'

/**
 * The directories to create for `directory` to exist, outermost first
 * (none when it exists).
 *
 * @param directory
 *   Absolute path.
 * @param shown
 *   The path as the user gave it, for messages.
 * @param fs
 *   File system.
 * @throws {PathProblem}
 *   When `directory` or one of its parents is a file.
 */
export async function missingDirectories(
  directory: string,
  shown: string,
  fs: FileSystem
): Promise<string[]> {
  const missing: string[] = []
  let current = directory
  for (;;) {
    let kind
    try {
      kind = await fs.stat(current)
    } catch (error) {
      const code = systemErrorCode(error)
      // ENOTDIR: a parent is a file; walking up finds it.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
    }

    if (kind) {
      if (kind.isDirectory()) return missing
      throw new PathProblem(
        'a file is in the way (`' +
          shownAncestor(shown, missing.length) +
          '` is not a directory)'
      )
    }

    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) return missing
    current = parent
  }
}

/**
 * Create the missing directories of `directory`, outermost first.
 *
 * @param created
 *   Receives each directory as it is created: what to remove to undo it,
 *   also when a later one fails.
 */
export async function makeDirectories(
  directory: string,
  shown: string,
  fs: FileSystem,
  created: string[]
): Promise<void> {
  const missing = await missingDirectories(directory, shown, fs)
  for (const [index, name] of missing.entries()) {
    try {
      await fs.mkdir(name)
    } catch (error) {
      // The parent exists (seen or just made): this file system takes no new
      // directories there (`/proc`).
      if (systemErrorCode(error) === 'ENOENT') {
        throw new PathProblem(
          '`' +
            shownAncestor(shown, missing.length - index) +
            '` takes no new directories'
        )
      }

      throw error
    }

    created.push(name)
  }
}

/** The `levels`-th parent of a path as the user wrote it (`out/..`, made short). */
export function shownAncestor(shown: string, levels: number): string {
  return path.join(shown, ...Array.from({length: levels}, () => '..'))
}
