/**
 * Read the file changes that `git log --raw -z` (or `git show`) lists, in
 * the format `fileChangesArguments` asks for.
 */

/** One change of one file in one commit, as `git log --raw` lists it. */
export interface FileChange {
  /** Full hash of the commit. */
  commit: string
  /**
   * Kind of change: `A` added, `M` modified, `T` type changed, `D` deleted,
   * `R` renamed, `C` copied (the score of a rename or copy dropped).
   */
  status: 'A' | 'M' | 'T' | 'D' | 'R' | 'C'
  /** Path before the change: the source of a rename or a copy, else `path`. */
  from: string
  /** Path after the change (of a deletion: the path deleted), from the root. */
  path: string
  /**
   * Hash of the content after the change; of a deletion, of the content it
   * deleted (the file's last content).
   */
  blob: string
}

/** Record separator of our format; never in a hash. */
const recordSeparator = '\u001E'

/**
 * The arguments that make `git log` or `git show` list changes as
 * `fileChangesFromLog` reads them: each commit's full hash, then its raw
 * diff entries with full hashes, NUL-separated (paths verbatim).
 */
export const fileChangesArguments: readonly string[] = [
  '--raw',
  '--no-abbrev',
  '-z',
  '--format=%x1E%H'
]

/**
 * The changes in output of `git log` run with `fileChangesArguments`, in
 * the order listed: records of `RS <hash> NUL`, then entries of
 * `:<modes> <hashes> <status> NUL <path> NUL` (two paths for a rename or a
 * copy). Entries of other kinds (unmerged, unknown) are left out.
 *
 * @param output
 *   Standard output of `git`, decoded as UTF-8.
 */
export function fileChangesFromLog(output: string): FileChange[] {
  const changes: FileChange[] = []

  for (const record of output.split(recordSeparator)) {
    if (record === '') continue
    const [commit = '', ...fields] = record.split('\0')
    let index = 0
    while (index < fields.length) {
      // The first entry follows the header's line feed.
      const entry = (fields[index] as string).replace(/^\n/, '')
      index++
      if (!entry.startsWith(':')) continue
      // `:<old mode> <new mode> <old hash> <new hash> <status>`.
      const [, , oldBlob = '', newBlob = '', score = ''] = entry
        .slice(1)
        .split(' ')
      const status = score.charAt(0)
      const two = status === 'R' || status === 'C'
      const from = fields[index] ?? ''
      const to = two ? (fields[index + 1] ?? '') : from
      index += two ? 2 : 1
      if (!/^[AMTDRC]$/.test(status) || to === '') continue
      changes.push({
        commit: commit.trim(),
        status: status as FileChange['status'],
        from,
        path: to,
        blob: status === 'D' ? oldBlob : newBlob
      })
    }
  }

  return changes
}
