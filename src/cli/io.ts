/**
 * What the CLI needs of the process: its streams. Tests pass their own.
 */

/** Streams of a CLI run. */
export interface Io {
  /** Write to standard output. */
  stdout: (text: string) => void
  /** Write to standard error. */
  stderr: (text: string) => void
  /** Read all of standard input. */
  stdin: () => Promise<Uint8Array>
  /** Working directory that relative paths resolve against. */
  cwd: string
  /** Whether standard error is a terminal: progress is shown only then (default: `false`). */
  isTTY?: boolean | undefined
}

/** A failure of usage or input: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
