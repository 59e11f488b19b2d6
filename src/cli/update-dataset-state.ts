/**
 * What `update` reads of the dataset it keeps current: the models it holds
 * (the old versions, to compare and to write the changelog from) and where
 * they came from, as its manifest records them.
 */

import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {LocationsDocument} from '../model.js'
import {modelsName, singleModelName} from '../render/index.js'
import {
  manifestName,
  type PageOrigin,
  readManifest,
  sha256
} from './file-set-manifest.js'
import {UsageError} from './io.js'
import {systemErrorCode, systemReason} from './system-reason.js'

/** The dataset of a directory. */
export interface DatasetState {
  /** Whether the directory holds a dataset (else it is missing, empty, or `--force`d). */
  held: boolean
  /** The models of the dataset, in its order; none when it holds none. */
  documents: LocationsDocument[]
  /** Where the pages came from; `undefined` when the manifest does not say (pages of files, or written before origins were recorded). */
  origins: PageOrigin[] | undefined
}

/** What a directory without a dataset is, read as one. */
const noDataset: DatasetState = {held: false, documents: [], origins: undefined}

/**
 * Read the dataset of `directory`.
 *
 * @param directory
 *   Absolute path of `<dir>`.
 * @param shown
 *   `<dir>` as given.
 * @param force
 *   Take a directory whose dataset cannot be read (no manifest, an edited
 *   model) as one without a dataset, rather than refusing.
 * @throws {UsageError}
 *   When it is not a directory, holds another kind of set, or (unless
 *   `force`) holds files but no dataset, or an edited model.
 */
export async function readDatasetState(
  directory: string,
  shown: string,
  force: boolean
): Promise<DatasetState> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return noDataset
    throw new UsageError(
      'Cannot read `' +
        shown +
        '`: ' +
        systemReason(error, 'not a readable directory')
    )
  }

  const refuse = (why: string) => {
    if (force) return noDataset
    throw new UsageError(
      'Refusing to update `' +
        shown +
        '`: ' +
        why +
        '; write the dataset with `er-locations dataset <page> --out ' +
        shown +
        '`, choose another directory, or add --force'
    )
  }

  if (names.length === 0) return noDataset
  const manifest = names.includes(manifestName)
    ? readManifest(await readBytes(directory, shown, manifestName))
    : undefined
  if (manifest === undefined) {
    return refuse(
      'it holds files er-locations did not write (it has no ' +
        manifestName +
        ' of a dataset)'
    )
  }

  if (manifest.set !== 'dataset') {
    // Never forced: writing a dataset there would remove the other set's files.
    throw new UsageError(
      'Refusing to update `' +
        shown +
        '`: it holds ' +
        (manifest.set === 'tables'
          ? 'the CSV tables of one page'
          : 'a ' + manifest.set) +
        ', not a dataset; choose the directory of the dataset'
    )
  }

  const name = manifest.files.has(modelsName) ? modelsName : singleModelName
  const recorded = manifest.files.get(name)
  if (recorded === undefined) return refuse('its manifest lists no model')
  let bytes: Uint8Array
  try {
    bytes = await readBytes(directory, shown, name)
  } catch (error) {
    if (force) return noDataset
    throw error
  }

  if (sha256(bytes) !== recorded) {
    return refuse(
      '`' + path.join(shown, name) + '` changed since er-locations wrote it'
    )
  }

  const documents = modelsOf(bytes, name === modelsName)
  if (documents === undefined) {
    return refuse('`' + path.join(shown, name) + '` holds no models')
  }

  return {held: true, documents, origins: manifest.origins}
}

/** The bytes of a file of the dataset. */
async function readBytes(
  directory: string,
  shown: string,
  name: string
): Promise<Uint8Array> {
  try {
    return await readFile(path.join(directory, name))
  } catch (error) {
    throw new UsageError(
      'Cannot read `' +
        path.join(shown, name) +
        '`: ' +
        systemReason(error, 'unreadable')
    )
  }
}

/**
 * The models of `model.json` (one) or `models.json` (several), or
 * `undefined` when the text is not of models this version reads (a model
 * has a `source` with its SHA-256 and document, `meta` and `facets`).
 */
function modelsOf(
  bytes: Uint8Array,
  several: boolean
): LocationsDocument[] | undefined {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes))
  } catch {
    return undefined
  }

  const documents: unknown[] = several
    ? Array.isArray(value)
      ? value
      : []
    : [value]
  if (documents.length === 0 || !documents.every(isModel)) return undefined
  return documents as LocationsDocument[]
}

function isModel(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const model = value as Record<string, unknown>
  const source = model['source'] as Record<string, unknown> | null | undefined
  return (
    model['schemaVersion'] === 1 &&
    typeof source === 'object' &&
    source !== null &&
    typeof source['sha256'] === 'string' &&
    typeof source['document'] === 'object' &&
    source['document'] !== null &&
    typeof (source['document'] as Record<string, unknown>)['id'] === 'string' &&
    typeof model['meta'] === 'object' &&
    Array.isArray(model['facets'])
  )
}
