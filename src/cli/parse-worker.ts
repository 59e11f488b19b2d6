/**
 * The helping thread of `parseVersions`: claims versions from the newest
 * down, until it meets one the main thread claimed, and posts the model of
 * each as it is read. Reading consecutive versions, its caches reuse what
 * they share.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {documentOfVersion} from './document-of-version.js'
import type {VersionRead, VersionsJob} from './parse-versions.js'

const job = workerData as VersionsJob
for (let index = job.versions.length - 1; index >= 0; index--) {
  if (Atomics.compareExchange(job.claims, index, 0, 1) !== 0) break
  const read: VersionRead = {
    index,
    document: documentOfVersion(job.versions[index]!, job.view)
  }
  parentPort?.postMessage(read)
}
