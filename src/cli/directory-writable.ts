/**
 * Whether a write could create or change a directory, asked without writing
 * (for `--check`'s advice): the same walk up the path as the writer
 * (`make-directories.ts`), then the first directory that exists is asked for
 * write permission and for its file system, so `--check` never advises a
 * write that would fail on `/proc` or a read-only mount.
 */

import {constants} from 'node:fs'
import {access, statfs} from 'node:fs/promises'
import path from 'node:path'
import type {FileSystem} from './file-system.js'
import {missingDirectories, shownAncestor} from './make-directories.js'
import {systemReason} from './system-reason.js'

/** `statfs` types of the kernel's file systems that take no files of ours (proc, sysfs, cgroup…). */
const pseudo = new Set([
  0x9f_a0, 0x62_65_65_72, 0x27_e0_eb, 0x63_67_72_70, 0x64_62_67_20,
  0x73_63_66_73, 0x74_72_61_63, 0xca_fe_4a_11, 0x62_65_65_70
])

/**
 * Why a write into `directory` would fail, in words, or `undefined` when it
 * looks writable.
 *
 * @param directory
 *   Absolute path.
 * @param shown
 *   The path as given.
 * @param fs
 *   File system.
 */
export async function whyUnwritable(
  directory: string,
  shown: string,
  fs: FileSystem
): Promise<string | undefined> {
  const missing = await missingDirectories(directory, shown, fs)
  const existing =
    missing.length > 0 ? path.dirname(missing[0] as string) : directory
  const shownExisting = shownAncestor(shown, missing.length)
  try {
    const info = await statfs(existing)
    if (pseudo.has(Number(info.type))) {
      return (
        '`' +
        shownExisting +
        '` takes no new ' +
        (missing.length > 0 ? 'directories' : 'files')
      )
    }
  } catch {
    // No statfs here: ask for permission alone.
  }

  try {
    await access(existing, constants.W_OK)
  } catch (error) {
    return '`' + shownExisting + '`: ' + systemReason(error, 'not writable')
  }

  return undefined
}
