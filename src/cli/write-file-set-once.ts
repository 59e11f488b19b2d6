/**
 * `writeFileSet` as a command runs it: stopped cleanly by Ctrl-C, which then
 * ends the process as it should.
 */

import {whileInterruptible} from './while-interruptible.js'
import {
  type WriteFileSetOptions,
  type WriteFileSetResult,
  writeFileSet
} from './write-file-set.js'

/**
 * Write a file set; SIGINT and SIGTERM leave the directory as it was.
 *
 * @param directory
 *   Absolute path.
 * @param files
 *   File name → text.
 * @param options
 *   Options of `writeFileSet` (its `signal` is the process's).
 */
export async function writeFileSetOnce(
  directory: string,
  files: ReadonlyMap<string, string>,
  options: Omit<WriteFileSetOptions, 'signal'>
): Promise<WriteFileSetResult> {
  return whileInterruptible(async (signal) =>
    writeFileSet(directory, files, {...options, signal})
  )
}
