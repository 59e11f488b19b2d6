/**
 * Build temporary docs repositories from corpus pages: one `git
 * fast-import` for the whole history, each commit dated.
 */

import {execFileSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fixture} from '../helpers.js'

/** One commit of a docs repository. */
export interface DocsCommit {
  /** Date of the commit (author and committer, noon UTC), `YYYY-MM-DD`. */
  date: string
  /** Paths deleted, first. */
  delete?: string[]
  /** Renames `[from, to]`, after the deletions. */
  rename?: Array<[string, string]>
  /** Files written (path → text), last: a renamed file can change in its commit. */
  write?: Record<string, string>
}

/** The text of a corpus page (`fixtures/corpus/<name>`). */
export function corpusPage(name: string): string {
  return fixture('corpus/' + name)
}

/** Run `git` in `repository`, with no system or user configuration (commits by `Test`). */
export function git(
  repository: string,
  arguments_: string[],
  input?: string
): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...arguments_], {
    cwd: repository,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  })
}

/**
 * A new repository (in the system's temporary folder) whose `main` has
 * `commits`, oldest first, and a work tree checked out at its tip.
 *
 * @param commits
 *   The history.
 * @param name
 *   Part of the folder's name.
 */
export function docsRepository(
  commits: readonly DocsCommit[],
  name = 'docs'
): string {
  const repository = mkdtempSync(path.join(tmpdir(), 'er-locations-' + name))
  git(repository, ['init', '-q'])
  git(repository, ['symbolic-ref', 'HEAD', 'refs/heads/main'])
  const lines: string[] = []
  for (const [index, commit] of commits.entries()) {
    const time = Date.parse(commit.date + 'T12:00:00Z') / 1000
    const who = 'Test <test@example.com> ' + time + ' +0000'
    const message = 'Commit ' + (index + 1) + '\n'
    lines.push(
      'commit refs/heads/main',
      'author ' + who,
      'committer ' + who,
      'data ' + Buffer.byteLength(message),
      message
    )
    for (const file of commit.delete ?? []) lines.push('D ' + quoted(file))
    for (const [from, to] of commit.rename ?? [])
      lines.push('R ' + quoted(from) + ' ' + quoted(to))
    for (const [file, text] of Object.entries(commit.write ?? {})) {
      lines.push(
        'M 100644 inline ' + quoted(file),
        'data ' + Buffer.byteLength(text),
        text
      )
    }

    lines.push('')
  }

  git(repository, ['fast-import', '--quiet'], lines.join('\n') + '\n')
  git(repository, ['checkout', '-q', '-f', 'main'])
  return repository
}

/** A path as `git fast-import` takes it. */
function quoted(file: string): string {
  if (/["\n\\]/.test(file)) throw new Error('Unexpected path `' + file + '`')
  return '"' + file + '"'
}
