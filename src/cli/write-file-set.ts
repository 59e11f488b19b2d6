/**
 * Write a set of files into a directory, all or nothing, never destroying a
 * file `er-locations` did not write (the rules: `plan-file-set.ts`). Both
 * `dataset --out` and `parse --format csv --out` write this way.
 *
 * How, so that a failure half-way — no space left, a permission, a file in
 * the way, an interrupt — leaves the directory as it was:
 *
 * 0. Clean up after a crashed write: a staging folder of ours inside the
 *    target is rolled back (`write-in-place.ts`), sibling folders of ours
 *    next to it are removed, or put back (`swap-file-set.ts`).
 * 1. Plan from what the directory holds; refuse before touching anything.
 *    Files whose bytes already are the new ones are not written: an
 *    up-to-date directory is left untouched (read-only or not).
 * 2. Write, by one of two ways (`swap-file-set.ts`, `write-in-place.ts`):
 *    - The target does not exist: the whole set is built in a sibling
 *      folder (`<parent>/.<name>.er-locations-new-…`) and renamed to the
 *      target: one atomic step. A crash leaves at worst that sibling.
 *    - The target holds only files of its manifest (no file of the user's),
 *      the write is not `--force`d, and the target is neither a symbolic
 *      link, nor a mount point (its device is its parent's), nor the working
 *      directory or one of its parents: the new set is built in a sibling,
 *      then the target is renamed to `.<name>.er-locations-old-…`, the new
 *      one to the target, and the old one removed. Should the second rename
 *      fail, the old one is renamed back. A crash between the two renames
 *      leaves no target and the old sibling: the next write puts it back;
 *      after them, the old sibling: the next write removes it. The target is
 *      a new folder (with the old one's permissions).
 *    - Any other (files of the user's beside ours, `--force`, the working
 *      directory, a mount point, or a first rename refused with EXDEV,
 *      EBUSY, EPERM…): file by file, through a staging folder inside the
 *      target (`.er-locations-staging-…`), each new file renamed over its
 *      name, the manifest last; each replaced or removed file is linked into
 *      the staging folder first, the way back. A rename that fails is undone
 *      from the links; a crash during the renames leaves a mix and the
 *      staging folder with its journal: the next write first rolls the
 *      directory back from it, then writes.
 * 3. Always: remove the staging and sibling folders of this write, and the
 *    directories created for a write that failed.
 *
 * Two writes into one directory at the same time are not supported: each
 * takes the other's folders for a crash's.
 */

import {
  manifestName,
  renderManifest,
  sha256,
  type FileSetKind,
  type PageOrigin
} from './file-set-manifest.js'
import {type FileSystem, nodeFileSystem} from './file-system.js'
import {UsageError} from './io.js'
import {makeDirectories, shownAncestor} from './make-directories.js'
import {planFileSet, type Plan} from './plan-file-set.js'
import {
  readDirectoryState,
  type DirectoryState
} from './read-directory-state.js'
import {refusalMessage} from './refusal-message.js'
import {
  cleanSiblings,
  SwapRefused,
  SwapUndoFailed,
  swapFileSet,
  swappable
} from './swap-file-set.js'
import {systemReason} from './system-reason.js'
import {
  rollBack,
  UndoFailed,
  undoFailedWords,
  writeInPlace
} from './write-in-place.js'
import {writeError} from './write-error.js'
import path from 'node:path'

export {stagingPrefix} from './staging-names.js'

/** Options of `writeFileSet`. */
export interface WriteFileSetOptions {
  /** The directory as the user gave it, for messages. */
  shown: string
  /** What is written, for messages: `the dataset`. */
  what: string
  /** The kind of set, recorded in its manifest (default: `dataset`). */
  set?: FileSetKind | undefined
  /** Where the pages of a dataset came from, recorded in its manifest (default: none). */
  origins?: readonly PageOrigin[] | undefined
  /** Write into a directory without a manifest, and over edited files of the manifest. */
  force?: boolean | undefined
  /** Aborts the write (SIGINT) until the commit starts; the directory stays as it was. */
  signal?: AbortSignal | undefined
  /** File system (tests pass one that fails). */
  fs?: FileSystem | undefined
  /** Working directory of the process, never swapped away (default: `process.cwd()`). */
  cwd?: string | undefined
  /**
   * Only check that the write would be allowed (the refusals, as a write
   * gives them) and say what it would do, writing nothing: a caller writing
   * several sets checks all of them before it writes the first (default:
   * `false`).
   */
  planOnly?: boolean | undefined
}

/** What a write did. */
export interface WriteFileSetResult {
  /** Files written, the manifest included. */
  written: string[]
  /** Files of the set whose bytes already were the new ones. */
  unchanged: string[]
  /** Files of the old set removed. */
  removed: string[]
  /** Entries of the user's, left as they were. */
  foreign: string[]
  /** How: `none` (up to date), `create`, `swap` or `in-place`. */
  way: 'none' | 'create' | 'swap' | 'in-place'
}

/** The write was interrupted (`signal` aborted): nothing changed. */
export class WriteInterrupted extends UsageError {
  override name = 'WriteInterrupted'
}

/**
 * Write a file set.
 *
 * @param directory
 *   Absolute path of the directory.
 * @param files
 *   File name → text. The manifest (`manifest.json`) is added.
 * @param options
 *   Options.
 * @throws {UsageError}
 *   When the write is refused or fails (one line, the cause in words); the
 *   directory is then as it was.
 */
export async function writeFileSet(
  directory: string,
  files: ReadonlyMap<string, string>,
  options: WriteFileSetOptions
): Promise<WriteFileSetResult> {
  const fs = options.fs ?? nodeFileSystem
  const {shown, signal} = options
  const set = options.set ?? 'dataset'
  const force = options.force === true
  const failed = 'Cannot write ' + options.what + ' to `' + shown + '`'
  const hashes = new Map([...files].map(([name, text]) => [name, sha256(text)]))
  const manifest = renderManifest(hashes, set, options.origins)
  const texts = new Map([...files, [manifestName, manifest]])
  const stop = () => {
    if (signal?.aborted)
      throw new WriteInterrupted(
        'Interrupted: nothing was written, `' + shown + '` is as it was'
      )
  }

  const state = await recoveredState(fs, directory, shown, texts, failed)
  const planned = planFileSet(state, hashes, force, set, sha256(manifest))
  if ('refusal' in planned) {
    const forced = planFileSet(state, hashes, true, set, sha256(manifest))
    throw new UsageError(
      refusalMessage(
        planned.refusal,
        'refusal' in forced ? forced.refusal : undefined,
        shown
      )
    )
  }

  const {plan} = planned
  const result = {
    written: plan.write,
    unchanged: plan.unchanged,
    removed: plan.remove,
    foreign: plan.foreign
  }
  if (
    options.planOnly === true ||
    (plan.write.length === 0 && plan.remove.length === 0)
  )
    return {...result, way: 'none'}

  const created: string[] = []
  let committed = false
  try {
    const way = await commitFileSet({
      fs,
      directory,
      shown,
      texts,
      plan,
      state,
      force,
      cwd: options.cwd ?? process.cwd(),
      created,
      stop
    })
    committed = true
    return {...result, way}
  } catch (error) {
    const outcome =
      '`' + shown + '` ' + (state.exists ? 'is as it was' : 'was not created')
    throw commitFailure(error, failed, shown, outcome)
  } finally {
    if (!committed) {
      for (const made of created.reverse())
        await fs.rmdir(made).catch(() => undefined)
    }
  }
}

/**
 * Step 0 and the reading of step 1: remove our siblings, roll back a staging
 * folder a cut-off write left, and read the directory.
 */
async function recoveredState(
  fs: FileSystem,
  directory: string,
  shown: string,
  texts: ReadonlyMap<string, string>,
  failed: string
): Promise<DirectoryState> {
  let state
  try {
    await cleanSiblings(fs, directory)
    state = await readDirectoryState(directory, shown, texts.keys(), fs)
  } catch (error) {
    throw writeError(error, failed, 'nothing was written')
  }

  if (state.staging.length === 0) return state

  for (const name of state.staging) {
    try {
      await rollBack(fs, directory, path.join(directory, name))
    } catch (error) {
      throw new UsageError(
        failed +
          ': `' +
          path.join(shown, name) +
          '` holds the way back from a write that was cut off, and putting it back failed (' +
          systemReason(error, 'the system refused it') +
          '); nothing else was written'
      )
    }
  }

  try {
    return await readDirectoryState(directory, shown, texts.keys(), fs)
  } catch (error) {
    throw writeError(error, failed, 'nothing was written')
  }
}

/** What step 2 needs. */
interface Commit {
  fs: FileSystem
  directory: string
  shown: string
  texts: ReadonlyMap<string, string>
  plan: Plan
  state: DirectoryState
  force: boolean
  cwd: string
  /** Directories made for the write, filled in as they are made. */
  created: string[]
  stop: () => void
}

/** Step 2: write the set by the first way that applies. */
async function commitFileSet(
  commit: Commit
): Promise<'create' | 'swap' | 'in-place'> {
  const {fs, directory, shown, texts, plan, state} = commit
  if (!state.exists) {
    // Its parents, then the set in a sibling renamed to it.
    await makeDirectories(
      path.dirname(directory),
      shownAncestor(shown, 1),
      fs,
      commit.created
    )
    await swapFileSet(fs, directory, shown, texts, false, commit.stop)
    return 'create'
  }

  const owned = state.manifest !== undefined && plan.foreign.length === 0
  if (!commit.force && owned && (await swappable(fs, directory, commit.cwd))) {
    try {
      await swapFileSet(fs, directory, shown, texts, true, commit.stop)
      return 'swap'
    } catch (error) {
      if (!(error instanceof SwapRefused)) throw error
    }
  }

  await writeInPlace({
    fs,
    directory,
    shown,
    texts,
    plan,
    entries: state.entries,
    stopIfInterrupted: commit.stop
  })
  return 'in-place'
}

/** The one line a failed commit is reported as. */
function commitFailure(
  error: unknown,
  failed: string,
  shown: string,
  outcome: string
): Error {
  if (error instanceof UndoFailed)
    return new UsageError(failed + ': ' + undoFailedWords(error, shown))
  if (error instanceof SwapUndoFailed) {
    return new UsageError(
      failed +
        ': ' +
        systemReason(error.cause, 'the system refused it') +
        ', and putting `' +
        shown +
        '` back failed too: the previous files are in `' +
        path.join(shownAncestor(shown, 1), path.basename(error.old)) +
        '` (the next write puts them back)'
    )
  }

  return writeError(error, failed, outcome)
}
