/**
 * Read a few blobs of a repository with one `git cat-file --batch`, all
 * held (the newest versions of a few pages, not a history: `gitVersions`
 * streams those).
 */

import {UsageError} from './io.js'
import {firstLine, runGit} from './run-git.js'

/**
 * The contents of the blobs `names` (hashes, or `<rev>:<path>`) in the
 * repository at `root`; a name that is missing, or not a blob, is not in
 * the map.
 *
 * @param root
 *   Root of the repository.
 * @param names
 *   Object names, one a line (so none with a line feed).
 * @throws {UsageError}
 *   When `git cat-file` fails.
 */
export async function readObjects(
  root: string,
  names: readonly string[]
): Promise<Map<string, Uint8Array>> {
  const unique = [...new Set(names)]
  const contents = new Map<string, Uint8Array>()
  if (unique.length === 0) return contents
  const result = await runGit(
    root,
    ['cat-file', '--batch'],
    unique.map((name) => name + '\n').join('')
  )
  if (result.code !== 0) {
    throw new UsageError(
      'Cannot read the pages of `' + root + '`: ' + firstLine(result.stderr)
    )
  }

  // Each answer: `<hash> <type> <size> LF <content> LF`, or `<name> missing LF`.
  const output = result.stdout
  let offset = 0
  for (const name of unique) {
    const end = output.indexOf(10, offset)
    if (end === -1) break
    const fields = output.toString('utf8', offset, end).split(' ')
    offset = end + 1
    const size = Number(fields[2])
    if (fields.length !== 3 || !Number.isSafeInteger(size)) continue
    if (fields[1] === 'blob')
      contents.set(name, output.subarray(offset, offset + size))
    offset += size + 1
  }

  return contents
}
