/**
 * The versions of the pages a history-reading command (`changelog`,
 * `history`, `report`) reads: files given on the command line, or every
 * commit of files in a git repository.
 */

import path from 'node:path'
import type {LocationsDocument, ViewName} from '../model.js'
import {parse} from '../parse.js'
import {docsOf} from '../render/index.js'
import type {CommandArguments, CommandOption} from './command.js'
import {commitPositions} from './commit-order.js'
import {discoverPagePaths} from './discover-pages.js'
import {documentOfVersion} from './document-of-version.js'
import {assertDistinctInputs} from './distinct-inputs.js'
import {gitHistory, type GitVersion} from './git-history.js'
import {type Io, UsageError} from './io.js'
import {readInput} from './read-input.js'
import {shareUnchanged} from './share-unchanged.js'
import {isUrlArgument} from './url-argument.js'
import {viewOption} from './view-option.js'

/** Settings of reading versions from git. */
export interface GitSettings {
  view: ViewName
  since: string | undefined
  until: string | undefined
  /**
   * A file with no commit (in `since`…`until`) has no versions, rather than
   * being an error: set for pages `--git` found itself, one of which (a page
   * deleted long ago) may have none in the dates asked (default: `false`).
   */
  skipEmpty?: boolean | undefined
}

/**
 * The versions of one file in a git repository, oldest commit first.
 *
 * Which date a version has: its `ms.date` when the page states one (the date
 * the page claims, as for files), else the commit date. Versions keep the
 * order of their commits, not of their dates: a revert brings back an older
 * `ms.date` with the older content, and is a change after the one it undoes.
 * In a history whose dates grow, as they do, both orders are the same.
 *
 * One file, renames followed, is one document: the one its newest version is
 * a version of, even where an older version alone could not be told.
 */
export async function historyOfFile(
  repository: string,
  file: string,
  settings: GitSettings,
  io: Io
): Promise<LocationsDocument[]> {
  const versions = await commitsOfFile(repository, file, settings, io)
  return versions.map((version) => version.document)
}

/** A version read from git, with the full hash of its commit. */
interface CommitVersion {
  document: LocationsDocument
  commit: string
  /** Path of the file at that commit, from the root of the repository. */
  path: string
}

/** The versions of one file in git, as `historyOfFile` reads them, with their commits. */
async function commitsOfFile(
  repository: string,
  file: string,
  settings: GitSettings,
  io: Io
): Promise<CommitVersion[]> {
  const versions = await gitHistory(repository, file, {
    cwd: io.cwd,
    since: settings.since,
    until: settings.until,
    onProgress: io.isTTY
      ? (index, count, version) => {
          io.stderr(
            '\rer-locations: reading ' +
              version.path +
              ' at ' +
              version.commit.slice(0, 7) +
              ' (' +
              index +
              '/' +
              count +
              ')\u001B[K'
          )
          if (index === count) io.stderr('\n')
        }
      : undefined
  })

  if (versions.length === 0) {
    if (settings.skipEmpty) return []
    throw new UsageError(
      'No commit of `' +
        file +
        '` in `' +
        repository +
        '`' +
        (settings.since ? ' since ' + settings.since : '') +
        (settings.until ? ' until ' + settings.until : '')
    )
  }

  const kept = withoutRepeats(versions)
  // Each model shares with the one before it the records they state alike.
  const read: LocationsDocument[] = []
  for (const version of kept) {
    read.push(
      shareUnchanged(documentOfVersion(version, settings.view), read.at(-1))
    )
  }

  const document = (read.at(-1) as LocationsDocument).source.document
  return read.map((version, index) => {
    const {commit, path} = kept[index] as GitVersion
    return {
      document: {...version, source: {...version.source, document}},
      commit,
      path
    }
  })
}

/**
 * The error when none of the pages `--git` found has a commit in the dates
 * asked.
 */
export function noCommitOfPages(
  repository: string,
  settings: GitSettings
): UsageError {
  return new UsageError(
    'No commit of the pages found in `' +
      repository +
      '`' +
      (settings.since ? ' since ' + settings.since : '') +
      (settings.until ? ' until ' + settings.until : '')
  )
}

/** Check a `--document` value: a document id or an `edition/language`. */
export function documentOption(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (
    typeof value !== 'string' ||
    !/^[a-z0-9-]+(?:\/[a-z0-9-]+){1,2}$/.test(value)
  ) {
    throw new UsageError(
      '`--document` must be a document id (`global/en/locations`) or an edition and language (`global/en`), not `' +
        String(value) +
        '`'
    )
  }

  return value
}

/**
 * The versions of `selected` (a document id, or all documents of an
 * `edition/language`); all when none is selected. Selecting what no page is
 * a version of is a usage error naming the documents there are.
 */
export function selectDocuments(
  documents: LocationsDocument[],
  selected: string | undefined
): LocationsDocument[] {
  if (selected === undefined) return documents
  const kept = documents.filter(
    (document) =>
      document.source.document.id === selected ||
      document.source.document.id.startsWith(selected + '/')
  )
  if (kept.length === 0) {
    const ids = [
      ...new Set(documents.map((document) => document.source.document.id))
    ].sort()
    throw new UsageError(
      'No page given is a version of `' +
        selected +
        '`; the pages are versions of ' +
        ids.map((id) => '`' + id + '`').join(', ')
    )
  }

  return kept
}

/**
 * Versions without repeats: a commit that leaves the content as the commit
 * before it had it (a rename, a mode change, a touch) adds no version; the
 * oldest commit of the run stands for it. A return to earlier content after
 * other content (a revert) is a version: the page changed back.
 */
export function withoutRepeats(versions: readonly GitVersion[]): GitVersion[] {
  return versions.filter(
    (version, index) =>
      index === 0 || versions[index - 1]?.text !== version.text
  )
}

/** Check a `--since` or `--until` value: an ISO date. */
export function dateOption(
  values: Record<string, unknown>,
  name: string
): string | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(value + 'T00:00:00Z')) ||
    new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(
      '`--' +
        name +
        '` must be a date as `YYYY-MM-DD`, not `' +
        String(value) +
        '`'
    )
  }

  return value
}

/**
 * The options with which a command reads versions (`readVersions`), to
 * spread into its own.
 */
export const versionOptions: Record<string, CommandOption> = {
  document: {
    type: 'string',
    description:
      'Only the pages of this edition and language (`global/en`), or of one document (`global/en/locations`).'
  },
  view: {
    type: 'string',
    description:
      'Which view of each page to read: published (default) or upstream.'
  },
  git: {
    type: 'string',
    description: 'Read the versions from this git repository.'
  },
  path: {
    type: 'string',
    multiple: true,
    description:
      'With --git: the file, relative to the repository (again for each page).'
  },
  since: {
    type: 'string',
    description: 'With --git: only commits on or after this date.'
  },
  until: {
    type: 'string',
    description: 'With --git: only commits on or before this date.'
  }
}

/** The versions of one docs, as `history` takes them. */
export interface Versions {
  /** The versions: files as given, or git versions in commit order. */
  documents: LocationsDocument[]
  /** How `history` orders them: files by date, git versions as given. */
  order: 'date' | 'given'
  /** The full hash of the commit a version was read from (git only). */
  commit: (document: LocationsDocument) => string | undefined
  /** The one docs (`edition/language`) they are versions of. */
  docs: string
}

/**
 * Read the versions of the pages of one docs (one edition and language),
 * for a history: the files given (`<file...>`), each parsed and dated, or
 * with `--git <repo> --path <file> [--path <file>…]` every commit of each
 * file (as `changelog --git` reads them), the versions of several files
 * merged in commit order (a parent before its children). `--document`
 * keeps the pages of one docs or document (whole files, with `--git`);
 * pages of several docs are a usage error that names them.
 *
 * Reads the options of `versionOptions` from `values`.
 *
 * @param command
 *   Name of the command, for messages.
 * @param arguments_
 *   Parsed values and positionals of the command.
 * @param io
 *   Streams of the run.
 * @throws {UsageError}
 *   On bad usage, an unreadable input, or pages of several docs.
 */
export async function readVersions(
  command: string,
  {values, positionals}: CommandArguments,
  io: Io
): Promise<Versions> {
  const view = viewOption(values['view'])
  const selected = documentOption(values['document'])
  const repository = values['git']

  if (repository === undefined) {
    assertNoGitOptions(values)
    const documents = selectDocuments(
      await readFiles(command, positionals, view, io),
      selected
    )
    return {
      documents,
      order: 'date',
      commit: () => undefined,
      docs: oneDocs(documents)
    }
  }

  const files = await gitPaths(command, {values, positionals}, io)
  const root = String(repository)
  const settings = {
    view,
    since: dateOption(values, 'since'),
    until: dateOption(values, 'until'),
    skipEmpty: values['path'] === undefined
  }
  const read: CommitVersion[][] = []
  for (const file of new Set(files)) {
    const versions = await commitsOfFile(root, file, settings, io)
    if (versions.length > 0) read.push(versions)
  }

  if (read.length === 0) throw noCommitOfPages(root, settings)
  // A file's versions all carry its document: whole files are selected.
  const kept = new Set(
    selectDocuments(
      read.flatMap((versions) => versions.map((version) => version.document)),
      selected
    )
  )
  const histories = read.filter((versions) =>
    versions.every((version) => kept.has(version.document))
  )
  const positions = await commitPositions(
    root,
    [
      ...new Set(
        histories.flatMap((versions) => versions.map((version) => version.path))
      )
    ],
    io.cwd
  )
  const merged = mergeInCommitOrder(histories, positions)
  const commits = new Map(
    merged.map((version) => [version.document, version.commit])
  )
  const documents = merged.map((version) => version.document)
  return {
    documents,
    order: 'given',
    commit: (document) => commits.get(document),
    docs: oneDocs(documents)
  }
}

/** Read and parse the files given, each with its date. */
async function readFiles(
  command: string,
  names: readonly string[],
  view: ViewName,
  io: Io
): Promise<LocationsDocument[]> {
  if (names.length === 0) {
    throw new UsageError(
      '`' +
        command +
        '` takes at least one file (or `--git <repo> --path <file>`)'
    )
  }

  assertDistinctInputs(command, names, {cwd: io.cwd})
  const documents: LocationsDocument[] = []
  for (const name of names) {
    const input = await readInput(name, io)
    const document = parse(input.text, {
      view,
      path: recordedPath(name, input.path, io.cwd)
    })
    if (document.meta.date === null) {
      throw new UsageError(
        'Cannot place `' +
          input.path +
          '` in the history: it has no date (`ms.date` is missing or unreadable)'
      )
    }

    documents.push(document)
  }

  return documents
}

/**
 * The path a version (or a dataset's page) records: as given, made relative
 * to the working directory when absolute, with `/` separators, so what is
 * written does not depend on where it was written. A URL is recorded as
 * given (normalizing it as a path would turn `//` into `/`).
 *
 * @param name
 *   The file argument (`-` for standard input).
 * @param shown
 *   How the input names it (`<stdin>` for `-`).
 * @param cwd
 *   Working directory.
 */
export function recordedPath(name: string, shown: string, cwd: string): string {
  if (name === '-') return shown
  if (isUrlArgument(name)) return name
  const relative = path.isAbsolute(name)
    ? path.relative(cwd, name)
    : path.normalize(name)
  return relative.split(path.sep).join('/')
}

/** The one docs of the versions; several are a usage error naming them. */
function oneDocs(documents: readonly LocationsDocument[]): string {
  const all = [...new Set(documents.map((document) => docsOf(document)))].sort()
  if (all.length > 1) {
    throw new UsageError(
      'The pages given are of ' +
        all.length +
        ' docs, ' +
        all.map((docs) => '`' + docs + '`').join(', ') +
        ': a history is of one; choose it with `--document <edition/language>`'
    )
  }

  return all[0] ?? 'unknown'
}

/**
 * The versions of several files as one sequence in commit order: each
 * file's versions keep their order; between files, the commit listed first
 * by `git rev-list --topo-order --reverse` comes first (a commit of both
 * files: in the order the files were given). A commit with no position (or
 * no positions at all) is taken as soon as its file's turn comes. A version
 * of one commit at one path read twice (a path given before and after a
 * rename) counts once.
 */
function mergeInCommitOrder(
  histories: readonly CommitVersion[][],
  positions: ReadonlyMap<string, number>
): CommitVersion[] {
  const heads = histories.map(() => 0)
  const merged: CommitVersion[] = []
  const seen = new Set<string>()
  for (;;) {
    let best = -1
    let bestPosition = Number.POSITIVE_INFINITY
    for (const [file, versions] of histories.entries()) {
      const version = versions[heads[file] as number]
      if (version === undefined) continue
      const position = positions.get(version.commit) ?? -1
      if (best === -1 || position < bestPosition) {
        best = file
        bestPosition = position
      }
    }

    if (best === -1) return merged
    const version = (histories[best] as CommitVersion[])[
      heads[best] as number
    ] as CommitVersion
    heads[best] = (heads[best] as number) + 1
    const id = version.commit + ':' + version.path
    if (!seen.has(id)) {
      seen.add(id)
      merged.push(version)
    }
  }
}

/**
 * Refuse the options of `--git` without it.
 *
 * @param values
 *   Parsed values of the command.
 */
export function assertNoGitOptions(values: CommandArguments['values']): void {
  for (const name of ['path', 'since', 'until']) {
    if (values[name] !== undefined) {
      throw new UsageError(
        '`--' +
          name +
          '` reads history from git: give the repository with `--git <repo>`'
      )
    }
  }
}

/**
 * The `--path`s of a command run with `--git`, and no file arguments;
 * without `--path`, the locations pages the repository holds
 * (`discoverPagePaths`).
 *
 * @param command
 *   Name of the command, for messages.
 * @param arguments_
 *   Parsed values and positionals.
 * @param io
 *   Streams of the run.
 */
export async function gitPaths(
  command: string,
  {values, positionals}: CommandArguments,
  io: Io
): Promise<string[]> {
  const repository = values['git']
  if (typeof repository !== 'string' || repository === '') {
    throw new UsageError('`--git` needs the repository: `--git <repo>`')
  }

  if (positionals.length > 0) {
    throw new UsageError(
      '`' +
        command +
        ' --git` reads its versions from the repository: give no files'
    )
  }

  if (values['path'] === undefined) return discoverPagePaths(repository, io)
  const files = ([] as unknown[]).concat(values['path'])
  if (
    files.length === 0 ||
    files.some((file) => typeof file !== 'string' || file === '')
  ) {
    throw new UsageError(
      '`' + command + ' --git <repo>` needs the file: `--path <file-in-repo>`'
    )
  }

  return files as string[]
}
