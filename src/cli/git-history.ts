/**
 * Read every version of one file from the history of a git repository, with
 * the real `git` (through `execFile` with an argument array: no shell, so no
 * quoting of paths).
 */

import {execFile} from 'node:child_process'
import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {UsageError} from './io.js'

/** One committed version of a file. */
export interface GitVersion {
  /** Full hash of the commit. */
  commit: string
  /** Committer date of the commit as ISO `YYYY-MM-DD` (in the committer's time zone). */
  date: string
  /** Path of the file at that commit (renames followed), from the repository root. */
  path: string
  /** The file's content at that commit, decoded as UTF-8. */
  text: string
}

/** Options of `gitHistory`. */
export interface GitHistoryOptions {
  /** Directory that a relative `repository` and `file` resolve against (default: `process.cwd()`). */
  cwd?: string | null | undefined
  /** Keep commits dated on or after this ISO date (default: no bound). */
  since?: string | null | undefined
  /** Keep commits dated on or before this ISO date (default: no bound). */
  until?: string | null | undefined
  /** Called before each `git show`, with the 1-based index and the count (default: nothing). */
  onProgress?:
    | ((
        index: number,
        count: number,
        version: Omit<GitVersion, 'text'>
      ) => void)
    | null
    | undefined
}

/** Record and field separators of our `git log` format; never in a hash or date. */
const recordSeparator = '\u001E'
const fieldSeparator = '\u001F'
const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Read the versions of `file` in `repository`, oldest commit first.
 *
 * Renames are followed (`git log --follow`); each version is read at the
 * path it had in its commit. Commits that delete the file are skipped.
 * Merge commits carry no version of their own (`git log` shows the commits
 * that brought the change).
 *
 * `file` is a literal path: globs (`*.md`) and pathspec magic (`:(icase)`)
 * are not read as patterns, and it must name a file, not a folder (whose
 * `git log --follow` would follow one file of it into another): `.`,
 * `docs/..` or the absolute path of a folder are folders too. It is read
 * relative to `repository` (which may be a folder of the work tree) and
 * must be inside the repository.
 *
 * Throws `UsageError` when `repository` is not a git repository, `file` has
 * no history there, is a folder or is outside the repository, a version is
 * not UTF-8, or `git` cannot be run.
 *
 * @param repository
 *   Directory of the repository (its work tree or a bare repository).
 * @param file
 *   Path of the file, relative to `repository` (as git takes a pathspec), or
 *   absolute.
 * @param options
 *   Date bounds and a progress callback (optional).
 */
export async function gitHistory(
  repository: string,
  file: string,
  options?: GitHistoryOptions | null | undefined
): Promise<GitVersion[]> {
  const settings = options || {}
  const directory = path.resolve(settings.cwd ?? process.cwd(), repository)
  await assertRepository(directory, repository)

  // From here on, git runs at the root, with the path from the root.
  const {root, pathInRepository} = await locate(directory, file, repository)
  await assertFile(root, pathInRepository, file, repository)

  const commits = await commitsOfFile(root, pathInRepository)
  if (commits.length === 0) {
    throw new UsageError(
      '`' + file + '` has no history in `' + repository + '`'
    )
  }

  const selected = commits
    .filter(
      (commit) =>
        (!settings.since || commit.date >= settings.since) &&
        (!settings.until || commit.date <= settings.until)
    )
    // `git log` lists newest first; a history reads oldest first.
    .reverse()
  const versions: GitVersion[] = []

  for (const [index, commit] of selected.entries()) {
    if (settings.onProgress)
      settings.onProgress(index + 1, selected.length, commit)
    versions.push({...commit, text: await textAt(root, commit)})
  }

  return versions
}

/** Throw unless `directory` is a directory in a git repository. */
async function assertRepository(
  directory: string,
  repository: string
): Promise<undefined> {
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

  const check = await git(directory, ['rev-parse', '--git-dir'])
  if (check.code !== 0) {
    throw new UsageError('`' + repository + '` is not a git repository')
  }
}

/** The commits that wrote the file, newest first, following renames. */
async function commitsOfFile(root: string, pathInRepository: string) {
  const log = await git(root, [
    'log',
    '--follow',
    '--name-only',
    '-z',
    // Deletions have no content to show.
    '--diff-filter=d',
    '--format=' + recordSeparator + '%H' + fieldSeparator + '%cI',
    '--',
    pathInRepository
  ])

  // An empty repository fails here (`does not have any commits yet`): no history either.
  return log.code === 0 ? commitsFromLog(log.stdout.toString('utf8')) : []
}

/** The text of the file at a commit, as UTF-8. */
async function textAt(
  root: string,
  commit: {commit: string; path: string}
): Promise<string> {
  const shown = await git(root, ['show', commit.commit + ':' + commit.path])
  const failed =
    'Cannot read `' +
    commit.path +
    '` at commit ' +
    commit.commit.slice(0, 7) +
    ': '
  if (shown.code !== 0) throw new UsageError(failed + firstLine(shown.stderr))

  try {
    return decoder.decode(shown.stdout)
  } catch {
    throw new UsageError(failed + 'it is not valid UTF-8')
  }
}

/**
 * The root of the repository (its work tree, or the repository itself when
 * bare) and the path of `file` from there.
 *
 * Why not the pathspec as given: `git` reads `.`, `docs/..` or an absolute
 * path as the folder they name, whose `git log --follow` follows one of its
 * files; resolved here, a folder is refused as a folder, and a path outside
 * the repository as such.
 */
async function locate(
  directory: string,
  file: string,
  repository: string
): Promise<{root: string; pathInRepository: string}> {
  const top = await git(directory, ['rev-parse', '--show-toplevel'])
  let root = top.code === 0 ? top.stdout.toString('utf8').trim() : ''

  // A bare repository (or its git folder) has no work tree: paths are from
  // the repository itself.
  if (root === '') {
    const gitDirectory = await git(directory, [
      'rev-parse',
      '--absolute-git-dir'
    ])
    root =
      gitDirectory.code === 0
        ? gitDirectory.stdout.toString('utf8').trim()
        : directory
  }

  // `git` gives the root with symbolic links resolved: resolve the directory
  // given likewise, so that the one is a prefix of the other.
  const real = await realpath(directory).catch(() => directory)
  let relative = path.relative(root, path.resolve(real, file))

  // An absolute path through a symbolic link (`/tmp` to `/private/tmp`):
  // resolve its folder (not the file, which may be a link of its own).
  if (isOutside(relative) && path.isAbsolute(file)) {
    const folder = await realpath(path.dirname(file)).catch(() => undefined)
    if (folder !== undefined)
      relative = path.relative(root, path.join(folder, path.basename(file)))
  }

  if (isOutside(relative)) {
    throw new UsageError(
      '`' +
        file +
        '` is outside the repository `' +
        repository +
        '`: `--path` names one file in it'
    )
  }

  if (relative === '') {
    throw new UsageError(
      '`' +
        file +
        '` is a folder in `' +
        repository +
        '` (its root): `--path` names one file'
    )
  }

  return {root, pathInRepository: relative.split(path.sep).join('/')}
}

/** Whether a path from the root leaves it. */
function isOutside(relative: string): boolean {
  return (
    relative === '..' ||
    relative.startsWith('..' + path.sep) ||
    path.isAbsolute(relative)
  )
}

/**
 * Throw unless the newest commit that has `file` (from the root of the
 * repository) has it as a file: a folder (or a submodule) has no content
 * to show.
 */
async function assertFile(
  root: string,
  file: string,
  shown: string,
  repository: string
): Promise<void> {
  // Note: `--diff-filter=d` selects nothing without a diff output format
  // (git 2.39): name what to keep instead.
  const newest = await git(root, [
    'log',
    '-1',
    '--diff-filter=ACMRT',
    '--format=%H',
    '--',
    file
  ])
  const commit = newest.code === 0 ? newest.stdout.toString('utf8').trim() : ''
  // No commit: left to the history, which says so.
  if (commit === '') return
  const type = await git(root, ['cat-file', '-t', commit + ':' + file])
  const kind = type.code === 0 ? type.stdout.toString('utf8').trim() : ''
  // A commit changed something at `file` that is not there as a file: a
  // folder, a submodule, or a check that failed (never taken as a file).
  if (kind !== 'blob') {
    throw new UsageError(
      '`' +
        shown +
        '` is ' +
        (kind === 'tree' ? 'a folder' : 'not a file') +
        ' in `' +
        repository +
        '`: `--path` names one file'
    )
  }
}

/**
 * Read the output of our `git log` format: records of `<hash> US <date> NUL`
 * then the names of the commit, each NUL-terminated.
 */
function commitsFromLog(output: string): Array<Omit<GitVersion, 'text'>> {
  const commits: Array<Omit<GitVersion, 'text'>> = []

  for (const record of output.split(recordSeparator)) {
    if (record === '') continue
    const [header = '', ...names] = record.split('\0')
    const [commit = '', date = ''] = header.split(fieldSeparator)
    // With `--follow`, the one name of a commit is the path at that commit.
    // Note: a commit without a name (a merge) has no version of its own.
    const path = names
      .map((name) => name.replace(/^\n/, ''))
      .find((name) => name !== '')
    if (path === undefined) continue
    commits.push({commit, date: date.slice(0, 10), path})
  }

  return commits
}

/** Result of one `git` run. */
interface GitResult {
  code: number
  stdout: Buffer
  stderr: string
}

/**
 * Run `git -C <repository> ...arguments`; a non-zero exit is a result, a
 * missing `git` is a `UsageError`. Pathspecs are literal: a path given by
 * the user is a path, never a pattern.
 */
function git(repository: string, arguments_: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', repository, '--literal-pathspecs', ...arguments_],
      {
        encoding: 'buffer',
        // A page is some hundred kilobytes; a long history of names is more.
        maxBuffer: 256 * 1024 * 1024,
        // English messages; no pager, no prompt.
        env: {
          ...process.env,
          LC_ALL: 'C',
          GIT_PAGER: 'cat',
          GIT_TERMINAL_PROMPT: '0',
          // These conflict with `--literal-pathspecs`.
          GIT_GLOB_PATHSPECS: undefined,
          GIT_NOGLOB_PATHSPECS: undefined,
          GIT_ICASE_PATHSPECS: undefined
        }
      },
      (error, stdout, stderr) => {
        const stderrText = stderr.toString('utf8')
        if (error && typeof error.code !== 'number') {
          reject(
            error.code === 'ENOENT'
              ? new UsageError(
                  'Cannot run `git`: it is not installed or not on PATH'
                )
              : new UsageError('Cannot run `git`: ' + firstLine(error.message))
          )
          return
        }

        resolve({
          code: error ? Number(error.code) : 0,
          stdout,
          stderr: stderrText
        })
      }
    )
  })
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}
