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
  /** `process.platform`. */
  platform: string
  /** Whether a debugger can attach to this process (`inspector.url()`). */
  inspecting: boolean
}

/**
 * Node options of the user's that a second `node` must not repeat, or whose
 * reader expects this process: a debugger (the second one's port is taken,
 * or nobody attaches to it), a profile (written by both, the idle one last),
 * a young generation of their own (whose choice stands).
 */
const ownOption =
  /^--(?:(?:max|min)[-_]semi[-_]space[-_]size|inspect|debug|cpu[-_]prof|heap[-_]prof|prof)(?:\b|[-_=])/

/**
 * The arguments of `node` to run the CLI again with, or `undefined` when
 * it runs here: it reads no git history (`--git`, or `update --from`), it
 * was started again already, Node's options or `NODE_OPTIONS` hold one the
 * second `node` must not repeat (`ownOption`), a debugger may be attached,
 * or it runs on Windows (where a signal cannot be passed on without killing
 * the process it is passed to, so cleaning up after Ctrl-C would be lost).
 *
 * @param context
 *   The process.
 */
export function relaunchArguments(
  context: RelaunchContext
): string[] | undefined {
  if (context.env[relaunchedVariable] !== undefined) return undefined
  if (context.platform === 'win32' || context.inspecting) return undefined
  if (!readsHistory(context.argv)) return undefined
  const options = [
    ...context.execArgv,
    ...(context.env['NODE_OPTIONS'] ?? '').split(/\s+/)
  ]
  if (options.some((option) => ownOption.test(option))) return undefined
  return [
    ...context.execArgv,
    youngGenerationFlag,
    context.script,
    ...context.argv
  ]
}

/** Whether the arguments read a git history: `--git`, or `update --from`. */
function readsHistory(argv: readonly string[]): boolean {
  const has = (name: string) =>
    argv.some((value) => value === name || value.startsWith(name + '='))
  return has('--git') || (argv[0] === 'update' && has('--from'))
}

/**
 * Signals passed on to the process started again, and raised here again
 * when it ended by one of them: those that end a process without a core
 * dump. Another signal that ends it is reported as its exit status
 * (`128 + n`): raising a core-dumping one here would dump this process's
 * core over the useful one.
 */
const passedSignals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGUSR2'] as const

/**
 * Run `node` with `args` on this process's streams, and wait for it.
 *
 * A signal of `passedSignals` that this process gets is passed on (a Ctrl-C
 * reaches both: the second one does what the first does), and this process
 * waits for the other to clean up. One that cannot be caught (SIGKILL)
 * leaves the other running.
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
      try {
        child.kill(signal)
      } catch {
        // Gone already: its exit is on its way.
      }
    }

    for (const signal of passedSignals) process.on(signal, pass)
    const stopPassing = () => {
      for (const signal of passedSignals) process.off(signal, pass)
    }

    child.once('error', () => {
      // Not started at all (no `pid`): run here. Started, an error is of
      // passing a signal on, and its exit is still to come.
      if (child.pid !== undefined) return
      stopPassing()
      resolve(undefined)
    })
    child.once('exit', (code, signal) => {
      stopPassing()
      if (signal && (passedSignals as readonly string[]).includes(signal)) {
        process.kill(process.pid, signal)
      }

      resolve(signal ? 128 + (os.constants.signals[signal] ?? 0) : (code ?? 1))
    })
  })
}
