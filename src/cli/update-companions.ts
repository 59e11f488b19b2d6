/**
 * The history and the report that `update` keeps current beside a dataset:
 * the folders `<dir>/history/` (of `history --out`) and `<dir>/report/`
 * (of `report --out`), each a set with its own manifest. A folder of that
 * name that holds no such set is the user's, left alone.
 */

import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {historyJsonName} from '../render/index.js'
import {
  type FileSetKind,
  manifestName,
  readManifest
} from './file-set-manifest.js'

/** A set beside the dataset. */
export interface Companion {
  /** Which: a history or a report. */
  set: Extract<FileSetKind, 'history' | 'report'>
  /** Its folder's name in `<dir>`. */
  name: string
  /** Absolute path of its folder. */
  directory: string
  /** Of a history: the docs it is of (`global/en`), as its `history.json` says. */
  docs: string | undefined
}

/** The folders, in the order they are written: the dataset is written last. */
const folders = [
  ['history', 'history'],
  ['report', 'report']
] as const

/**
 * The history and report beside the dataset in `directory`.
 *
 * @param directory
 *   Absolute path of `<dir>`.
 */
export async function findCompanions(directory: string): Promise<Companion[]> {
  const found: Companion[] = []
  for (const [name, set] of folders) {
    const folder = path.join(directory, name)
    const manifest = await readFile(path.join(folder, manifestName)).then(
      readManifest,
      () => undefined
    )
    if (manifest?.set !== set) continue
    found.push({
      set,
      name,
      directory: folder,
      docs:
        set === 'history' && manifest.files.has(historyJsonName)
          ? await docsOfHistory(path.join(folder, historyJsonName))
          : undefined
    })
  }

  return found
}

/** The `docs` of a `history.json`, when it names one `--document` can take. */
async function docsOfHistory(file: string): Promise<string | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    const docs =
      typeof value === 'object' && value !== null && 'docs' in value
        ? value.docs
        : undefined
    return typeof docs === 'string' && /^[a-z\d-]+\/[a-z\d-]+$/.test(docs)
      ? docs
      : undefined
  } catch {
    return undefined
  }
}
