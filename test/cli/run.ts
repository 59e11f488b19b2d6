/**
 * Run the CLI in-process with captured streams.
 */

import {run} from '../../src/cli/index.js'
import {root} from '../helpers.js'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(
  argv: string[],
  stdin: string | Uint8Array = ''
): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout(value) {
      stdout += value
    },
    stderr(value) {
      stderr += value
    },
    async stdin() {
      return typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin
    },
    cwd: root
  })
  return {code, stdout, stderr}
}
