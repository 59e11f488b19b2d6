/**
 * The per-file way of writing a file set (see `write-file-set.ts` for when
 * it is taken): a staging folder *inside* the target, then one rename a
 * file; and the way back from such a write that a crash cut off.
 *
 * The staging folder (`.er-locations-staging-…`) holds `new/` (the files to
 * write), `old/` (a hard link, else a copy, of each file to be replaced or
 * removed) and, from just before the first rename until just after the
 * last, `journal.json`: the files the write creates (that the directory did
 * not have), with the SHA-256 of their new bytes. A staging folder found
 * with a journal is a write cut off in its renames: `rollBack` puts every
 * file of `old/` back and unlinks each created file that still has its new
 * bytes — the directory is then as before that write. Without a journal
 * nothing had been renamed: the folder is removed.
 */

import path from 'node:path'
import {sha256} from './file-set-manifest.js'
import type {FileSystem} from './file-system.js'
import type {Plan} from './plan-file-set.js'
import type {EntryKind} from './read-directory-state.js'
import {stagingName} from './staging-names.js'
import {systemErrorCode, systemReason} from './system-reason.js'
import {PathProblem} from './write-error.js'

const journalName = 'journal.json'

/** The renames failed and so did putting the directory back: it may be a mix. */
export class UndoFailed extends Error {
  override name = 'UndoFailed'
  /**
   * @param cause
   *   Why the commit failed.
   * @param staging
   *   The staging folder, kept: the next write rolls back from it.
   */
  constructor(
    override readonly cause: unknown,
    readonly staging: string
  ) {
    super('undo failed')
  }
}

/** What `writeInPlace` needs. */
export interface InPlace {
  fs: FileSystem
  directory: string
  shown: string
  texts: ReadonlyMap<string, string>
  plan: Plan
  entries: ReadonlyMap<string, EntryKind>
  /** Throws when interrupted; called between steps before the commit. */
  stopIfInterrupted: () => void
}

/**
 * Write the plan into the directory, file by file, all or nothing.
 *
 * @throws {UndoFailed}
 *   When a rename failed and putting the directory back failed too.
 */
export async function writeInPlace({
  fs,
  directory,
  shown,
  texts,
  plan,
  entries,
  stopIfInterrupted
}: InPlace): Promise<void> {
  const staging = path.join(directory, stagingName())
  const staged = path.join(staging, 'new')
  const backup = path.join(staging, 'old')
  let keepStaging = false

  try {
    await fs.mkdir(staging)
  } catch (error) {
    // The directory exists: ENOENT means it takes no new directories (`/proc/self`).
    if (systemErrorCode(error) === 'ENOENT')
      throw new PathProblem('`' + shown + '` takes no new directories')
    throw error
  }

  try {
    await fs.mkdir(staged)
    await fs.mkdir(backup)

    for (const name of plan.write) {
      stopIfInterrupted()
      await fs.writeFile(path.join(staged, name), texts.get(name) as string)
    }

    for (const name of [...plan.write, ...plan.remove]) {
      if (entries.get(name) !== 'file') continue
      stopIfInterrupted()
      await keep(fs, path.join(directory, name), path.join(backup, name))
    }

    const created = Object.fromEntries(
      plan.write
        .filter((name) => entries.get(name) === undefined)
        .map((name) => [name, sha256(texts.get(name) as string)])
    )
    stopIfInterrupted()
    await fs.writeFile(
      path.join(staging, journalName),
      JSON.stringify({created}) + '\n'
    )
    // From here on the directory changes: no interrupt stops it half-way.
    try {
      await commit(fs, directory, staged, backup, plan, entries)
    } catch (error) {
      if (error instanceof UndoFailed) keepStaging = true
      throw error
    }

    await fs.unlink(path.join(staging, journalName)).catch(() => undefined)
  } finally {
    if (!keepStaging) await fs.removeTree(staging).catch(() => undefined)
  }
}

/**
 * Undo, from its staging folder, a write cut off by a crash; remove the
 * folder.
 *
 * @param staging
 *   Absolute path of the staging folder inside `directory`.
 * @throws
 *   The system error when a step fails (the folder is then kept).
 */
export async function rollBack(
  fs: FileSystem,
  directory: string,
  staging: string
): Promise<void> {
  let journal: {created?: Record<string, unknown>} | undefined
  try {
    journal = JSON.parse(
      new TextDecoder().decode(
        await fs.readFile(path.join(staging, journalName))
      )
    ) as typeof journal
  } catch (error) {
    // No journal: the write never reached its renames.
    if (systemErrorCode(error) !== 'ENOENT') throw error
  }

  if (journal) {
    const backup = path.join(staging, 'old')
    for (const name of await fs.readdir(backup).catch(() => [] as string[])) {
      await fs.rename(path.join(backup, name), path.join(directory, name))
    }

    for (const [name, hash] of Object.entries(journal.created ?? {})) {
      if (name.includes('/') || name.includes('\\') || name.startsWith('.'))
        continue
      const file = path.join(directory, name)
      const kind = await fs.lstat(file).catch(() => undefined)
      if (kind?.isFile() && sha256(await fs.readFile(file)) === hash)
        await fs.unlink(file)
    }
  }

  await fs.removeTree(staging)
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
  plan: Plan,
  entries: ReadonlyMap<string, EntryKind>
): Promise<void> {
  const done: string[] = []
  try {
    for (const name of plan.write) {
      await fs.rename(path.join(staged, name), path.join(directory, name))
      done.push(name)
    }

    for (const name of plan.remove) {
      await fs.unlink(path.join(directory, name))
      done.push(name)
    }
  } catch (error) {
    let undone = true
    for (const name of done.reverse()) {
      const restore =
        entries.get(name) === 'file'
          ? fs.rename(path.join(backup, name), path.join(directory, name))
          : fs.unlink(path.join(directory, name))
      await restore.catch(() => {
        undone = false
      })
    }

    if (!undone) throw new UndoFailed(error, path.dirname(staged))
    throw error
  }
}

/** The words of an `UndoFailed`, after “Cannot write … to `out`: ”. */
export function undoFailedWords(error: UndoFailed, shown: string): string {
  return (
    systemReason(error.cause, 'the system refused it') +
    ', and putting the files back failed too: `' +
    shown +
    '` may hold a mix of old and new files; the next write puts the old ones back from `' +
    path.join(shown, path.basename(error.staging)) +
    '`'
  )
}
