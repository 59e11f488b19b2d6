/**
 * Compare a directory with the file set a write would leave in it, for
 * `--check`: by the same rules as the write, so a user's file is never
 * “extra” and the advice never says to run what the write would refuse.
 */

import {whyUnwritable} from './directory-writable.js'
import {
  type FileSetKind,
  manifestName,
  type PageOrigin,
  renderManifest,
  sha256
} from './file-set-manifest.js'
import {type FileSystem, nodeFileSystem} from './file-system.js'
import {UsageError} from './io.js'
import {planFileSet} from './plan-file-set.js'
import {readDirectoryState} from './read-directory-state.js'
import {regenerateAdvice} from './refusal-message.js'
import {systemReason} from './system-reason.js'
import {PathProblem} from './write-error.js'

/** How a file of the directory differs from what the write would leave. */
export type FileDifference = 'changed' | 'missing' | 'extra'

/** A comparison. */
export interface FileSetComparison {
  /** Files that differ, by name: the manifest included; `extra` = the write would remove it. */
  differences: Array<[string, FileDifference]>
  /** Entries of the user's, that the write leaves alone. */
  foreign: string[]
  /** What to run to bring the directory up to date (one sentence), when it differs. */
  advice: string
  /** Whether the advice is the plain re-run (no `--force`, nothing to move). */
  plain: boolean
}

/**
 * Compare a directory with a file set.
 *
 * @param directory
 *   Absolute path.
 * @param files
 *   File name → text, the manifest excluded.
 * @param shown
 *   The directory as given.
 * @param set
 *   The kind of set.
 * @param fs
 *   File system.
 * @param origins
 *   Where the pages came from, as the manifest records them (default: none).
 * @throws {UsageError}
 *   When the directory cannot be read (a file in the way, no permission).
 */
export async function compareFileSet(
  directory: string,
  files: ReadonlyMap<string, string>,
  shown: string,
  set: FileSetKind = 'dataset',
  fs: FileSystem = nodeFileSystem,
  origins?: readonly PageOrigin[] | undefined
): Promise<FileSetComparison> {
  const hashes = new Map([...files].map(([name, text]) => [name, sha256(text)]))
  const manifestHash = sha256(renderManifest(hashes, set, origins))
  const expected = new Map([...hashes, [manifestName, manifestHash]])

  let state
  try {
    state = await readDirectoryState(directory, shown, expected.keys(), fs)
  } catch (error) {
    if (error instanceof PathProblem)
      throw new UsageError('Cannot read `' + shown + '`: ' + error.message)
    throw new UsageError(
      'Cannot read `' +
        shown +
        '`: ' +
        systemReason(error, 'not a readable directory')
    )
  }

  const differences: Array<[string, FileDifference]> = []
  for (const [name, hash] of expected) {
    const kind = state.entries.get(name)
    if (kind === undefined) differences.push([name, 'missing'])
    else if (kind !== 'file' || state.hashes.get(name) !== hash)
      differences.push([name, 'changed'])
  }

  // A file of the old manifest that the new set does not have: the write removes it.
  const listed = state.manifest?.files ?? new Map<string, string>()
  const stale = [...listed.keys()].filter(
    (name) => !expected.has(name) && state.entries.get(name) === 'file'
  )
  for (const name of stale) differences.push([name, 'extra'])
  const foreign = [...state.entries.keys()].filter(
    (name) => !expected.has(name) && !stale.includes(name)
  )

  const unforced = planFileSet(state, hashes, false, set, manifestHash)
  const forced = planFileSet(state, hashes, true, set, manifestHash)
  differences.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const refusal = 'refusal' in unforced ? unforced.refusal : undefined
  const forcedRefusals = 'refusal' in forced ? forced.refusals : []
  // Only a write that would change something needs to be possible.
  let unwritable
  if (differences.length > 0) {
    try {
      unwritable = await whyUnwritable(directory, shown, fs)
    } catch (error) {
      if (!(error instanceof PathProblem)) throw error
      unwritable = error.message
    }
  }

  return {
    differences,
    foreign,
    advice: regenerateAdvice(refusal, forcedRefusals, shown, unwritable),
    plain:
      refusal === undefined &&
      forcedRefusals.length === 0 &&
      unwritable === undefined
  }
}
