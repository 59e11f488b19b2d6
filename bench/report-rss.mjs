/**
 * Preload (`node --import ./bench/report-rss.mjs …`) that writes, at exit,
 * the peak resident set size and CPU time of the process as one JSON line
 * to file descriptor 3, when the parent opened one (`bench/dense-history.mjs`
 * does); without it, nothing.
 */

import {writeSync} from 'node:fs'
import process from 'node:process'
import {isMainThread} from 'node:worker_threads'

// A preload runs in every worker thread too (the CLI reads long histories
// on one): the process's figures are written once, by the main thread.
if (isMainThread)
  process.on('exit', () => {
    const usage = process.resourceUsage()
    try {
      writeSync(
        3,
        JSON.stringify({
          // Kilobytes.
          maxRSS: usage.maxRSS,
          // Microseconds.
          userCPUTime: usage.userCPUTime,
          systemCPUTime: usage.systemCPUTime
        }) + '\n'
      )
    } catch {
      // No descriptor 3: run by hand.
    }
  })
