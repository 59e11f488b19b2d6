/**
 * Read the versions of a git history on two threads: a dense history is a
 * thousand versions of one page, and reading them is most of the time of
 * `changelog --git` and `history --git`. This thread reads the older ones
 * while a worker reads the newer ones; the models are the same as read
 * here.
 */

import {Worker} from 'node:worker_threads'
import type {LocationsDocument, ViewName} from '../model.js'
import {documentOfVersion, type VersionText} from './document-of-version.js'

/** What the worker is given: the newer versions, and the view. */
export interface VersionsJob {
  view: ViewName
  versions: VersionText[]
}

/** Settings of `parseVersions`. */
export interface ParseVersionsOptions {
  view: ViewName
  /**
   * Fewest characters of text (all versions together) worth a second
   * thread: the worker loads the library first (some 0.3 s), and its block
   * cache starts empty (default: 4 million, about a hundred versions of
   * today's page).
   */
  minCharacters?: number | undefined
  /**
   * Share of the characters read on this thread (default: 0.5): this thread
   * also receives the worker's models, but it starts at once.
   */
  share?: number | undefined
  /** The worker's module (default: `parse-worker.js` beside this module). */
  worker?: URL | undefined
  /** Told how many versions the worker read, when one was started. */
  onWorkerDone?: ((read: number) => void) | undefined
}

/** The worker's module, built next to this one (`dist/cli`). */
const workerUrl = new URL('parse-worker.js', import.meta.url)

/**
 * The models of versions, oldest first, as `documentOfVersion` reads each.
 *
 * Run from the TypeScript sources (tests), there is no built worker: every
 * version is read on this thread. A worker that fails (it cannot start, or
 * runs out of memory) costs its time, not the result: what it did not read
 * is read here.
 *
 * @param versions
 *   The versions, oldest first.
 * @param options
 *   The view, and when to use a second thread.
 */
export async function parseVersions(
  versions: readonly VersionText[],
  options: ParseVersionsOptions
): Promise<LocationsDocument[]> {
  const cut = cutOf(versions, options)
  const url = options.worker ?? workerUrl
  if (cut === versions.length || !/\.[cm]?js$/.test(url.pathname))
    return versions.map((version) => documentOfVersion(version, options.view))

  const newer = versions.slice(cut)
  const worker = startWorker(url, {view: options.view, versions: newer})
  try {
    const older = versions
      .slice(0, cut)
      .map((version) => documentOfVersion(version, options.view))
    const fromWorker = await worker.documents
    options.onWorkerDone?.(fromWorker.length)
    const rest = newer
      .slice(fromWorker.length)
      .map((version) => documentOfVersion(version, options.view))
    return [...older, ...fromWorker, ...rest]
  } finally {
    void worker.stop()
  }
}

/**
 * Where the versions read here end: after `share` of the characters, or
 * all of them when there are too few for a second thread.
 */
function cutOf(
  versions: readonly VersionText[],
  options: ParseVersionsOptions
): number {
  let total = 0
  for (const version of versions) total += version.text.length
  if (versions.length < 2 || total < (options.minCharacters ?? 4_000_000))
    return versions.length
  const here = total * (options.share ?? 0.5)
  let characters = 0
  for (const [index, version] of versions.entries()) {
    characters += version.text.length
    if (characters >= here) return Math.min(index + 1, versions.length - 1)
  }

  return versions.length - 1
}

/** A running worker: the models it posted, once it is done. */
interface RunningWorker {
  /** The models read, in order; fewer than given when the worker failed. */
  documents: Promise<LocationsDocument[]>
  stop: () => Promise<number>
}

function startWorker(url: URL, job: VersionsJob): RunningWorker {
  const documents: LocationsDocument[] = []
  let worker: Worker
  try {
    worker = new Worker(url, {workerData: job})
  } catch {
    return {documents: Promise.resolve([]), stop: async () => 0}
  }

  return {
    documents: new Promise((resolve) => {
      let settled = false
      // A failed worker's models so far are good: the rest is read here.
      const settle = () => {
        if (!settled) resolve([...documents])
        settled = true
      }

      worker.on('message', (document: LocationsDocument) => {
        if (!settled) documents.push(document)
      })
      // A message that cannot be read would leave the models after it one
      // version off: they are read here instead.
      worker.once('messageerror', settle)
      worker.once('error', settle)
      worker.once('exit', settle)
    }),
    stop: async () => worker.terminate()
  }
}
