/**
 * The manifest of a file set: which files `er-locations` wrote into a
 * directory, with the SHA-256 of each. It is how a later write knows which
 * files it may replace or remove, and which are the user's.
 *
 * Byte-stable like the files it lists: names sorted, no timestamps, no
 * version of the package (a new release writing the same files writes the
 * same manifest).
 *
 * It says which kind of set it describes (`set`): a `dataset` (`dataset
 * --out`), the CSV `tables` of one page (`parse --format csv --out`), a
 * `report` (`report --out`) or a `history` (`history --out`). A write of one kind is refused in a directory
 * of another, which it would otherwise empty of files the other command
 * wrote. A manifest without `set`
 * (written before it existed) describes a dataset.
 *
 * A dataset read from a URL or a git repository also records where each page
 * came from (`origins`), so that `update` can ask for a newer one: a
 * conditional request to the same URL, or the same path at the repository's
 * `HEAD`. The key is left out when there is none (pages read from files,
 * whose path and SHA-256 the model itself records): manifests of such sets
 * keep the bytes they had before origins existed, and a manifest without
 * them is read as one of pages of unknown origin.
 */

import {createHash} from 'node:crypto'

/** File name of the manifest, in the directory it describes. */
export const manifestName = 'manifest.json'

/** Which kind of set a manifest describes. */
export type FileSetKind = 'dataset' | 'tables' | 'report' | 'history'

/** What a manifest says. */
export interface FileSetManifest {
  /** The kind of set. */
  set: FileSetKind
  /** File name → SHA-256 (hex) of the bytes written; the manifest itself is not listed. */
  files: Map<string, string>
  /** Where the pages of a dataset came from, by `page`; absent when unknown. */
  origins?: PageOrigin[] | undefined
}

/** Where a page of a dataset came from: a URL or a file in a git repository. */
export type PageOrigin = UrlOrigin | GitOrigin

/** A page read from an `http:` or `https:` URL. */
export interface UrlOrigin {
  /** The page in the dataset: its model's `source.path`. */
  page: string
  /** The URL, as given (redirects are followed again on every read). */
  url: string
  /** SHA-256 (hex) of the page's text, as the model's `source.sha256`. */
  sha256: string
  /** `ETag` of the answer, sent again as `If-None-Match`; `null` when it had none. */
  etag: string | null
  /** `Last-Modified` of the answer, sent again as `If-Modified-Since`; `null` when it had none. */
  lastModified: string | null
}

/** A page read from a file at the `HEAD` of a git repository. */
export interface GitOrigin {
  /** The page in the dataset: its model's `source.path` (`<path>@<commit>`). */
  page: string
  /** The repository, as given (relative to the working directory of the run). */
  repository: string
  /** The file, relative to the repository as given. */
  path: string
  /** Full hash of the `HEAD` commit the page was read at. */
  commit: string
  /** SHA-256 (hex) of the page's text, as the model's `source.sha256`. */
  sha256: string
}

const kinds: readonly string[] = ['dataset', 'tables', 'report', 'history']

const generator = 'er-locations'
const manifestVersion = 1

/**
 * SHA-256 of text as written (UTF-8), hex.
 *
 * @param text
 *   Text or bytes of a file.
 */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Render the manifest of a file set.
 *
 * @param hashes
 *   File name → SHA-256 of each file written, the manifest excluded.
 * @param set
 *   Which kind of set it is.
 * @param origins
 *   Where the pages came from (default: none recorded): sorted by `page`,
 *   each with its keys in the order of its type, so that the bytes do not
 *   depend on the order the pages were read in.
 */
export function renderManifest(
  hashes: ReadonlyMap<string, string>,
  set: FileSetKind,
  origins?: readonly PageOrigin[] | null | undefined
): string {
  const names = [...hashes.keys()].sort(compare)
  const files = Object.fromEntries(
    names.map((name) => [name, hashes.get(name)])
  )
  const manifest: Record<string, unknown> = {
    generator,
    manifestVersion,
    set,
    files
  }
  if (origins && origins.length > 0) {
    manifest['origins'] = [...origins]
      .sort((a, b) => compare(a.page, b.page))
      .map((origin) => originJson(origin))
  }

  return JSON.stringify(manifest, null, 2) + '\n'
}

/** An origin with its keys in one order, whatever order it was built in. */
function originJson(origin: PageOrigin): PageOrigin {
  return 'url' in origin
    ? {
        page: origin.page,
        url: origin.url,
        sha256: origin.sha256,
        etag: origin.etag,
        lastModified: origin.lastModified
      }
    : {
        page: origin.page,
        repository: origin.repository,
        path: origin.path,
        commit: origin.commit,
        sha256: origin.sha256
      }
}

/**
 * Read a manifest.
 *
 * @param text
 *   Bytes of a `manifest.json`.
 * @returns
 *   The manifest, or `undefined` when the file is not one written by
 *   `er-locations` (another tool's manifest, an edit that broke it): then it
 *   is a file of the user like any other.
 */
export function readManifest(text: Uint8Array): FileSetManifest | undefined {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(text))
  } catch {
    return undefined
  }

  if (
    !isRecord(value) ||
    value['generator'] !== generator ||
    value['manifestVersion'] !== manifestVersion
  ) {
    return undefined
  }

  // Written before `set` existed: a dataset. Another value: not a manifest of ours.
  const set = value['set'] ?? 'dataset'
  if (typeof set !== 'string' || !kinds.includes(set)) return undefined

  const listed = value['files']
  if (!isRecord(listed)) return undefined
  const files = new Map<string, string>()
  for (const [name, hash] of Object.entries(listed)) {
    // A name with a separator, `..` or the manifest itself is no file we write.
    if (
      typeof hash !== 'string' ||
      !/^[\da-f]{64}$/.test(hash) ||
      !isPlainName(name)
    )
      return undefined
    files.set(name, hash)
  }

  // Origins that cannot be read are unknown ones: the set is still ours.
  const origins = set === 'dataset' ? readOrigins(value['origins']) : undefined
  return origins === undefined
    ? {set: set as FileSetKind, files}
    : {set: set as FileSetKind, files, origins}
}

/** The `origins` of a manifest, or `undefined` when absent or not readable. */
function readOrigins(value: unknown): PageOrigin[] | undefined {
  if (!Array.isArray(value)) return undefined
  const origins: PageOrigin[] = []
  for (const item of value) {
    const origin = readOrigin(item)
    if (origin === undefined) return undefined
    origins.push(origin)
  }

  return origins
}

function readOrigin(value: unknown): PageOrigin | undefined {
  if (
    !isRecord(value) ||
    typeof value['page'] !== 'string' ||
    typeof value['sha256'] !== 'string' ||
    !/^[\da-f]{64}$/.test(value['sha256'])
  )
    return undefined
  const {page, sha256: hash} = value as {page: string; sha256: string}

  if (typeof value['url'] === 'string') {
    const etag = value['etag'] ?? null
    const lastModified = value['lastModified'] ?? null
    if (
      (etag !== null && typeof etag !== 'string') ||
      (lastModified !== null && typeof lastModified !== 'string')
    )
      return undefined
    return {page, url: value['url'], sha256: hash, etag, lastModified}
  }

  if (
    typeof value['repository'] === 'string' &&
    typeof value['path'] === 'string' &&
    typeof value['commit'] === 'string' &&
    /^[\da-f]{40,64}$/.test(value['commit'])
  ) {
    return {
      page,
      repository: value['repository'],
      path: value['path'],
      commit: value['commit'],
      sha256: hash
    }
  }

  return undefined
}

/** Order of code units, as every list of the manifest is sorted. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isPlainName(name: string): boolean {
  return (
    name !== '' &&
    name !== '.' &&
    name !== '..' &&
    name !== manifestName &&
    !/[/\\\0]/.test(name)
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
