/**
 * Follow files through the changes of a history: which paths are one file
 * (renamed from one to the other), and where and what each file was last.
 */

import type {FileChange} from './file-changes.js'

/** A file of a history, followed through its renames. */
export interface TrackedFile {
  /** Every path it has had, oldest first. */
  paths: string[]
  /** Its path after its last change. */
  path: string
  /** Hash of its content after its last change (of a deletion: the content deleted). */
  blob: string
  /** The commit of its last change, when that change deleted it. */
  deletedBy: string | undefined
}

/**
 * Files by each path they have had: one `TrackedFile` under several keys
 * once renamed. Insertion order is the order files first appear.
 */
export type TrackedFiles = Map<string, TrackedFile>

/**
 * Apply `changes` (oldest first) to `files`: an added path is a new file
 * (or the file that had it before: a path deleted and written again is one
 * file, as `git log --follow` reads it), a rename moves a file to its new
 * path, a deletion leaves the file where it was, with its last content.
 *
 * Note: a copy (`C`) is a new file: its source goes on as itself.
 *
 * @param files
 *   The files so far; changed in place.
 * @param changes
 *   Changes in commit order, oldest first.
 */
export function trackFiles(
  files: TrackedFiles,
  changes: readonly FileChange[]
): TrackedFiles {
  for (const change of changes) {
    const file =
      files.get(change.status === 'R' ? change.from : change.path) ??
      newFile(files, change.status === 'R' ? change.from : change.path)
    moveFile(files, file, change.path)
    file.blob = change.blob
    file.deletedBy = change.status === 'D' ? change.commit : undefined
  }

  return files
}

/**
 * Move `file` to `to`, a path it takes from here on (a rename, or a path
 * followed by other means).
 */
export function moveFile(
  files: TrackedFiles,
  file: TrackedFile,
  to: string
): void {
  if (!file.paths.includes(to)) file.paths.push(to)
  file.path = to
  files.set(to, file)
}

/** The files, each once, in the order they first appeared. */
export function filesOf(files: TrackedFiles): TrackedFile[] {
  return [...new Set(files.values())]
}

function newFile(files: TrackedFiles, path: string): TrackedFile {
  const file: TrackedFile = {
    paths: [path],
    path,
    blob: '',
    deletedBy: undefined
  }
  files.set(path, file)
  return file
}
