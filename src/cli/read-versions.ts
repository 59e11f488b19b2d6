/**
 * The versions of the pages a history-reading command (`changelog`,
 * `history`, `report`) reads: files given on the command line, or every
 * commit of files in a git repository.
 */

import type {LocationsDocument, ViewName} from '../model.js'
import {parse} from '../parse.js'
import {gitHistory, type GitVersion} from './git-history.js'
import {type Io, UsageError} from './io.js'

/** Settings of reading versions from git. */
export interface GitSettings {
  view: ViewName
  since: string | undefined
  until: string | undefined
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

  const read = withoutRepeats(versions).map((version) =>
    documentOfVersion(version, settings.view)
  )
  const document = (read.at(-1) as LocationsDocument).source.document
  return read.map((version) => ({
    ...version,
    source: {...version.source, document}
  }))
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
function withoutRepeats(versions: readonly GitVersion[]): GitVersion[] {
  return versions.filter(
    (version, index) =>
      index === 0 || versions[index - 1]?.text !== version.text
  )
}

/** The model of a version, named `<path>@<short commit>`, dated. */
function documentOfVersion(
  version: GitVersion,
  view: ViewName
): LocationsDocument {
  const document = parse(version.text, {
    view,
    path: version.path + '@' + version.commit.slice(0, 7)
  })
  return document.meta.date === null
    ? {...document, meta: {...document.meta, date: version.date}}
    : document
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
