/**
 * Hostile writes: a full disk, a failing rename, an interrupt, a file in the
 * way, a read-only or immutable directory, `/proc`. Whatever fails, the
 * directory keeps its previous bytes, no staging directory is left behind,
 * and the CLI says why in one line with exit 2.
 *
 * Failures are injected into the writer's file system calls; where the
 * sandbox lets root mount (a small tmpfs, a read-only bind mount) the same is
 * checked on a real file system, and skipped with the reason where it does
 * not.
 */

import {execFileSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {type FileSystem, nodeFileSystem} from '../../src/cli/file-system.js'
import {UsageError} from '../../src/cli/io.js'
import {WriteInterrupted, writeFileSet} from '../../src/cli/write-file-set.js'
import {parse} from '../../src/parse.js'
import {datasetTables} from '../../src/render/dataset-tables.js'
import {renderDataset} from '../../src/render/dataset.js'
import {runCli} from '../cli/run.js'
import {fixture, seed000, seed001, seed002} from '../helpers.js'

function temporaryDirectory(): string {
  return mkdtempSync(path.join(tmpdir(), 'er-locations-writes-'))
}

/** Every entry under a directory (recursively, hidden ones too) with its bytes. */
function snapshot(directory: string): Map<string, string> {
  const entries = new Map<string, string>()
  for (const entry of readdirSync(directory, {
    withFileTypes: true,
    recursive: true
  })) {
    const file = path.join(entry.parentPath, entry.name)
    entries.set(
      path.relative(directory, file),
      entry.isFile() ? readFileSync(file, 'latin1') : '<dir>'
    )
  }

  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Sibling folders of ours left next to a directory. */
function leftovers(directory: string): string[] {
  const prefix = '.' + path.basename(directory) + '.er-locations-'
  return readdirSync(path.dirname(directory)).filter((name) =>
    name.startsWith(prefix)
  )
}

function datasetOf(...names: string[]): Map<string, string> {
  return renderDataset(
    names.map((name) => parse(fixture(name), {path: 'fixtures/' + name}))
  )
}

function tablesOf(name: string): Map<string, string> {
  return new Map(
    Object.entries(
      datasetTables([parse(fixture(name), {path: 'fixtures/' + name})])
    )
  )
}

/** A system error as Node throws it. */
function systemError(code: string): Error {
  return Object.assign(new Error(code + ': simulated'), {code})
}

/** Node's file system, with the `nth` call of `call` failing with `code` (or running `effect`). */
function failing(
  call: keyof FileSystem,
  nth: number,
  code: string,
  effect?: () => void
): FileSystem & {calls: () => number} {
  let count = 0
  const original = nodeFileSystem[call] as (
    ...arguments_: unknown[]
  ) => Promise<unknown>
  return {
    ...nodeFileSystem,
    [call]: async (...arguments_: unknown[]) => {
      count++
      if (count === nth) {
        if (effect) effect()
        else throw systemError(code)
      }

      return original(...arguments_)
    },
    calls: () => count
  }
}

function expectOneLine(
  result: {code: number; stderr: string},
  pattern: RegExp
) {
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
}

const before = datasetOf(seed002)
const after = datasetOf(seed002, seed001)

describe('writeFileSet with a failing file system', () => {
  it('should leave the previous dataset byte-identical when the disk fills at any write', async () => {
    const count = after.size + 1
    for (let nth = 1; nth <= count; nth++) {
      const directory = temporaryDirectory()
      await writeFileSet(directory, before, {shown: 'out', what: 'the dataset'})
      const previous = snapshot(directory)
      const fs = failing('writeFile', nth, 'ENOSPC')
      await expect(
        writeFileSet(directory, after, {shown: 'out', what: 'the dataset', fs})
      ).rejects.toThrow(
        new UsageError(
          'Cannot write the dataset to `out`: no space left on the device; `out` is as it was'
        )
      )
      expect(snapshot(directory), 'write ' + nth).toEqual(previous)
    }
  })

  it('should put every file back when a rename or an unlink of the commit fails, either way', async () => {
    // Swapped (only files of the manifest): the two renames of the folders.
    // In place (a file of the user's beside): the renames of the new files,
    // then the unlink of model.json (models.json replaces it).
    for (const [way, mine] of [
      ['swap', false],
      ['in-place', true]
    ] as const) {
      for (const call of ['rename', 'unlink'] as const) {
        let failures = 0
        for (let nth = 1; ; nth++) {
          const directory = temporaryDirectory()
          await writeFileSet(directory, before, {
            shown: 'out',
            what: 'the dataset'
          })
          if (mine) writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
          const previous = snapshot(directory)
          const fs = failing(call, nth, 'EIO')
          const write = writeFileSet(directory, after, {
            shown: 'out',
            what: 'the dataset',
            fs
          })
          const outcome: Awaited<typeof write> | Error = await write.then(
            (result) => result,
            (error: unknown) => error as Error
          )
          if (!(outcome instanceof Error)) {
            expect(outcome.way).toBe(way)
            break
          }

          failures++
          expect(outcome.message).toMatch(
            /^Cannot write the dataset to `out`: an input\/output error of the device; `out` is as it was$/
          )
          expect(snapshot(directory), way + ' ' + call + ' ' + nth).toEqual(
            previous
          )
          expect(leftovers(directory), way + ' ' + call + ' ' + nth).toEqual([])
        }

        // Every rename of the commit, and the unlink in place, was made to fail once.
        const expected =
          way === 'swap' ? {rename: 2, unlink: 0} : {rename: 9, unlink: 1}
        expect(failures, way + ' ' + call).toBeGreaterThanOrEqual(
          expected[call]
        )
      }
    }
  })

  it('should stop on an interrupt before the commit, and change nothing', async () => {
    const directory = temporaryDirectory()
    await writeFileSet(directory, before, {shown: 'out', what: 'the dataset'})
    const previous = snapshot(directory)
    const controller = new AbortController()
    const fs = failing('writeFile', 3, '', () => controller.abort())
    const write = writeFileSet(directory, after, {
      shown: 'out',
      what: 'the dataset',
      fs,
      signal: controller.signal
    })
    await expect(write).rejects.toBeInstanceOf(WriteInterrupted)
    await expect(write).rejects.toThrow(
      'Interrupted: nothing was written, `out` is as it was'
    )
    expect(snapshot(directory)).toEqual(previous)
  })

  it('should not create the directory, nor its parents, when the write fails', async () => {
    const parent = temporaryDirectory()
    const directory = path.join(parent, 'a', 'b')
    const fs = failing('writeFile', 2, 'ENOSPC')
    await expect(
      writeFileSet(directory, before, {shown: 'a/b', what: 'the dataset', fs})
    ).rejects.toThrow(
      'Cannot write the dataset to `a/b`: no space left on the device; `a/b` was not created'
    )
    expect(readdirSync(parent)).toEqual([])
  })

  it('should say permission denied, and copy where hard links are refused', async () => {
    const directory = temporaryDirectory()
    await expect(
      writeFileSet(directory, before, {
        shown: 'out',
        what: 'the dataset',
        fs: failing('mkdir', 1, 'EACCES')
      })
    ).rejects.toThrow(
      'Cannot write the dataset to `out`: permission denied; `out` is as it was'
    )
    expect(readdirSync(directory)).toEqual([])

    await writeFileSet(directory, before, {shown: 'out', what: 'the dataset'})
    const noLinks = {
      ...nodeFileSystem,
      link: async () => Promise.reject(systemError('EPERM'))
    }
    await writeFileSet(directory, after, {
      shown: 'out',
      what: 'the dataset',
      fs: noLinks
    })
    expect(readFileSync(path.join(directory, 'models.json'), 'utf8')).toBe(
      after.get('models.json')
    )
  })

  it('should let a bug through as a bug, not as a user error', async () => {
    const directory = temporaryDirectory()
    const buggy = {
      ...nodeFileSystem,
      writeFile: async () => Promise.reject(new TypeError('a bug'))
    }
    await expect(
      writeFileSet(directory, before, {
        shown: 'out',
        what: 'the dataset',
        fs: buggy
      })
    ).rejects.toThrow(TypeError)
    expect(readdirSync(directory)).toEqual([])
  })
})

/** Node's file system, whose `nth` call of `call` never returns: the process as a crash leaves it. */
function crashing(
  call: keyof FileSystem,
  nth: number
): {fs: FileSystem; hung: Promise<void>} {
  let count = 0
  let reached: () => void = () => undefined
  const hung = new Promise<void>((resolve) => {
    reached = resolve
  })
  const original = nodeFileSystem[call] as (
    ...arguments_: unknown[]
  ) => Promise<unknown>
  return {
    fs: {
      ...nodeFileSystem,
      [call]: async (...arguments_: unknown[]) => {
        count++
        if (count === nth) {
          reached()
          return new Promise(() => undefined)
        }

        return original(...arguments_)
      }
    },
    // Resolved when the write hangs: waiting on a clock instead fails on a
    // loaded machine, where the write has not got there yet.
    hung
  }
}

describe('which way a set is written, and what a crash leaves', () => {
  const write = async (
    directory: string,
    files: Map<string, string>,
    extra: Partial<Parameters<typeof writeFileSet>[2]> = {}
  ) =>
    writeFileSet(directory, files, {
      shown: 'out',
      what: 'the dataset',
      ...extra
    })

  it('should create a new directory by one rename of a sibling, and swap an owned one', async () => {
    const parent = temporaryDirectory()
    const directory = path.join(parent, 'out')
    expect((await write(directory, before)).way).toBe('create')
    expect(readdirSync(parent)).toEqual(['out'])
    const inode = statSync(directory).ino
    expect((await write(directory, after)).way).toBe('swap')
    expect(statSync(directory).ino).not.toBe(inode)
    expect(readdirSync(parent)).toEqual(['out'])
    expect(readFileSync(path.join(directory, 'models.json'), 'utf8')).toBe(
      after.get('models.json')
    )
    expect(readdirSync(directory)).not.toContain('model.json')

    // Up to date: nothing written at all.
    const unchanged = statSync(path.join(directory, 'manifest.json')).mtimeMs
    expect(await write(directory, after)).toMatchObject({
      way: 'none',
      written: [],
      removed: []
    })
    expect(statSync(path.join(directory, 'manifest.json')).mtimeMs).toBe(
      unchanged
    )
  })

  it('should write in place beside a file of the user, with --force, and in the working directory', async () => {
    const directory = temporaryDirectory()
    await write(directory, before)
    writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
    const inode = statSync(directory).ino
    expect((await write(directory, after)).way).toBe('in-place')
    expect(statSync(directory).ino).toBe(inode)
    rmSync(path.join(directory, 'notes.txt'))
    expect((await write(directory, before, {force: true})).way).toBe('in-place')
    expect(
      (await write(directory, after, {cwd: path.join(directory)})).way
    ).toBe('in-place')
    expect(
      (await write(directory, before, {cwd: path.dirname(directory)})).way
    ).toBe('swap')
    // Only what differs is written in place.
    const result = await write(directory, after, {force: true})
    expect(result.unchanged).toContain('schema.json')
    expect(result.written).not.toContain('schema.json')
  })

  it('should fall back to writing in place when the directory cannot be renamed', async () => {
    for (const code of ['EXDEV', 'EBUSY', 'EPERM']) {
      const directory = temporaryDirectory()
      await write(directory, before)
      const inode = statSync(directory).ino
      expect(
        (await write(directory, after, {fs: failing('rename', 1, code)})).way
      ).toBe('in-place')
      expect(statSync(directory).ino).toBe(inode)
      expect(readFileSync(path.join(directory, 'models.json'), 'utf8')).toBe(
        after.get('models.json')
      )
      expect(leftovers(directory)).toEqual([])
    }
  })

  it('should say so when a swap cannot be undone, and put the old set back on the next write', async () => {
    const directory = temporaryDirectory()
    await write(directory, before)
    const previous = snapshot(directory)
    let count = 0
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        count++
        if (count >= 2) throw systemError('EIO')
        return nodeFileSystem.rename(from, to)
      }
    }
    await expect(write(directory, after, {fs})).rejects.toThrow(
      /^Cannot write the dataset to `out`: an input\/output error of the device, and putting `out` back failed too: the previous files are in `\.er-locations-writes-\w+\.er-locations-old-[\da-f]{12}` \(the next write puts them back\)$/
    )
    expect(existsSync(directory)).toBe(false)
    // The next write (of the same pages: nothing to do) finds the old set and puts it back.
    expect((await write(directory, before)).way).toBe('none')
    expect(snapshot(directory)).toEqual(previous)
    expect(leftovers(directory)).toEqual([])
  })

  it('should say so when putting files back in place fails, and roll back on the next write', async () => {
    const directory = temporaryDirectory()
    await write(directory, before)
    writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
    const previous = snapshot(directory)
    let count = 0
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        count++
        // The third rename of a new file fails, and so does every undo.
        if (count >= 3) throw systemError('EIO')
        return nodeFileSystem.rename(from, to)
      }
    }
    await expect(write(directory, after, {fs})).rejects.toThrow(
      /^Cannot write the dataset to `out`: an input\/output error of the device, and putting the files back failed too: `out` may hold a mix of old and new files; the next write puts the old ones back from `out\/\.er-locations-staging-[\da-f]{12}`$/
    )
    expect(
      readdirSync(directory).filter((name) =>
        name.startsWith('.er-locations-staging-')
      )
    ).toHaveLength(1)
    // The next write of the old pages rolls back, and has nothing left to do.
    expect((await write(directory, before)).way).toBe('none')
    expect(snapshot(directory)).toEqual(previous)
  })

  it('should recover from a crash in the renames in place: --force and other pages then write', async () => {
    for (const nth of [1, 3, 9]) {
      const directory = temporaryDirectory()
      await write(directory, before)
      writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
      const previous = snapshot(directory)
      const crash = crashing('rename', nth)
      void write(directory, after, {fs: crash.fs})
      await crash.hung
      // What a kill -9 leaves: the staging folder, and after the first renames a mix.
      expect(
        readdirSync(directory).some((name) =>
          name.startsWith('.er-locations-staging-')
        ),
        'rename ' + nth
      ).toBe(true)
      if (nth > 1) expect(snapshot(directory)).not.toEqual(previous)

      // The next write, of other pages and with --force, rolls back first, then writes.
      const result = await runCli([
        'dataset',
        'fixtures/' + seed000,
        '--out',
        directory,
        '--force'
      ])
      expect(result.code, result.stderr).toBe(0)
      expect(
        readdirSync(directory).filter((name) => name.startsWith('.'))
      ).toEqual([])
      expect(existsSync(path.join(directory, 'models.json'))).toBe(false)
      expect(readFileSync(path.join(directory, 'notes.txt'), 'utf8')).toBe(
        'mine\n'
      )
      expect(
        (
          await runCli([
            'dataset',
            'fixtures/' + seed000,
            '--out',
            directory,
            '--check'
          ])
        ).code
      ).toBe(0)
    }
  })

  it('should recover from a crash between the two renames of a swap, and after them', async () => {
    for (const [call, nth] of [
      ['rename', 2],
      ['removeTree', 1]
    ] as const) {
      const parent = temporaryDirectory()
      const directory = path.join(parent, 'out')
      await write(directory, before)
      const previous = snapshot(directory)
      const crash = crashing(call, nth)
      void write(directory, after, {fs: crash.fs})
      await crash.hung
      expect(leftovers(directory).length, call).toBeGreaterThan(0)
      if (call === 'rename') expect(existsSync(directory)).toBe(false)

      // --check ignores the folders; the next write puts back or cleans up.
      expect((await write(directory, before)).way).toBe(
        call === 'rename' ? 'none' : 'swap'
      )
      expect(snapshot(directory)).toEqual(previous)
      expect(readdirSync(parent)).toEqual(['out'])
    }
  })

  it('should take its own stale folders as its own, and leave a look-alike of the user alone', async () => {
    const parent = temporaryDirectory()
    const directory = path.join(parent, 'd')
    mkdirSync(path.join(directory, '.er-locations-staging-0123456789ab'), {
      recursive: true
    })
    writeFileSync(
      path.join(directory, '.er-locations-staging-0123456789ab', 'x'),
      'x'
    )
    mkdirSync(path.join(parent, '.d.er-locations-new-0123456789ab'))
    mkdirSync(path.join(parent, '.d.er-locations-old-0123456789ab'))
    writeFileSync(
      path.join(parent, '.d.er-locations-old-0123456789ab', 'mine.txt'),
      'mine\n'
    )

    const check = await runCli([
      'dataset',
      'fixtures/' + seed002,
      '--out',
      directory,
      '--check'
    ])
    expect(check.code).toBe(1)
    expect(check.stderr).not.toContain('note:')
    expect(check.stderr).toContain(
      'Regenerate it by running the same command without `--check`'
    )

    const result = await runCli([
      'dataset',
      'fixtures/' + seed002,
      '--out',
      directory
    ])
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(readdirSync(directory)).not.toContain(
      '.er-locations-staging-0123456789ab'
    )
    // An empty sibling of ours is removed; one with a file of the user is not ours.
    expect(readdirSync(parent).sort()).toEqual([
      '.d.er-locations-old-0123456789ab',
      'd'
    ])
    // A look-alike name is a file of the user's.
    mkdirSync(path.join(directory, '.er-locations-staging-mine'))
    const noted = await runCli([
      'dataset',
      'fixtures/' + seed002,
      'fixtures/' + seed001,
      '--out',
      directory
    ])
    expect(noted.code).toBe(0)
    expect(noted.stderr).toBe(
      'er-locations: note: `' +
        path.join(directory, '.er-locations-staging-mine') +
        '` is not part of the dataset; left alone\n'
    )
    expect(existsSync(path.join(directory, '.er-locations-staging-mine'))).toBe(
      true
    )
  })
})

describe('cli writes in the way', () => {
  const commands = [
    ['dataset', 'fixtures/' + seed002],
    ['parse', 'fixtures/' + seed002, '--format', 'csv']
  ]

  it('should refuse an --out that is a file, or under a file, with exit 2 and one line', async () => {
    const directory = temporaryDirectory()
    const file = path.join(directory, 'file')
    writeFileSync(file, 'mine\n')
    for (const command of commands) {
      for (const out of [file, path.join(file, 'sub', 'dir')]) {
        const result = await runCli([...command, '--out', out])
        expectOneLine(
          result,
          /: a file is in the way \(`[^`]+\/file` is not a directory\); nothing was written$/m
        )
        expect(readFileSync(file, 'utf8')).toBe('mine\n')
      }
    }

    expect(readdirSync(directory)).toEqual(['file'])
  })

  it('should stop under /proc, with exit 2, instead of looping', async () => {
    for (const command of commands) {
      for (const out of ['/proc/x', '/proc/x/y/z']) {
        const result = await runCli([...command, '--out', out])
        expectOneLine(
          result,
          /: `\/proc` takes no new directories; `[^`]+` was not created$/m
        )
      }
    }
  })

  it('should refuse `parse --out` without `--format csv`, and keep csv out of the user’s files', async () => {
    const directory = temporaryDirectory()
    for (const argv of [
      ['parse', 'fixtures/' + seed002, '--out', directory],
      [
        'parse',
        'fixtures/' + seed002,
        '--format',
        'ndjson',
        '--out',
        directory
      ],
      ['parse', 'fixtures/' + seed002, '--force']
    ]) {
      expectOneLine(await runCli(argv), /--out|--force/)
    }

    expect(readdirSync(directory)).toEqual([])

    writeFileSync(path.join(directory, 'locations.csv'), 'mine\n')
    const csv = [
      'parse',
      'fixtures/' + seed002,
      '--format',
      'csv',
      '--out',
      directory
    ]
    expectOneLine(await runCli(csv), /holds files er-locations did not write/)
    expectOneLine(
      await runCli([...csv, '--force']),
      /locations\.csv` is in the way/
    )
    expect(readdirSync(directory)).toEqual(['locations.csv'])
    rmSync(path.join(directory, 'locations.csv'))

    // Its own tables it rewrites, with their manifest.
    for (let time = 0; time < 2; time++)
      expect(await runCli(csv)).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readdirSync(directory)).toContain('manifest.json')
  })
})

/** Run a command as root; the error message when it is not permitted. */
function tryRun(command: string, arguments_: string[]): string | undefined {
  try {
    execFileSync(command, arguments_, {stdio: 'pipe'})
    return undefined
  } catch (error) {
    return (
      (error as {stderr?: Buffer}).stderr?.toString().trim() || String(error)
    )
  }
}

const mounts: string[] = []
const probe = temporaryDirectory()
// Mounting once tells whether this sandbox lets the tests mount at all.
const mountRefused = tryRun('mount', [
  '-t',
  'tmpfs',
  '-o',
  'size=64k',
  'tmpfs',
  probe
])
if (mountRefused === undefined) mounts.push(probe)

afterAll(() => {
  for (const mount of mounts.reverse()) tryRun('umount', [mount])
})

/** A tmpfs of `bytes` (rounded up to pages), mounted on a new directory. */
function smallDisk(bytes: number): string {
  const directory = temporaryDirectory()
  const refused = tryRun('mount', [
    '-t',
    'tmpfs',
    '-o',
    'size=' + Math.ceil(bytes / 4096) * 4 + 'k',
    'tmpfs',
    directory
  ])
  if (refused !== undefined) throw new Error(refused)
  mounts.push(directory)
  return directory
}

/** Pages a set of files takes on a tmpfs. */
function pages(files: ReadonlyMap<string, string>): number {
  let total = 0
  for (const text of files.values())
    total += Math.ceil(Buffer.byteLength(text) / 4096) * 4096
  // The manifest: under a page.
  return total + 4096
}

describe.skipIf(mountRefused !== undefined)(
  'real file systems' +
    (mountRefused === undefined
      ? ''
      : ' (skipped: mount is not permitted here: ' + mountRefused + ')'),
  () => {
    it('should leave the previous dataset byte-identical on a full disk, with exit 2 and one line', async () => {
      const bigger = datasetOf(seed002, seed001, seed000)
      // Room for the old dataset and half the new one: the staging runs out.
      const disk = smallDisk(pages(before) + pages(bigger) / 2)
      const out = path.join(disk, 'dataset')
      expect(
        (await runCli(['dataset', 'fixtures/' + seed002, '--out', out])).code
      ).toBe(0)
      const previous = snapshot(disk)

      const result = await runCli([
        'dataset',
        'fixtures/' + seed002,
        'fixtures/' + seed001,
        'fixtures/' + seed000,
        '--out',
        out
      ])
      expectOneLine(
        result,
        /^er-locations: Cannot write the dataset to `[^`]+`: no space left on the device; `[^`]+` is as it was\n$/
      )
      expect(snapshot(disk)).toEqual(previous)

      // On a full disk that is the target itself (a mount point), the same.
      const root = smallDisk(pages(before) + pages(bigger) / 2)
      expect(
        (await runCli(['dataset', 'fixtures/' + seed002, '--out', root])).code
      ).toBe(0)
      const rootBefore = snapshot(root)
      expectOneLine(
        await runCli([
          'dataset',
          'fixtures/' + seed002,
          'fixtures/' + seed001,
          'fixtures/' + seed000,
          '--out',
          root
        ]),
        /no space left on the device/
      )
      expect(snapshot(root)).toEqual(rootBefore)
    })

    it('should leave the previous CSV tables byte-identical on a full disk', async () => {
      const disk = smallDisk(
        pages(tablesOf(seed002)) + pages(tablesOf(seed001)) / 2
      )
      const out = path.join(disk, 'csv')
      expect(
        (
          await runCli([
            'parse',
            'fixtures/' + seed002,
            '--format',
            'csv',
            '--out',
            out
          ])
        ).code
      ).toBe(0)
      const previous = snapshot(disk)
      expectOneLine(
        await runCli([
          'parse',
          'fixtures/' + seed001,
          '--format',
          'csv',
          '--out',
          out
        ]),
        /^er-locations: Cannot write the CSV tables to `[^`]+`: no space left on the device; `[^`]+` is as it was\n$/
      )
      expect(snapshot(disk)).toEqual(previous)

      // Not even the directory of a first write is left behind.
      expectOneLine(
        await runCli([
          'parse',
          'fixtures/' + seed001,
          '--format',
          'csv',
          '--out',
          path.join(disk, 'new', 'csv')
        ]),
        /no space left/
      )
      expect(existsSync(path.join(disk, 'new'))).toBe(false)
    })

    it('should say read-only file system, and change nothing', async () => {
      const directory = temporaryDirectory()
      expect(
        (await runCli(['dataset', 'fixtures/' + seed002, '--out', directory]))
          .code
      ).toBe(0)
      const previous = snapshot(directory)
      const refused =
        tryRun('mount', ['--bind', directory, directory]) ??
        tryRun('mount', ['-o', 'remount,ro,bind', directory])
      if (refused === undefined) mounts.push(directory)
      expect(refused).toBeUndefined()
      expectOneLine(
        await runCli([
          'dataset',
          'fixtures/' + seed002,
          'fixtures/' + seed001,
          '--out',
          directory,
          '--force'
        ]),
        /: read-only file system; `[^`]+` is as it was$/m
      )
      // Up to date: nothing to write, so read-only is no failure.
      expect(
        await runCli(['dataset', 'fixtures/' + seed002, '--out', directory])
      ).toEqual({
        code: 0,
        stdout:
          directory + ' is up to date (14 files of 1 page): nothing written\n',
        stderr: ''
      })
      // --check does not advise a write that would fail there.
      const check = await runCli([
        'dataset',
        'fixtures/' + seed001,
        '--out',
        directory,
        '--check'
      ])
      expect(check.code).toBe(1)
      expect(check.stderr).toContain(
        'It cannot be written there (`' +
          directory +
          '`: read-only file system): choose another directory.\n'
      )
      expect(snapshot(directory)).toEqual(previous)

      const tables = temporaryDirectory()
      expect(
        (
          await runCli([
            'parse',
            'fixtures/' + seed002,
            '--format',
            'csv',
            '--out',
            tables
          ])
        ).code
      ).toBe(0)
      const tablesBefore = snapshot(tables)
      const bound =
        tryRun('mount', ['--bind', tables, tables]) ??
        tryRun('mount', ['-o', 'remount,ro,bind', tables])
      if (bound === undefined) mounts.push(tables)
      expect(bound).toBeUndefined()
      expectOneLine(
        await runCli([
          'parse',
          'fixtures/' + seed001,
          '--format',
          'csv',
          '--out',
          tables,
          '--force'
        ]),
        /: read-only file system; `[^`]+` is as it was$/m
      )
      expect(
        await runCli([
          'parse',
          'fixtures/' + seed002,
          '--format',
          'csv',
          '--out',
          tables
        ])
      ).toEqual({code: 0, stdout: '', stderr: ''})
      expect(snapshot(tables)).toEqual(tablesBefore)
    })
  }
)

const chattrRefused = (() => {
  const directory = temporaryDirectory()
  const refused = tryRun('chattr', ['+i', directory])
  tryRun('chattr', ['-i', directory])
  return refused
})()

describe.skipIf(chattrRefused !== undefined)(
  'an immutable directory' +
    (chattrRefused === undefined
      ? ''
      : ' (skipped: chattr +i is not permitted here: ' + chattrRefused + ')'),
  () => {
    it('should say permission denied, even to root, and change nothing', async () => {
      const directory = temporaryDirectory()
      expect(
        (await runCli(['dataset', 'fixtures/' + seed002, '--out', directory]))
          .code
      ).toBe(0)
      const previous = snapshot(directory)
      const modified = statSync(directory).mtimeMs
      expect(tryRun('chattr', ['+i', directory])).toBeUndefined()
      try {
        expectOneLine(
          await runCli([
            'dataset',
            'fixtures/' + seed002,
            'fixtures/' + seed001,
            '--out',
            directory
          ]),
          /^er-locations: Cannot write the dataset to `[^`]+`: permission denied; `[^`]+` is as it was\n$/
        )
        // A new directory under it: not created.
        expectOneLine(
          await runCli([
            'dataset',
            'fixtures/' + seed002,
            '--out',
            path.join(directory, 'sub')
          ]),
          /permission denied; `[^`]+` was not created/
        )
      } finally {
        tryRun('chattr', ['-i', directory])
      }

      expect(snapshot(directory)).toEqual(previous)
      expect(statSync(directory).mtimeMs).toBe(modified)
    })
  }
)
