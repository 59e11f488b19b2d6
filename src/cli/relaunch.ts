/**
 * Run the CLI again, in a `node` with a larger young generation, when it is
 * about to read a git history.
 *
 * Why: reading a history of a thousand versions allocates some 2 GB, most
 * of it short-lived, while the models of every version stay. With V8's
 * default young generation (16 MB semi-spaces) that is scavenged hundreds
 * of times, each copying what is still alive: a fifth of the time of
 * `changelog --git` on a dense history was garbage collection, and 32 MB
 * semi-spaces take some 0.7 s of the 1.8 s of it away. The size is fixed
 * when `node` starts (`v8.setFlagsFromString` then changes nothing), so the
 * process is started again with it, as an `exec` would: the same streams,
 * environment, working directory and exit status.
 */

import {spawn} from 'node:child_process'
import os from 'node:os'
import process from 'node:process'

/** The young generation a history is read with. */
export const youngGenerationFlag = '--max-semi-space-size=32'

/** Set in the process started again, so that it does not start another. */
export const relaunchedVariable = 'ER_LOCATIONS_RELAUNCHED'

/** What `relaunchArguments` looks at. */
export interface RelaunchContext {
  /** The CLI's arguments (`process.argv.slice(2)`). */
  argv: readonly string[]
  /** Node's own options of this process (`process.execArgv`). */
  execArgv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  /** The script to run (`bin.js`). */
  script: string
}

/**
 * The arguments of `node` to run the CLI again with, or `undefined` when
 * it runs here: it reads no git history (`--git`), it was started again
 * already, or the young generation was set by the user (in Node's options
 * or `NODE_OPTIONS`), whose choice stands.
 *
 * @param context
 *   The process.
 */
export function relaunchArguments(
  context: RelaunchContext
): string[] | undefined {
  if (context.env[relaunchedVariable] !== undefined) return undefined
  if (
    !context.argv.some(
      (value) => value === '--git' || value.startsWith('--git=')
    )
  )
    return undefined
  const setByUser = [
    ...context.execArgv,
    ...(context.env['NODE_OPTIONS'] ?? '').split(/\s+/)
  ].some((option) => /^--(max|min)[-_]semi[-_]space[-_]size\b/.test(option))
  if (setByUser) return undefined
  return [
    ...context.execArgv,
    youngGenerationFlag,
    context.script,
    ...context.argv
  ]
}

/** Signals passed on to the process started again. */
const passedSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Run `node` with `args` on this process's streams, and wait for it.
 *
 * A signal this process gets is passed on (a Ctrl-C reaches both: the
 * second one does what the first does), and this process waits for the
 * other to clean up; one that ended by a signal ends this one by it too.
 *
 * @param args
 *   The arguments of `node`.
 * @returns
 *   The exit code; `undefined` when `node` could not be started (the CLI
 *   then runs here).
 */
export function runRelaunched(args: string[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(process.execPath, args, {
        stdio: 'inherit',
        env: {...process.env, [relaunchedVariable]: '1'}
      })
    } catch {
      resolve(undefined)
      return
    }

    const pass = (signal: NodeJS.Signals) => {
      child.kill(signal)
    }

    for (const signal of passedSignals) process.on(signal, pass)
    const stopPassing = () => {
      for (const signal of passedSignals) process.off(signal, pass)
    }

    child.once('error', () => {
      stopPassing()
      // Not started at all (no `pid`): run here. Started and then failed,
      // it said so on the streams it shares.
      resolve(child.pid === undefined ? undefined : 1)
    })
    child.once('exit', (code, signal) => {
      stopPassing()
      if (signal) {
        process.kill(process.pid, signal)
        // Where the signal is ignored here, its exit status.
        resolve(128 + signalNumber(signal))
        return
      }

      resolve(code ?? 1)
    })
  })
}

/** The number of a signal, as shells report it (`128 + n`). */
function signalNumber(signal: NodeJS.Signals): number {
  return os.constants.signals[signal] ?? 1
}
