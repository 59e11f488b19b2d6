/**
 * Find the ExpressRoute locations pages in a docs repository, for `--git
 * <repo>` without `--path`.
 *
 * What is a page: a file named `expressroute-locations*.md` (any case) in
 * the history of `HEAD`, anywhere under the directory given, that is not
 * in an `includes` folder (DocFX's include files are parts of pages) and
 * whose newest version the parser reads as a locations page (a table of
 * one: not `unknown`). That covers every layout the docs have had: the
 * 2015 `articles/expressroute-locations.md`, the
 * `articles/expressroute/expressroute-locations.md` and
 * `-providers.md` of the global docs and of the Azure China and
 * localization repositories, and locale folders (`zh-cn/articles/…`).
 *
 * Each file is followed through its renames and taken once, at its newest
 * path: where it is at `HEAD`, or where it was last before it was deleted,
 * so that `git log --follow` of that path reads its whole history. A page
 * renamed to a name the pattern does not match is followed there too.
 * Translations in the same repository are pages of other docs: `--document`
 * chooses among them.
 */

import path from 'node:path'
import {parse} from '../parse.js'
import type {Io} from './io.js'
import {UsageError} from './io.js'
import {namedFiles} from './named-files.js'
import {openRepository} from './open-repository.js'
import {readObjects} from './read-objects.js'
import {runGit} from './run-git.js'
import type {TrackedFile} from './track-files.js'

/** Names of the pages' files, as a glob. */
const pageFileGlob = 'expressroute-locations*.md'

/** A version a page is known by: a path of a file and its newest content there. */
interface Candidate {
  file: TrackedFile
  /** Path from the root of the repository. */
  path: string
  blob: string
  /** Whether the file is at `path` at `HEAD` (not deleted). */
  atHead: boolean
}

/** A page found: its path and the document its newest version is a version of. */
interface Found extends Candidate {
  document: string
}

/**
 * The paths, relative to `repository`, of the locations pages it holds
 * (their newest paths, each page once), in the order their histories
 * should be read (the order they first appear in the history: a commit of
 * both pages is read as the older page's).
 *
 * Seven `git` runs, however long the history: four small ones to locate
 * the repository and its `HEAD`, one `git log` of the whole history of
 * `HEAD` for the names, two `git cat-file` for the newest versions; when a
 * page was deleted, a `git show` of the commits that deleted it, and one
 * `git log` more a rename out of the pattern.
 *
 * @param repository
 *   The repository, as given to `--git` (a folder of a work tree: the pages
 *   under it, their paths relative to it).
 * @param io
 *   Streams of the run (its `cwd`; which paths were taken is told on stderr).
 * @throws {UsageError}
 *   When the repository holds none of the pages, or is no repository.
 */
export async function discoverPagePaths(
  repository: string,
  io: Io
): Promise<string[]> {
  const {root, prefix} = await openRepository(repository, io.cwd)
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])
  if (head.code !== 0) throw noPage(repository, 'it has no commits')

  const candidates = await newestVersions(
    root,
    await namedFiles(
      root,
      ':(top,glob,icase)' + escapeGlob(prefix) + '**/' + pageFileGlob,
      repository
    )
  )
  const {found, left} = await judgeCandidates(root, candidates)
  const shown = (file: string) => '`' + fromPrefix(prefix, file) + '`'
  const leftOut = left
    .map((candidate) => shown(candidate.path) + ' (' + candidate.reason + ')')
    .join(', ')
  if (found.length === 0) {
    throw noPage(
      repository,
      candidates.length === 0
        ? 'no `' + pageFileGlob + '` in the history of HEAD'
        : 'left out ' + leftOut
    )
  }

  io.stderr(
    'er-locations: --git found ' +
      found
        .map((page) => shown(page.path) + ' (' + aboutPage(page, shown) + ')')
        .join(', ') +
      (left.length > 0 ? '; left out ' + leftOut : '') +
      '\n'
  )
  return [...new Set(found.map((page) => fromPrefix(prefix, page.path)))]
}

/** The usage error of a repository without a page, saying why. */
function noPage(repository: string, why: string): UsageError {
  return new UsageError(
    'No ExpressRoute locations page in `' +
      repository +
      '`: ' +
      why +
      '; name the file with `--path <file-in-repo>`'
  )
}

/**
 * The newest version of each file: at each of its paths that `HEAD` has
 * (one, unless a path was written again after a rename), else where it was
 * before its deletion.
 */
async function newestVersions(
  root: string,
  files: readonly TrackedFile[]
): Promise<Candidate[]> {
  // Names with a line feed cannot be asked for, one a line: not at `HEAD`.
  const asked = [...new Set(files.flatMap((file) => file.paths))].filter(
    (file) => !file.includes('\n')
  )
  const result = await runGit(
    root,
    ['cat-file', '--batch-check'],
    asked.map((file) => 'HEAD:' + file + '\n').join('')
  )
  const lines = result.stdout.toString('utf8').split('\n')
  const atHead = new Map<string, string>()
  for (const [index, file] of asked.entries()) {
    const [hash = '', type = ''] = (lines[index] ?? '').split(' ')
    if (type === 'blob') atHead.set(file, hash)
  }

  return files.flatMap((file): Candidate[] => {
    const present = file.paths.filter((name) => atHead.has(name))
    return present.length > 0
      ? present.map((name) => ({
          file,
          path: name,
          blob: atHead.get(name) as string,
          atHead: true
        }))
      : [{file, path: file.path, blob: file.blob, atHead: false}]
  })
}

/**
 * Which candidates are pages (with their documents), and why the others are
 * not: include files are not read; the others' newest versions are.
 */
async function judgeCandidates(
  root: string,
  candidates: readonly Candidate[]
): Promise<{found: Found[]; left: Array<Candidate & {reason: string}>}> {
  const contents = await readObjects(
    root,
    candidates
      .filter((candidate) => !isInclude(candidate.path))
      .map((candidate) => candidate.blob)
  )
  const found: Found[] = []
  const left: Array<Candidate & {reason: string}> = []
  for (const candidate of candidates) {
    const verdict = isInclude(candidate.path)
      ? {reason: 'an include file'}
      : verdictOf(candidate, contents.get(candidate.blob))
    if ('document' in verdict) found.push({...candidate, ...verdict})
    else left.push({...candidate, ...verdict})
  }

  return {found, left}
}

/**
 * Whether a candidate is a page: the document its newest version is a
 * version of, or why it is none.
 */
function verdictOf(
  candidate: Candidate,
  content: Uint8Array | undefined
): {document: string} | {reason: string} {
  if (content === undefined) return {reason: 'its content is missing'}
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(content)
  } catch {
    return {reason: 'not UTF-8 text'}
  }

  const document = parse(text, {path: candidate.path})
  return document.source.page === 'unknown'
    ? {reason: 'no table of a locations page'}
    : {document: document.source.document.id}
}

/** What the message says of a page: its document, whether deleted, its earlier paths. */
function aboutPage(page: Found, shown: (file: string) => string): string {
  const earlier = page.file.paths.filter((name) => name !== page.path)
  return [
    page.document,
    page.atHead ? '' : 'deleted',
    earlier.length > 0 ? 'formerly ' + earlier.map(shown).join(', ') : ''
  ]
    .filter(Boolean)
    .join(', ')
}

/** Whether a path is in an `includes` folder: DocFX include files are parts of pages. */
function isInclude(file: string): boolean {
  return /(?:^|\/)includes\//i.test(file)
}

/** A path from the root as a path from the directory given (`prefix`). */
function fromPrefix(prefix: string, file: string): string {
  return prefix === '' ? file : path.posix.relative('/' + prefix, '/' + file)
}

/** A literal text in a glob pathspec. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&')
}
