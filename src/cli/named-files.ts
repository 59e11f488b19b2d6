/**
 * Which files of a repository's history a pathspec names, followed through
 * their renames.
 */

import {
  type FileChange,
  fileChangesArguments,
  fileChangesFromLog
} from './file-changes.js'
import {UsageError} from './io.js'
import {firstLine, literalPathspec, runGit} from './run-git.js'
import {
  filesOf,
  moveFile,
  type TrackedFile,
  type TrackedFiles,
  trackFiles
} from './track-files.js'

/**
 * How many renames out of the pathspec are followed, one after the other:
 * each costs two `git` runs, and the docs have never had one.
 */
const renamesOutFollowed = 4

/**
 * The files that `pathspec` matches in the history of `HEAD`, each followed
 * through its renames, in the order they first appear (oldest first).
 *
 * One `git log` lists the changes of every file `pathspec` matches, renames
 * among them detected (the history of `HEAD` only: `--topo-order`, parents
 * first). A file deleted there may have been renamed to a name `pathspec`
 * does not match: one `git show` of the commits that deleted them detects
 * renames over their whole trees, and one `git log` of the new names reads
 * what became of them (again, a few times over).
 *
 * @param root
 *   Root of the repository.
 * @param pathspec
 *   Pathspec of the files, with its magic (`:(top,glob,icase)` and a glob).
 * @param repository
 *   The repository as given, for messages.
 * @throws {UsageError}
 *   When `git` fails.
 */
export async function namedFiles(
  root: string,
  pathspec: string,
  repository: string
): Promise<TrackedFile[]> {
  const files: TrackedFiles = new Map()
  trackFiles(files, await changesOf(root, logArguments([pathspec]), repository))

  // A file deleted may have been renamed to a name out of the pattern: the
  // commit that deleted it says, with renames detected over the whole tree.
  const asked = new Set<TrackedFile>()
  for (let round = 0; round < renamesOutFollowed; round++) {
    const gone = filesOf(files).filter(
      (file) => file.deletedBy !== undefined && !asked.has(file)
    )
    if (gone.length === 0) break
    for (const file of gone) asked.add(file)
    const renames = await changesOf(
      root,
      [
        'show',
        '-M',
        '--diff-filter=R',
        ...fileChangesArguments,
        ...new Set(gone.map((file) => file.deletedBy as string))
      ],
      repository
    )
    const moved = new Map<string, string>()
    for (const file of gone) {
      const rename = renames.find(
        (change) =>
          change.commit === file.deletedBy && change.from === file.path
      )
      if (rename === undefined) continue
      moveFile(files, file, rename.path)
      file.blob = rename.blob
      file.deletedBy = undefined
      moved.set(rename.path, rename.commit)
    }

    if (moved.size === 0) break
    const later = await changesOf(
      root,
      logArguments([...moved.keys()].map((file) => literalPathspec(file))),
      repository
    )
    trackFiles(files, changesAfter(later, moved))
  }

  return filesOf(files)
}

/** The changes of each path after the commit that renamed a file to it. */
function changesAfter(
  changes: readonly FileChange[],
  renamedBy: ReadonlyMap<string, string>
): FileChange[] {
  const reached = new Set<string>()
  return changes.filter((change) => {
    if (reached.has(change.path)) return true
    if (renamedBy.get(change.path) === change.commit) reached.add(change.path)
    return false
  })
}

/** `git log` of `pathspecs` in the history of `HEAD`, oldest first, renames among them detected. */
function logArguments(pathspecs: readonly string[]): string[] {
  return [
    'log',
    '--topo-order',
    '--reverse',
    '-M',
    ...fileChangesArguments,
    'HEAD',
    '--',
    ...pathspecs
  ]
}

/** The file changes a `git` run lists; a failure is a usage error in git's words. */
async function changesOf(
  root: string,
  arguments_: readonly string[],
  repository: string
): Promise<FileChange[]> {
  const result = await runGit(root, arguments_)
  if (result.code !== 0) {
    throw new UsageError(
      'Cannot read the history of `' +
        repository +
        '`: ' +
        firstLine(result.stderr)
    )
  }

  return fileChangesFromLog(result.stdout.toString('utf8'))
}
