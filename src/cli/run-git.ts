/**
 * Run the real `git`: an argument array, no shell; English messages, no
 * pager, no prompt. Pathspecs carry their own magic (`:(glob)`,
 * `:(literal)`), or are made literal by `--literal-pathspecs`.
 */

import {execFile} from 'node:child_process'
import process from 'node:process'
import {UsageError} from './io.js'

/** Result of one `git` run. */
export interface GitRun {
  /** Exit code (`0`: success). */
  code: number
  /** Standard output, as bytes (`-z` output and blob contents are not text). */
  stdout: Buffer
  /** Standard error, decoded. */
  stderr: string
}

/**
 * Run `git -C <directory> ...arguments_`, with `input` on its standard input
 * (default: none). A non-zero exit is a result; a `git` that cannot be run
 * at all is a `UsageError`.
 *
 * Note: pathspecs are read as git reads them, magic included: a path given
 * by the user must be passed as `:(top,literal)<path>` (`literalPathspec`).
 *
 * @param directory
 *   Directory to run in.
 * @param arguments_
 *   Arguments after `-C <directory>`.
 * @param input
 *   Text to write to standard input (optional).
 */
export function runGit(
  directory: string,
  arguments_: readonly string[],
  input?: string | null | undefined
): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', directory, ...arguments_],
      {
        encoding: 'buffer',
        // A long history of names, or a few pages' contents.
        maxBuffer: 256 * 1024 * 1024,
        env: gitEnvironment()
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(gitRunError(error))
          return
        }

        resolve({
          code: error ? Number(error.code) : 0,
          stdout,
          stderr: stderr.toString('utf8')
        })
      }
    )
    // A `git` that ends early closes its input: that is told by its exit.
    child.stdin?.on('error', () => {})
    child.stdin?.end(input ?? '')
  })
}

/**
 * A pathspec that matches `file` (a path from the root of the repository)
 * and nothing else, whatever characters it holds.
 */
export function literalPathspec(file: string): string {
  return ':(top,literal)' + file
}

/**
 * The environment `git` runs in: English messages, no pager, no prompt, and
 * none of the variables that would change what our pathspecs mean.
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LC_ALL: 'C',
    GIT_PAGER: 'cat',
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: undefined,
    GIT_GLOB_PATHSPECS: undefined,
    GIT_NOGLOB_PATHSPECS: undefined,
    GIT_ICASE_PATHSPECS: undefined
  }
}

/** The usage error of a `git` that could not be run at all. */
export function gitRunError(error: {
  code?: unknown
  message: string
}): UsageError {
  return error.code === 'ENOENT'
    ? new UsageError('Cannot run `git`: it is not installed or not on PATH')
    : new UsageError('Cannot run `git`: ' + firstLine(error.message))
}

/** The first line of a message of `git`, trimmed. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}
