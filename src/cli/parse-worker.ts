/**
 * The helping thread of `parseVersions`: reads the versions it is given, in
 * order (so its block cache reuses what consecutive versions share), and
 * posts each model as it is read.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {documentOfVersion} from './document-of-version.js'
import type {VersionsJob} from './parse-versions.js'

const job = workerData as VersionsJob
for (const version of job.versions)
  parentPort?.postMessage(documentOfVersion(version, job.view))
