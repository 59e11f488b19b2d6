/**
 * The few file system calls the writing of a file set needs, as one object:
 * the CLI passes Node's, tests pass one that fails where they want it to
 * (no space left on the Nth write, a rename refused…).
 */

import {
  copyFile,
  link,
  lstat,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  writeFile
} from 'node:fs/promises'

/** What `stat`/`lstat` tell. */
export interface FileKind {
  isFile(): boolean
  isDirectory(): boolean
}

/** File system calls, each as `node:fs/promises` has it (paths absolute). */
export interface FileSystem {
  /** Follows symbolic links. */
  stat(path: string): Promise<FileKind>
  /** Does not follow symbolic links. */
  lstat(path: string): Promise<FileKind>
  readdir(path: string): Promise<string[]>
  readFile(path: string): Promise<Uint8Array>
  writeFile(path: string, text: string): Promise<void>
  /** One directory, its parent must exist. */
  mkdir(path: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  link(existing: string, created: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  rmdir(path: string): Promise<void>
  /** A directory and everything in it; nothing when it is gone. */
  removeTree(path: string): Promise<void>
}

/** Node's file system. */
export const nodeFileSystem: FileSystem = {
  stat,
  lstat,
  readdir: async (path) => readdir(path),
  readFile: async (path) => readFile(path),
  writeFile: async (path, text) => writeFile(path, text),
  // Never `recursive: true`: it loops forever where `mkdir` says ENOENT to
  // an existing parent (`/proc`); `make-directories.ts` walks the path itself.
  mkdir: async (path) => {
    await mkdir(path)
  },
  rename,
  link,
  copyFile: async (from, to) => copyFile(from, to),
  unlink,
  rmdir,
  removeTree: async (path) => rm(path, {recursive: true, force: true})
}
