/**
 * Write a set of files into a directory, all or nothing, never destroying a
 * file `er-locations` did not write (the rules: `plan-file-set.ts`). Both
 * `dataset --out` and `parse --format csv --out` write this way.
 *
 * How, so that a failure half-way — no space left, a permission, a file in
 * the way, an interrupt — leaves the directory as it was:
 *
 * 1. Plan from what the directory holds; refuse before touching anything.
 * 2. Stage: write every new file into a staging directory *inside* the
 *    target (`.er-locations-staging-…`): the same file system, so a rename
 *    moves a file without copying it, and no other file of the user's moves
 *    (the target may be a mount point, the working directory, full of
 *    files of the user: it stays the same directory). Link (or copy) each
 *    file to be replaced or removed into the staging directory too: the way
 *    back.
 * 3. Commit: rename each staged file over its name (atomic, a file at a
 *    time; needs no space), the manifest last, then unlink the files the new
 *    set no longer has. An interrupt waits until this is done; should a
 *    rename fail anyway, the links of step 2 are renamed back.
 * 4. Always: remove the staging directory, and the directories created for a
 *    write that failed.
 *
 * A crash (power, SIGKILL) in the commit may leave a mix of old and new
 * files and the staging directory: the next write then sees files whose
 * bytes the manifest does not record, and asks for `--force`.
 */

import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {manifestName, renderManifest, sha256} from './file-set-manifest.js'
import {type FileSystem, nodeFileSystem} from './file-system.js'
import {UsageError} from './io.js'
import {makeDirectories} from './make-directories.js'
import {planFileSet} from './plan-file-set.js'
import {readDirectoryState} from './read-directory-state.js'
import {refusalMessage} from './refusal-message.js'
import {systemErrorCode} from './system-reason.js'
import {PathProblem, writeError} from './write-error.js'

/** Prefix of the staging directory: a dot file, so listings skip it. */
export const stagingPrefix = '.er-locations-staging-'

/** Options of `writeFileSet`. */
export interface WriteFileSetOptions {
  /** The directory as the user gave it, for messages. */
  shown: string
  /** What is written, for messages: `the dataset`. */
  what: string
  /** Write into a directory without a manifest, and over edited files of the manifest. */
  force?: boolean | undefined
  /** Aborts the write (SIGINT) until the commit starts; the directory stays as it was. */
  signal?: AbortSignal | undefined
  /** File system (tests pass one that fails). */
  fs?: FileSystem | undefined
}

/** What a write did. */
export interface WriteFileSetResult {
  /** Files written, the manifest included. */
  written: string[]
  /** Files of the old set removed. */
  removed: string[]
  /** Entries of the user's, left as they were. */
  foreign: string[]
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
  const failed = 'Cannot write ' + options.what + ' to `' + shown + '`'
  const hashes = new Map([...files].map(([name, text]) => [name, sha256(text)]))
  const texts = new Map([...files, [manifestName, renderManifest(hashes)]])

  let state
  try {
    state = await readDirectoryState(directory, shown, texts.keys(), fs)
  } catch (error) {
    throw writeError(error, failed, 'nothing was written')
  }

  const outcome = '`' + shown + '` ' + (state.exists ? 'is as it was' : 'was not created')
  const planned = planFileSet(state, hashes, options.force === true)
  if ('refusal' in planned) {
    const forced = planFileSet(state, hashes, true)
    throw new UsageError(refusalMessage(planned.refusal, 'refusal' in forced ? forced.refusal : undefined, shown))
  }

  const {plan} = planned
  const created: string[] = []
  const staging = path.join(directory, stagingPrefix + randomBytes(6).toString('hex'))
  const staged = path.join(staging, 'new')
  const backup = path.join(staging, 'old')
  let stagingMade = false
  let committed = false

  try {
    if (!state.exists) await makeDirectories(directory, shown, fs, created)
    try {
      await fs.mkdir(staging)
    } catch (error) {
      // The directory exists: ENOENT means it takes no new directories (`/proc/self`).
      if (systemErrorCode(error) === 'ENOENT') throw new PathProblem('`' + shown + '` takes no new directories')
      throw error
    }

    stagingMade = true
    await fs.mkdir(staged)
    await fs.mkdir(backup)

    for (const name of plan.write) {
      stopIfInterrupted(signal, shown)
      await fs.writeFile(path.join(staged, name), texts.get(name) as string)
    }

    for (const name of [...plan.write, ...plan.remove]) {
      if (state.entries.get(name) !== 'file') continue
      stopIfInterrupted(signal, shown)
      await keep(fs, path.join(directory, name), path.join(backup, name))
    }

    stopIfInterrupted(signal, shown)
    // From here on the directory changes: no interrupt stops it half-way.
    await commit(fs, directory, staged, backup, plan.write, plan.remove, state.entries)
    committed = true
  } catch (error) {
    throw writeError(error, failed, outcome)
  } finally {
    if (stagingMade) await fs.removeTree(staging).catch(() => undefined)
    if (!committed) {
      for (const made of created.reverse()) await fs.rmdir(made).catch(() => undefined)
    }
  }

  return {written: plan.write, removed: plan.remove, foreign: plan.foreign}
}

/** Keep a way back to a file: a hard link (no space, no copy), else a copy. */
async function keep(fs: FileSystem, file: string, kept: string): Promise<void> {
  try {
    await fs.link(file, kept)
  } catch (error) {
    // A file system without hard links (FAT, some network ones) copies.
    if (systemErrorCode(error) === 'ENOSPC') throw error
    await fs.copyFile(file, kept)
  }
}

/**
 * Rename the staged files into place and unlink the removed ones; undo what
 * was done when a step fails.
 */
async function commit(
  fs: FileSystem,
  directory: string,
  staged: string,
  backup: string,
  write: readonly string[],
  remove: readonly string[],
  entries: ReadonlyMap<string, 'file' | 'other'>
): Promise<void> {
  const done: string[] = []
  try {
    for (const name of write) {
      await fs.rename(path.join(staged, name), path.join(directory, name))
      done.push(name)
    }

    for (const name of remove) {
      await fs.unlink(path.join(directory, name))
      done.push(name)
    }
  } catch (error) {
    for (const name of done.reverse()) {
      const restore =
        entries.get(name) === 'file'
          ? fs.rename(path.join(backup, name), path.join(directory, name))
          : fs.unlink(path.join(directory, name))
      await restore.catch(() => undefined)
    }

    throw error
  }
}

function stopIfInterrupted(signal: AbortSignal | undefined, shown: string): void {
  if (signal?.aborted) throw new WriteInterrupted('Interrupted: nothing was written, `' + shown + '` is as it was')
}
