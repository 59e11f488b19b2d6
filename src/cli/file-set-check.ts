/**
 * What a command that writes a file set (`dataset`, `history --out`) says
 * about it: the user's files it left alone, and its `--check`.
 */

import path from 'node:path'
import {compareFileSet} from './compare-file-set.js'
import {nodeFileSystem} from './file-system.js'
import type {FileSetKind, PageOrigin} from './file-set-manifest.js'
import type {Io} from './io.js'

/** Which command and set, for the messages, and what its manifest records. */
export interface FileSetWords {
  /** The command, as `--check` names it (`dataset`, `history`). */
  command: string
  /** The kind of set. */
  set: FileSetKind
  /** What the set is called in “is not part of the …” (`dataset`, `history`). */
  what: string
  /** Where the pages of a dataset came from, as its manifest records them (default: none). */
  origins?: readonly PageOrigin[] | undefined
}

/**
 * Name each file of `<dir>` that is not the set's, left alone, on stderr.
 *
 * @param names
 *   The user's files, relative to `<dir>`.
 * @param out
 *   `<dir>` as given.
 * @param io
 *   Streams of the run.
 * @param what
 *   What the set is called.
 */
export function noteForeignFiles(
  names: readonly string[],
  out: string,
  io: Io,
  what: string
): void {
  for (const name of names) {
    io.stderr(
      'er-locations: note: `' +
        path.join(out, name) +
        '` is not part of the ' +
        what +
        '; left alone\n'
    )
  }
}

/**
 * `--check`: compare `<dir>` with the set a write would leave there; exit
 * 0 when it is up to date, else 1, naming each changed, missing or extra
 * file and what to run.
 *
 * @param files
 *   File name → text, the manifest excluded.
 * @param directory
 *   Absolute path of `<dir>`.
 * @param out
 *   `<dir>` as given.
 * @param io
 *   Streams of the run.
 * @param words
 *   Which command and set.
 */
export async function checkFileSet(
  files: ReadonlyMap<string, string>,
  directory: string,
  out: string,
  io: Io,
  words: FileSetWords
): Promise<number> {
  const {differences, foreign, advice, plain} = await compareFileSet(
    directory,
    files,
    out,
    words.set,
    nodeFileSystem,
    words.origins
  )
  noteForeignFiles(foreign, out, io, words.what)

  if (differences.length === 0) {
    io.stdout(out + ' is up to date (' + (files.size + 1) + ' files)\n')
    return 0
  }

  io.stderr(
    'er-locations: ' +
      out +
      ' is stale: ' +
      differences.length +
      ' file' +
      (differences.length === 1 ? ' differs' : 's differ') +
      ' from what `' +
      words.command +
      '` would write\n' +
      differences
        .map(
          ([name, kind]) => '  ' + kind.padEnd(8) + path.join(out, name) + '\n'
        )
        .join('') +
      advice +
      (plain ? ' (`npm start` for the bundled fixtures)' : '') +
      '.\n'
  )
  return 1
}
