/**
 * Read every version of one file from the history of a git repository, with
 * the real `git` (through `runGit` and `spawn` with an argument array: no
 * shell, so no quoting of paths): one `git log` for the commits, one `git
 * cat-file --batch` for all their contents, however many.
 */

import {spawn} from 'node:child_process'
import {realpath} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {UsageError} from './io.js'
import {openRepository} from './open-repository.js'
import {
  firstLine,
  gitEnvironment,
  gitRunError,
  runGit,
  type GitRun
} from './run-git.js'

/** One committed version of a file. */
export interface GitVersion {
  /** Full hash of the commit. */
  commit: string
  /** Committer date of the commit as ISO `YYYY-MM-DD` (in the committer's time zone). */
  date: string
  /** Path of the file at that commit (renames followed), from the repository root. */
  path: string
  /**
   * Hash of the file's content (its blob) at that commit: two versions with
   * the same content have the same one.
   */
  blob: string
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
  /**
   * Called as each version is read, before it is yielded, with the 1-based
   * index and the count (default: nothing).
   */
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
 * not UTF-8 or its content is missing, or `git` cannot be run.
 *
 * The versions are read as `gitVersions` reads them, all held: a caller that
 * can take them one at a time holds less with `gitVersions`.
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
  const versions: GitVersion[] = []
  for await (const version of gitVersions(repository, file, options))
    versions.push(version)
  return versions
}

/**
 * The versions of `file` in `repository`, oldest commit first, yielded as
 * they are read: what `gitHistory` returns, one at a time.
 *
 * Two `git` processes read the whole history, however long: one `git log`
 * lists the commits and the hash of the file's content at each, one `git
 * cat-file --batch` streams those contents back, read as they come (a
 * caller that is slower than `git` holds it up: the texts not yet taken
 * are not read ahead beyond the pipe's buffers). Leaving the loop early
 * ends the `git cat-file`.
 *
 * Errors are `gitHistory`'s, thrown when the version concerned is reached
 * (a usage error about the repository or the path: before the first).
 *
 * @param repository
 *   Directory of the repository (its work tree or a bare repository).
 * @param file
 *   Path of the file, relative to `repository`, or absolute.
 * @param options
 *   Date bounds and a progress callback (optional).
 */
export async function* gitVersions(
  repository: string,
  file: string,
  options?: GitHistoryOptions | null | undefined
): AsyncGenerator<GitVersion, undefined, undefined> {
  const settings = options || {}
  const directory = path.resolve(settings.cwd ?? process.cwd(), repository)
  const {root} = await openRepository(repository, settings.cwd ?? process.cwd())

  // From here on, git runs at the root, with the path from the root.
  const pathInRepository = await locate(directory, root, file, repository)
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
  if (selected.length === 0) return undefined

  const contents = catFileBatch(
    root,
    selected.map((commit) => commit.blob)
  )
  try {
    for (const [index, commit] of selected.entries()) {
      const failed =
        'Cannot read `' +
        commit.path +
        '` at commit ' +
        commit.commit.slice(0, 7) +
        ': '
      const next = await contents.next().catch((error: unknown) => {
        throw error instanceof BatchFailure
          ? new UsageError(failed + error.message)
          : error
      })
      if (next.done) throw new UsageError(failed + '`git cat-file` ended early')
      if (settings.onProgress)
        settings.onProgress(index + 1, selected.length, commit)
      yield {...commit, text: textOfEntry(next.value, commit, failed)}
    }
  } finally {
    await contents.return(undefined)
  }

  return undefined
}

/** The text of a version from its `git cat-file` entry, as UTF-8. */
function textOfEntry(
  entry: BatchEntry,
  commit: {blob: string},
  failed: string
): string {
  if (entry.type === undefined) {
    throw new UsageError(
      failed +
        'its content (object ' +
        commit.blob.slice(0, 7) +
        ') is missing from the repository'
    )
  }

  if (entry.type !== 'blob')
    throw new UsageError(failed + 'it is a ' + entry.type + ', not a file')

  try {
    return decoder.decode(entry.content)
  } catch {
    throw new UsageError(failed + 'it is not valid UTF-8')
  }
}

/** The commits that wrote the file, newest first, following renames. */
async function commitsOfFile(root: string, pathInRepository: string) {
  const log = await git(root, [
    'log',
    '--follow',
    // The hash of the file's content at each commit, in full.
    '--raw',
    '--no-abbrev',
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

/**
 * The path of `file` from the root of the repository (its work tree, or the
 * repository itself when bare).
 *
 * Why not the pathspec as given: `git` reads `.`, `docs/..` or an absolute
 * path as the folder they name, whose `git log --follow` follows one of its
 * files; resolved here, a folder is refused as a folder, and a path outside
 * the repository as such.
 */
async function locate(
  directory: string,
  root: string,
  file: string,
  repository: string
): Promise<string> {
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

  return relative.split(path.sep).join('/')
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

/** A commit of the file, before its content is read. */
type CommitOfFile = Omit<GitVersion, 'text'>

/**
 * Read the output of our `git log` format: records of `<hash> US <date> NUL`
 * then the raw diff entries of the commit, each `:<modes> <hashes>
 * <status> NUL <path> NUL` (two paths for a rename or a copy).
 */
function commitsFromLog(output: string): CommitOfFile[] {
  const commits: CommitOfFile[] = []

  for (const record of output.split(recordSeparator)) {
    if (record === '') continue
    const [header = '', ...fields] = record.split('\0')
    const [commit = '', date = ''] = header.split(fieldSeparator)
    // With `--follow`, the one entry of a commit is the file at that commit.
    // Note: a commit without an entry (a merge) has no version of its own.
    const at = fields.findIndex((field) => field.startsWith('\n:'))
    if (at === -1) continue
    // `:<old mode> <new mode> <old hash> <new hash> <status>`.
    const [, , , blob = '', status = ''] = (fields[at] as string)
      .slice(2)
      .split(' ')
    const pathCount = /^[RC]/.test(status) ? 2 : 1
    const path = fields[at + pathCount]
    if (path === undefined || path === '' || blob === '') continue
    commits.push({commit, date: date.slice(0, 10), path, blob})
  }

  return commits
}

/**
 * One answer of `git cat-file --batch`: the object's type and content, or
 * no type when it is missing.
 */
type BatchEntry =
  {type: string; content: Uint8Array} | {type: undefined; content: undefined}

/** `git cat-file --batch` stopped before answering: why, as git says it. */
class BatchFailure extends Error {
  override name = 'BatchFailure'
}

/**
 * The objects `names` from one `git cat-file --batch`, in order, each read
 * as it comes: `<hash> <type> <size> LF <content> LF`, or `<name> missing
 * LF`. The process ends when the generator does (finished or left).
 *
 * @throws {BatchFailure}
 *   When `git` ends before answering every name.
 */
async function* catFileBatch(
  root: string,
  names: readonly string[]
): AsyncGenerator<BatchEntry, undefined, undefined> {
  const child = spawn('git', ['-C', root, 'cat-file', '--batch'], {
    env: gitEnvironment(),
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let failure: Error | undefined
  let stderr = ''
  const closed = new Promise<number | null>((resolve) => {
    child.on('close', resolve)
  })
  child.on('error', (error) => {
    failure = error
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 65_536) stderr += chunk
  })
  // A `git` that ends early closes its input: that is told by its exit.
  child.stdin.on('error', () => {})
  child.stdin.end(names.map((name) => name + '\n').join(''))

  const parse = createBatchParser()
  let answered = 0
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      for (const entry of parse(chunk)) {
        answered++
        yield entry
      }

      if (answered === names.length) break
    }

    if (answered < names.length) {
      const code = await closed
      if (failure) throw gitRunError(failure)
      throw new BatchFailure(
        firstLine(stderr) ||
          '`git cat-file` ended early' +
            (code === null ? '' : ' (exit code ' + code + ')')
      )
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill()
  }

  return undefined
}

/**
 * A parser of `git cat-file --batch` output: give it the chunks as they
 * come, it returns the entries they complete.
 */
function createBatchParser(): (chunk: Buffer) => BatchEntry[] {
  // Bytes received and not yet read, as one buffer or several.
  let buffered: Buffer[] = []
  let length = 0
  // The header of the object whose content is being received.
  let pending: {type: string; size: number} | undefined

  /** The bytes received, as one buffer. */
  function joined(): Buffer {
    const whole =
      buffered.length === 1
        ? (buffered[0] as Buffer)
        : Buffer.concat(buffered, length)
    buffered = [whole]
    return whole
  }

  function consume(whole: Buffer, count: number) {
    const rest = whole.subarray(count)
    buffered = rest.length > 0 ? [rest] : []
    length = rest.length
  }

  return function (chunk) {
    buffered.push(chunk)
    length += chunk.length
    const entries: BatchEntry[] = []

    for (;;) {
      if (!pending) {
        const whole = joined()
        const end = whole.indexOf(10)
        if (end === -1) break
        const line = whole.toString('utf8', 0, end)
        consume(whole, end + 1)
        const fields = line.split(' ')
        const last = fields.at(-1)
        if (fields.length < 3 || last === 'missing' || last === 'ambiguous') {
          entries.push({type: undefined, content: undefined})
          continue
        }

        pending = {
          type: fields[fields.length - 2] as string,
          size: Number(last)
        }
      }

      // The content, then a line feed.
      if (length < pending.size + 1) break
      const whole = joined()
      entries.push({
        type: pending.type,
        content: whole.subarray(0, pending.size)
      })
      consume(whole, pending.size + 1)
      pending = undefined
    }

    return entries
  }
}

/**
 * Run `git -C <repository> ...arguments` as `runGit` runs it, pathspecs
 * literal: a path given by the user is a path, never a pattern.
 */
async function git(
  repository: string,
  arguments_: readonly string[]
): Promise<GitRun> {
  return runGit(repository, ['--literal-pathspecs', ...arguments_])
}
