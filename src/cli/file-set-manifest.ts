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
 */
export function renderManifest(
  hashes: ReadonlyMap<string, string>,
  set: FileSetKind
): string {
  const names = [...hashes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const files = Object.fromEntries(
    names.map((name) => [name, hashes.get(name)])
  )
  return (
    JSON.stringify({generator, manifestVersion, set, files}, null, 2) + '\n'
  )
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

  return {set: set as FileSetKind, files}
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
