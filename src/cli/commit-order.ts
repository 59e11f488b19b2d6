/**
 * The order of commits in a repository's history, for merging the versions
 * of several files read one file at a time.
 */

import path from 'node:path'
import {runGit} from './run-git.js'

/**
 * Position of each commit that touched `paths` in the history of `HEAD`,
 * oldest first (`git rev-list --topo-order --reverse`: a parent before its
 * children, whatever the dates say). One `git` process, whatever the count.
 *
 * A commit it does not list (which should not happen: `git log --follow`
 * lists commits of the same history) has no position; an error of `git`
 * gives no positions at all, and the caller falls back to another order.
 *
 * @param repository
 *   Directory of the repository (a folder of its work tree, or bare).
 * @param paths
 *   Paths from the root of the repository.
 * @param cwd
 *   Directory a relative `repository` resolves against.
 */
export async function commitPositions(
  repository: string,
  paths: readonly string[],
  cwd: string
): Promise<Map<string, number>> {
  const directory = path.resolve(cwd, repository)
  const top = await git(directory, ['rev-parse', '--show-toplevel'])
  // A bare repository has no work tree: its paths are from the repository.
  const root = top === undefined || top.trim() === '' ? directory : top.trim()
  const listed = await git(root, [
    'rev-list',
    '--topo-order',
    '--reverse',
    'HEAD',
    '--',
    ...paths
  ])
  const positions = new Map<string, number>()
  if (listed === undefined) return positions
  for (const line of listed.split('\n')) {
    if (line !== '') positions.set(line, positions.size)
  }

  return positions
}

/** Standard output of `git -C <directory> ...arguments`, `undefined` on failure. */
async function git(
  directory: string,
  arguments_: readonly string[]
): Promise<string | undefined> {
  const run = await runGit(directory, [
    '--literal-pathspecs',
    ...arguments_
  ]).catch(() => undefined)
  return run?.code === 0 ? run.stdout.toString('utf8') : undefined
}
