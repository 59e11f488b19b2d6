/**
 * `dataset --out` writes only into a directory it owns: missing, empty, or
 * holding its `manifest.json`; it never replaces or removes a file that the
 * manifest does not list, not even with `--force`.
 */

import {createHash} from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../cli/run.js'
import {seed000, seed001, seed002} from '../helpers.js'

const one = ['fixtures/' + seed002]
const several = ['fixtures/' + seed002, 'fixtures/' + seed001]

function temporaryDirectory(): string {
  return mkdtempSync(path.join(tmpdir(), 'er-locations-manifest-'))
}

/** Every entry of a directory with its bytes (a directory: `<dir>`), by name. */
function contents(directory: string): Map<string, string> {
  return new Map(
    readdirSync(directory, {withFileTypes: true})
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((entry) => [
        entry.name,
        entry.isFile()
          ? readFileSync(path.join(directory, entry.name), 'latin1')
          : '<dir>'
      ])
  )
}

async function dataset(
  files: string[],
  directory: string,
  ...options: string[]
) {
  return runCli(['dataset', ...files, '--out', directory, ...options])
}

function expectOneLine(
  result: {code: number; stderr: string; stdout: string},
  pattern: RegExp
) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
}

describe('dataset manifest', () => {
  it('should write a byte-stable manifest of every file it wrote, with its SHA-256', async () => {
    const directory = temporaryDirectory()
    const result = await dataset(several, directory)
    expect(result.code).toBe(0)
    const text = readFileSync(path.join(directory, 'manifest.json'), 'utf8')
    const manifest = JSON.parse(text) as {
      generator: string
      manifestVersion: number
      set: string
      files: Record<string, string>
    }
    expect(Object.keys(manifest)).toEqual([
      'generator',
      'manifestVersion',
      'set',
      'files'
    ])
    expect(manifest.generator).toBe('er-locations')
    expect(manifest.manifestVersion).toBe(1)
    expect(manifest.set).toBe('dataset')
    const names = readdirSync(directory)
      .filter((name) => name !== 'manifest.json')
      .sort()
    expect(Object.keys(manifest.files)).toEqual(names)
    for (const name of names) {
      const hash = createHash('sha256')
        .update(readFileSync(path.join(directory, name)))
        .digest('hex')
      expect(manifest.files[name], name).toBe(hash)
    }

    expect(text).toBe(JSON.stringify(manifest, null, 2) + '\n')

    // Elsewhere, later: the same bytes.
    const other = temporaryDirectory()
    await dataset([...several].reverse(), other)
    expect(readFileSync(path.join(other, 'manifest.json'), 'utf8')).toBe(text)
  })

  it('should refuse a directory of the user’s files, naming the first, and change nothing', async () => {
    const directory = temporaryDirectory()
    writeFileSync(path.join(directory, 'schema.json'), '{"mine": true}\n')
    writeFileSync(path.join(directory, 'models.json'), '[]\n')
    writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
    const before = contents(directory)

    const refused = await dataset(one, directory)
    expectOneLine(
      refused,
      /it holds files er-locations did not write \(it has no manifest\.json\), the first `[^`]+\/models\.json`/
    )
    // `--force` would not write over schema.json: the advice does not say it would.
    expect(refused.stderr).toContain(
      'move `' +
        path.join(directory, 'schema.json') +
        '` out of the way and add --force'
    )
    expect(contents(directory)).toEqual(before)

    // Even with --force, the user's schema.json is never overwritten.
    const forced = await dataset(one, directory, '--force')
    expectOneLine(
      forced,
      /`[^`]+\/schema\.json` is in the way \(er-locations did not write it\)/
    )
    expect(contents(directory)).toEqual(before)

    // Several pages: models.json is in the way too, the first one named.
    expectOneLine(
      await dataset(several, directory, '--force'),
      /\/models\.json` is in the way/
    )
    expect(contents(directory)).toEqual(before)
  })

  it('should write beside the user’s files with --force, leaving them byte-identical', async () => {
    const directory = temporaryDirectory()
    writeFileSync(path.join(directory, 'models.json'), '[]\n')
    writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
    mkdirSync(path.join(directory, 'drafts'))

    const plain = await dataset(one, directory)
    expectOneLine(
      plain,
      /the first `[^`]+\/drafts`; choose an empty or new directory, or add --force to write beside them \(they are left alone\)$/m
    )

    const result = await dataset(one, directory, '--force')
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n').filter(Boolean)).toEqual(
      ['drafts', 'models.json', 'notes.txt'].map(
        (name) =>
          'er-locations: note: `' +
          path.join(directory, name) +
          '` is not part of the dataset; left alone'
      )
    )
    expect(readFileSync(path.join(directory, 'models.json'), 'utf8')).toBe(
      '[]\n'
    )
    expect(readFileSync(path.join(directory, 'notes.txt'), 'utf8')).toBe(
      'mine\n'
    )
    const manifest = JSON.parse(
      readFileSync(path.join(directory, 'manifest.json'), 'utf8')
    ) as {files: Record<string, string>}
    expect(Object.keys(manifest.files)).toContain('model.json')
    expect(Object.keys(manifest.files)).not.toContain('models.json')

    // Now the directory has a manifest: no --force needed, the user's files still left alone.
    const again = await dataset(one, directory)
    expect(again.code).toBe(0)
    expect(readFileSync(path.join(directory, 'models.json'), 'utf8')).toBe(
      '[]\n'
    )
    const check = await dataset(one, directory, '--check')
    expect(check.code).toBe(0)
    expect(check.stdout).toBe(directory + ' is up to date (14 files)\n')
  })

  it('should remove the stale model.json for models.json, as the manifest lists it', async () => {
    const directory = temporaryDirectory()
    await dataset(one, directory)
    const result = await dataset(several, directory)
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(existsSync(path.join(directory, 'model.json'))).toBe(false)
    const manifest = JSON.parse(
      readFileSync(path.join(directory, 'manifest.json'), 'utf8')
    ) as {files: Record<string, string>}
    expect(Object.keys(manifest.files)).toContain('models.json')
    expect(Object.keys(manifest.files)).not.toContain('model.json')
    expect((await dataset(several, directory, '--check')).code).toBe(0)
  })

  it('should refuse to overwrite a file of the manifest that was edited, unless --force', async () => {
    const directory = temporaryDirectory()
    await dataset(one, directory)
    const written = readFileSync(path.join(directory, 'offerings.csv'), 'utf8')
    appendFileSync(path.join(directory, 'offerings.csv'), 'my row\n')
    const before = contents(directory)

    expectOneLine(
      await dataset(one, directory),
      /`[^`]+\/offerings\.csv` changed since er-locations wrote it; add --force to overwrite it$/m
    )
    expect(contents(directory)).toEqual(before)

    // --check says what the write will accept.
    const check = await dataset(one, directory, '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain(
      '  changed ' + path.join(directory, 'offerings.csv') + '\n'
    )
    expect(check.stderr).toContain(
      'Regenerate it: run the same command without `--check` and with --force ('
    )

    expect((await dataset(one, directory, '--force')).code).toBe(0)
    expect(readFileSync(path.join(directory, 'offerings.csv'), 'utf8')).toBe(
      written
    )
  })

  it('should refuse to remove an edited stale file, unless --force', async () => {
    const directory = temporaryDirectory()
    await dataset(one, directory)
    appendFileSync(path.join(directory, 'model.json'), ' ')
    expectOneLine(
      await dataset(several, directory),
      /\/model\.json` changed since er-locations wrote it; add --force to remove it$/m
    )
    expect(existsSync(path.join(directory, 'models.json'))).toBe(false)
    expect((await dataset(several, directory, '--force')).code).toBe(0)
    expect(existsSync(path.join(directory, 'model.json'))).toBe(false)
  })

  it('should adopt a dataset written before manifests with --force, and say so in --check', async () => {
    const directory = temporaryDirectory()
    await dataset(one, directory)
    rmSync(path.join(directory, 'manifest.json'))
    const before = contents(directory)

    const check = await dataset(one, directory, '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain(
      '  missing ' + path.join(directory, 'manifest.json') + '\n'
    )
    expect(check.stderr).toContain(
      'and with --force (`' +
        directory +
        '` has no manifest.json: er-locations did not write it).\n'
    )

    expectOneLine(await dataset(one, directory), /has no manifest\.json/)
    expect(contents(directory)).toEqual(before)

    // Every file has the bytes it would be written with: nothing is lost.
    expect(await dataset(one, directory, '--force')).toMatchObject({
      code: 0,
      stderr: ''
    })
    expect((await dataset(one, directory, '--check')).code).toBe(0)
  })

  it('should advise moving a file in the way, not a write that would refuse', async () => {
    const directory = temporaryDirectory()
    writeFileSync(path.join(directory, 'schema.json'), 'mine\n')
    const check = await dataset(one, directory, '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain(
      '`' +
        path.join(directory, 'schema.json') +
        '` is in the way (er-locations did not write it): move it away, then run the same command without `--check` and with --force.\n'
    )
    expect(check.stderr).not.toContain('npm start')
  })

  it('should treat a manifest.json of another tool, or a directory where a file goes, as in the way', async () => {
    const directory = temporaryDirectory()
    writeFileSync(path.join(directory, 'manifest.json'), '{"name": "my app"}\n')
    expectOneLine(
      await dataset(one, directory, '--force'),
      /\/manifest\.json` is in the way/
    )
    expect(readFileSync(path.join(directory, 'manifest.json'), 'utf8')).toBe(
      '{"name": "my app"}\n'
    )

    const owned = temporaryDirectory()
    await dataset(one, owned)
    rmSync(path.join(owned, 'regions.csv'))
    mkdirSync(path.join(owned, 'regions.csv'))
    writeFileSync(path.join(owned, 'regions.csv', 'keep.txt'), 'mine\n')
    const before = contents(owned)
    expectOneLine(
      await dataset(one, owned, '--force'),
      /\/regions\.csv` is in the way/
    )
    expect(contents(owned)).toEqual(before)
    expect(
      readFileSync(path.join(owned, 'regions.csv', 'keep.txt'), 'utf8')
    ).toBe('mine\n')
  })

  it('should take a directory as the same whatever its page set, once it has a manifest', async () => {
    const directory = temporaryDirectory()
    for (const pages of [one, several, ['fixtures/' + seed000], one]) {
      const result = await dataset(pages, directory)
      expect(result).toMatchObject({code: 0, stderr: ''})
      expect((await dataset(pages, directory, '--check')).code).toBe(0)
    }

    expect(readdirSync(directory).sort()).not.toContain('models.json')
  })

  it('should refuse to write CSV tables into a dataset, and a dataset into CSV tables, even with --force', async () => {
    const directory = temporaryDirectory()
    await dataset(one, directory)
    const before = contents(directory)
    for (const options of [[], ['--force']]) {
      expectOneLine(
        await runCli([
          'parse',
          'fixtures/' + seed001,
          '--format',
          'csv',
          '--out',
          directory,
          ...options
        ]),
        /^er-locations: Refusing to write to `[^`]+`: it holds a dataset \(of `er-locations dataset`\), not the CSV tables of one page \(of `er-locations parse --format csv`\), and would lose its files; choose another directory\n$/
      )
    }

    expect(contents(directory)).toEqual(before)

    // A manifest written before `set` existed is a dataset's.
    const manifest = JSON.parse(
      readFileSync(path.join(directory, 'manifest.json'), 'utf8')
    ) as Record<string, unknown>
    delete manifest['set']
    writeFileSync(
      path.join(directory, 'manifest.json'),
      JSON.stringify(manifest, null, 2) + '\n'
    )
    expectOneLine(
      await runCli([
        'parse',
        'fixtures/' + seed001,
        '--format',
        'csv',
        '--out',
        directory
      ]),
      /it holds a dataset/
    )
    expect((await dataset(one, directory)).code).toBe(0)
    expect(
      JSON.parse(readFileSync(path.join(directory, 'manifest.json'), 'utf8'))
    ).toMatchObject({set: 'dataset'})

    const tables = temporaryDirectory()
    expect(
      (
        await runCli([
          'parse',
          'fixtures/' + seed001,
          '--format',
          'csv',
          '--out',
          tables
        ])
      ).code
    ).toBe(0)
    expect(
      JSON.parse(readFileSync(path.join(tables, 'manifest.json'), 'utf8'))
    ).toMatchObject({set: 'tables'})
    const tablesBefore = contents(tables)
    expectOneLine(
      await dataset(one, tables, '--force'),
      /it holds the CSV tables of one page \(of `er-locations parse --format csv`\), not a dataset/
    )
    const check = await dataset(one, tables, '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toMatch(
      /it holds the CSV tables of one page [^\n]+: choose another directory\.\n$/
    )
    expect(contents(tables)).toEqual(tablesBefore)
  })

  it('should name every file in the way in the advice of --check', async () => {
    const directory = temporaryDirectory()
    writeFileSync(path.join(directory, 'schema.json'), 'mine\n')
    writeFileSync(path.join(directory, 'models.json'), 'mine\n')
    const check = await dataset(several, directory, '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain(
      '`' +
        path.join(directory, 'models.json') +
        '` and `' +
        path.join(directory, 'schema.json') +
        '` are in the way (er-locations did not write them): move them away, then run the same command without `--check` and with --force.\n'
    )
  })

  it('should say a file it wrote is a symbolic link now', async () => {
    const directory = temporaryDirectory()
    await dataset(one, directory)
    rmSync(path.join(directory, 'regions.csv'))
    symlinkSync('/etc/hostname', path.join(directory, 'regions.csv'))
    expectOneLine(
      await dataset(one, directory, '--force'),
      /`[^`]+\/regions\.csv` is in the way \(a symbolic link now, not the file er-locations wrote\); move it away or choose another directory$/m
    )
  })

  it('should not advise a write that would fail: a directory that cannot be created, /proc', async () => {
    const check = await dataset(one, '/proc/x', '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain('  missing /proc/x/manifest.json\n')
    expect(check.stderr).toMatch(
      /\nIt cannot be written there \(`\/proc` takes no new directories\): choose another directory\.\n$/
    )
    expect((await dataset(one, '/proc/x')).code).toBe(2)

    // Entries that vanish between the listing and their lstat are no failure.
    const fd = await dataset(one, '/proc/self/fd', '--check')
    expect(fd.stderr).not.toContain('Cannot read')
    expect(fd.code).toBe(1)
    expect(fd.stderr).toMatch(
      /It cannot be written there \(`\/proc\/self\/fd` takes no new files\): choose another directory\.\n$/
    )
  })
})
