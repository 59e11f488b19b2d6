/**
 * What the CLI needs of the process: its streams, its environment and which
 * of them are terminals. Tests pass their own.
 */

/** Streams of a CLI run. */
export interface Io {
  /** Write to standard output. */
  stdout: (text: string) => void
  /** Write to standard error. */
  stderr: (text: string) => void
  /**
   * Read standard input: all of it, or, given `maxBytes`, at most a little
   * more than `maxBytes` bytes (so that the caller sees it is over), never
   * waiting for the rest of an endless input (`yes |`, `< /dev/zero`).
   * Rejects with a Node.js system error (`EISDIR` when standard input is a
   * folder, `< /tmp`) when it cannot be read.
   */
  stdin: (maxBytes?: number) => Promise<Uint8Array>
  /** Working directory that relative paths resolve against. */
  cwd: string
  /** Whether standard error is a terminal: progress is shown only then (default: `false`). */
  isTTY?: boolean | undefined
  /** Whether standard output is a terminal: reports are coloured only then (default: `false`). */
  stdoutIsTTY?: boolean | undefined
  /** Environment variables, for `NO_COLOR` and `FORCE_COLOR` (default: none set). */
  env?: Readonly<Record<string, string | undefined>> | undefined
  /**
   * Wait until everything given to `stdout` is written; rejects with the
   * write error (a Node.js system error with a `code`), if any (default:
   * nothing to wait for, writes are done when `stdout` returns).
   */
  flush?: (() => Promise<void>) | undefined
  /**
   * Most milliseconds to read one URL input, from connecting to the end of
   * its body (`--timeout`; default: 30 000).
   */
  fetchTimeoutMs?: number | undefined
}

/** A failure of usage or input: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
