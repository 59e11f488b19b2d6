/**
 * Read the versions of a git history on two threads: a dense history is a
 * thousand versions of one page, and reading them is most of the time of
 * `changelog --git` and `history --git`. This thread reads from the oldest
 * version up while a worker reads from the newest down, each claiming one
 * version at a time, until they meet: however the cost of versions varies,
 * both stay busy, and each reads consecutive versions, which its caches
 * reuse. The models are the same as read here.
 */

import {Worker} from 'node:worker_threads'
import type {LocationsDocument, ViewName} from '../model.js'
import {documentOfVersion, type VersionText} from './document-of-version.js'

/** What the worker is given. */
export interface VersionsJob {
  view: ViewName
  versions: VersionText[]
  /**
   * One flag a version, set by whichever thread claims it first
   * (`Atomics.compareExchange` from 0 to 1).
   */
  claims: Int32Array
}

/** What the worker posts: one model a version it read. */
export interface VersionRead {
  index: number
  document: LocationsDocument
}

/** Settings of `parseVersions`. */
export interface ParseVersionsOptions {
  view: ViewName
  /**
   * Fewest characters of text (all versions together) worth a second
   * thread: the worker loads the library first (some 0.3 s), and its caches
   * start empty (default: 4 million, about a hundred versions of today's
   * page).
   */
  minCharacters?: number | undefined
  /**
   * Most versions to read on this thread before waiting for the worker
   * (default: no limit; tests set it, so that the worker has some to read).
   */
  mostHere?: number | undefined
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
  const url = options.worker ?? workerUrl
  let characters = 0
  for (const version of versions) characters += version.text.length
  if (
    versions.length < 2 ||
    characters < (options.minCharacters ?? 4_000_000) ||
    !/\.[cm]?js$/.test(url.pathname)
  )
    return versions.map((version) => documentOfVersion(version, options.view))

  const claims = new Int32Array(new SharedArrayBuffer(4 * versions.length))
  const documents: Array<LocationsDocument | undefined> = []
  const worker = startWorker(url, {
    view: options.view,
    versions: [...versions],
    claims
  })
  try {
    const most = options.mostHere ?? versions.length
    for (let index = 0; index < most; index++) {
      if (Atomics.compareExchange(claims, index, 0, 1) !== 0) break
      documents[index] = documentOfVersion(
        versions[index] as VersionText,
        options.view
      )
      // Take in what the worker posted meanwhile: each model it sends is
      // rebuilt on this thread, which, all left to the end, would be time
      // when only this thread works.
      if (index % 8 === 7) await nextTurn()
    }

    const fromWorker = await worker.read
    options.onWorkerDone?.(fromWorker.length)
    for (const {index, document} of fromWorker) documents[index] = document
    return versions.map(
      (version, index) =>
        documents[index] ?? documentOfVersion(version, options.view)
    )
  } finally {
    void worker.stop()
  }
}

/** A turn of the event loop, in which the worker's messages are received. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(resolve)
  })
}

/** A running worker: what it read, once it is done. */
interface RunningWorker {
  /** The models it posted; fewer than it claimed when it failed. */
  read: Promise<VersionRead[]>
  stop: () => Promise<number>
}

function startWorker(url: URL, job: VersionsJob): RunningWorker {
  const read: VersionRead[] = []
  let worker: Worker
  try {
    worker = new Worker(url, {workerData: job})
  } catch {
    return {read: Promise.resolve([]), stop: async () => 0}
  }

  return {
    read: new Promise((resolve) => {
      let settled = false
      // What a failed worker posted is good: what it claimed and did not
      // post is read here.
      const settle = () => {
        if (!settled) resolve([...read])
        settled = true
      }

      worker.on('message', (version: VersionRead) => {
        if (!settled) read.push(version)
      })
      worker.once('messageerror', settle)
      worker.once('error', settle)
      worker.once('exit', settle)
    }),
    stop: async () => worker.terminate()
  }
}
