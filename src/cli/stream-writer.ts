/**
 * Write text to a Node.js stream from code that does not wait, and learn at
 * the end whether all of it was written.
 */

/** A stream as the writer uses it (`process.stdout`, `process.stderr`). */
export interface WritableLike {
  write: (chunk: string, callback: (error?: Error | null) => void) => boolean
  on: (event: 'error', listener: (error: Error) => void) => unknown
}

/** Writer over one stream. */
export interface StreamWriter {
  /** Queue `text`; once a write failed, later text is dropped. */
  write: (text: string) => void
  /** Resolve when every queued write is done; reject with the first write error. */
  flush: () => Promise<void>
}

/**
 * Wrap `stream`.
 *
 * Why: a write error (a closed pipe, a full disk) is emitted asynchronously
 * as an `'error'` event, which crashes the process with a stack trace when
 * nobody listens, and a `process.exit` before the writes are done cuts
 * large outputs. The writer listens, keeps the first error, and `flush` lets
 * the caller wait for the end of the output and report its error.
 *
 * @param stream
 *   Stream to write to.
 */
export function streamWriter(stream: WritableLike): StreamWriter {
  let failure: Error | undefined
  let pending = 0
  let waiting: Array<() => void> = []

  stream.on('error', fail)

  return {write, flush}

  function write(text: string): void {
    if (failure || text === '') return
    pending++
    try {
      stream.write(text, (error) => {
        pending--
        if (error) fail(error)
        else settle()
      })
    } catch (error) {
      // A synchronous stream (a file) may throw from `write` instead.
      pending--
      fail(error instanceof Error ? error : new Error(String(error)))
    }
  }

  function flush(): Promise<void> {
    return new Promise<void>((resolve) => {
      waiting.push(resolve)
      settle()
    }).then(() => {
      if (failure) throw failure
    })
  }

  function fail(error: Error): void {
    failure ??= error
    settle()
  }

  function settle(): void {
    // After a failure the queued writes are lost: no need to wait for them.
    if (pending > 0 && !failure) return
    const resolves = waiting
    waiting = []
    for (const resolve of resolves) resolve()
  }
}
