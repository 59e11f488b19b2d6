/**
 * What a directory holds, as far as writing a file set into it matters.
 */

import path from 'node:path'
import {
  type FileSetManifest,
  manifestName,
  readManifest,
  sha256
} from './file-set-manifest.js'
import type {FileKind, FileSystem} from './file-system.js'
import {missingDirectories} from './make-directories.js'
import {isStagingName} from './staging-names.js'
import {systemErrorCode} from './system-reason.js'

/** What an entry of the directory is. */
export type EntryKind = 'file' | 'link' | 'other'

/** A directory before a write. */
export interface DirectoryState {
  /** Whether it exists (when not, every parent that exists is a directory). */
  exists: boolean
  /**
   * Every entry but the staging folders, sorted: `file` for a regular file,
   * `link` for a symbolic link, `other` for a directory, a device…
   */
  entries: Map<string, EntryKind>
  /** Staging folders of an earlier write (`.er-locations-staging-…`, left by a crash): ours, never the user's. */
  staging: string[]
  /** SHA-256 of the regular files a write may touch: those it writes and those the manifest lists. */
  hashes: Map<string, string>
  /** Its manifest, when it has one written by `er-locations`. */
  manifest: FileSetManifest | undefined
}

/**
 * Read the state of a directory.
 *
 * @param directory
 *   Absolute path.
 * @param shown
 *   The path as given, for messages.
 * @param names
 *   Files a write would write.
 * @param fs
 *   File system.
 * @throws {PathProblem}
 *   When it or a parent is a file.
 */
export async function readDirectoryState(
  directory: string,
  shown: string,
  names: Iterable<string>,
  fs: FileSystem
): Promise<DirectoryState> {
  const state: DirectoryState = {
    exists: false,
    entries: new Map(),
    staging: [],
    hashes: new Map(),
    manifest: undefined
  }
  if ((await missingDirectories(directory, shown, fs)).length > 0) return state

  state.exists = true
  const listing = (await fs.readdir(directory)).sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0
  )
  for (const name of listing) {
    let kind
    try {
      kind = (await fs.lstat(path.join(directory, name))) as FileKind & {
        isSymbolicLink?: () => boolean
      }
    } catch (error) {
      // Gone since the listing (`/proc/self/fd`): as if it had never been there.
      if (systemErrorCode(error) === 'ENOENT') continue
      throw error
    }

    if (isStagingName(name) && kind.isDirectory()) state.staging.push(name)
    else
      state.entries.set(
        name,
        kind.isFile()
          ? 'file'
          : kind.isSymbolicLink?.() === true
            ? 'link'
            : 'other'
      )
  }

  if (state.entries.get(manifestName) === 'file') {
    state.manifest = readManifest(
      await fs.readFile(path.join(directory, manifestName))
    )
  }

  const touched = new Set([...names, ...(state.manifest?.files.keys() ?? [])])
  for (const name of touched) {
    if (state.entries.get(name) !== 'file') continue
    try {
      state.hashes.set(
        name,
        sha256(await fs.readFile(path.join(directory, name)))
      )
    } catch (error) {
      // Gone since the listing: as if it had never been there.
      if (systemErrorCode(error) !== 'ENOENT') throw error
      state.entries.delete(name)
    }
  }

  return state
}
