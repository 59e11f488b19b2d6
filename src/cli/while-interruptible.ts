/**
 * Run a task that stops cleanly on Ctrl-C: SIGINT and SIGTERM abort its
 * signal instead of killing the process at once, so it can put back what it
 * changed; then the signal is raised again, so the process ends as the user
 * asked (exit 130 for SIGINT).
 */

import process from 'node:process'

/**
 * Run `task` with a signal that SIGINT and SIGTERM abort.
 *
 * @param task
 *   The task; it checks `signal.aborted` where stopping is safe.
 */
export async function whileInterruptible<T>(
  task: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const controller = new AbortController()
  let received: NodeJS.Signals | undefined
  const onSignal = (name: NodeJS.Signals) => {
    received ??= name
    controller.abort()
  }

  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await task(controller.signal)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    // The default action, now that the task has cleaned up.
    if (received) process.kill(process.pid, received)
  }
}
