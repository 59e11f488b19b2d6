/**
 * Find the git repository a `--git <repo>` names, with the messages
 * `gitHistory` gives for what is not one.
 */

import {stat} from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from './io.js'
import {runGit} from './run-git.js'

/** Where a directory given as `--git` is in its repository. */
export interface RepositoryPlace {
  /** Root of the repository: its work tree, or the repository itself when bare. */
  root: string
  /**
   * Path of the directory given, from the root, with a final `/`: `''` at
   * the root (and in a bare repository), `articles/` for a folder of the
   * work tree.
   */
  prefix: string
}

/**
 * Find the repository of `repository` (resolved against `cwd`).
 *
 * @param repository
 *   The directory, as given to `--git` (for messages).
 * @param cwd
 *   Directory a relative `repository` resolves against.
 * @throws {UsageError}
 *   When it is no directory, or no git repository.
 */
export async function openRepository(
  repository: string,
  cwd: string
): Promise<RepositoryPlace> {
  const directory = path.resolve(cwd, repository)
  let info
  try {
    info = await stat(directory)
  } catch {
    throw new UsageError('Cannot read `' + repository + '`: no such directory')
  }

  if (!info.isDirectory()) {
    throw new UsageError(
      'Cannot read `' + repository + '`: it is not a directory'
    )
  }

  const check = await runGit(directory, ['rev-parse', '--git-dir'])
  if (check.code !== 0) {
    throw new UsageError('`' + repository + '` is not a git repository')
  }

  const top = await runGit(directory, ['rev-parse', '--show-toplevel'])
  if (top.code === 0 && top.stdout.toString('utf8').trim() !== '') {
    const prefix = await runGit(directory, ['rev-parse', '--show-prefix'])
    return {
      root: top.stdout.toString('utf8').trim(),
      prefix: prefix.code === 0 ? prefix.stdout.toString('utf8').trim() : ''
    }
  }

  // A bare repository (or its git folder) has no work tree: paths are from
  // the repository itself, as `gitHistory` reads them.
  const gitDirectory = await runGit(directory, [
    'rev-parse',
    '--absolute-git-dir'
  ])
  return {
    root:
      gitDirectory.code === 0
        ? gitDirectory.stdout.toString('utf8').trim()
        : directory,
    prefix: ''
  }
}
