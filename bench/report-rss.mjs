/**
 * Preload (`node --import ./bench/report-rss.mjs …`) that appends, at exit,
 * the peak resident set size and CPU time of the process as one JSON line
 * to the file `ER_LOCATIONS_BENCH_USAGE` names, when it is set
 * (`bench/dense-history.mjs` sets it); without it, nothing.
 *
 * A file, not a descriptor the parent opened: the CLI starts `node` again
 * for a git history (`src/cli/relaunch.ts`), and that process inherits the
 * preload (Node's options) and the environment, not the descriptor. Each
 * process writes its own line; the reader sums them.
 */

import {appendFileSync} from 'node:fs'
import process from 'node:process'
import {isMainThread} from 'node:worker_threads'

const file = process.env.ER_LOCATIONS_BENCH_USAGE

// A preload runs in every worker thread too: the process's figures are
// written once, by the main thread.
if (isMainThread && file)
  process.on('exit', () => {
    const usage = process.resourceUsage()
    try {
      appendFileSync(
        file,
        JSON.stringify({
          // Kilobytes.
          maxRSS: usage.maxRSS,
          // Microseconds.
          userCPUTime: usage.userCPUTime,
          systemCPUTime: usage.systemCPUTime
        }) + '\n'
      )
    } catch {
      // Nowhere to write: the figures are lost, not the run.
    }
  })
