import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LocationsDocument} from '../../src/model.js'
import {runCli} from '../cli/run.js'
import {root, seed000, seed001, seed002} from '../helpers.js'

/** A few pages of every form: enough for the command, quick to parse. */
const inputs = [
  'fixtures/' + seed001,
  'fixtures/corpus/2016-10-21_locations_en_a91d836a.md',
  'fixtures/' + seed000,
  'fixtures/' + seed002,
  'fixtures/corpus/2016-10-21_locations-providers_en_02a1877f.md'
]

const tables = [
  'datacenter-providers.csv',
  'diagnostics.csv',
  'documents.csv',
  'exchanges.csv',
  'locations.csv',
  'offerings.csv',
  'providers.csv',
  'regions.csv',
  'research-networks.csv',
  'satellite-operators.csv',
  'system-integrators.csv'
]

function temporaryDirectory(): string {
  return mkdtempSync(path.join(tmpdir(), 'er-locations-dataset-'))
}

/** Every file of a directory with its bytes, by name. */
function contents(directory: string): Map<string, Buffer> {
  return new Map(
    readdirSync(directory)
      .sort()
      .map((name) => [name, readFileSync(path.join(directory, name))])
  )
}

async function writeDataset(
  files: string[],
  directory: string,
  ...options: string[]
) {
  const result = await runCli([
    'dataset',
    ...files,
    '--out',
    directory,
    ...options
  ])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return result
}

describe('cli dataset', () => {
  it('should write the same bytes for the same pages, in any order, in any directory', async () => {
    const first = temporaryDirectory()
    const second = temporaryDirectory()
    await writeDataset(inputs, first)
    await writeDataset([...inputs].reverse(), second)

    const one = contents(first)
    const two = contents(second)
    expect([...one.keys()]).toEqual(
      ['manifest.json', 'models.json', 'schema.json', ...tables].sort()
    )
    expect([...two.keys()]).toEqual([...one.keys()])
    for (const [name, bytes] of one)
      expect(bytes.equals(two.get(name) as Buffer), name).toBe(true)

    // Writing again over the first leaves every byte as it was.
    await writeDataset(inputs, first)
    for (const [name, bytes] of contents(first))
      expect(bytes.equals(one.get(name) as Buffer), name).toBe(true)
  })

  it('should write LF text without timestamps or absolute paths', async () => {
    const directory = temporaryDirectory()
    await writeDataset(
      [path.join(root, 'fixtures', seed002), 'fixtures/' + seed001],
      directory
    )
    for (const [name, bytes] of contents(directory)) {
      const text = bytes.toString('utf8')
      expect(text.endsWith('\n'), name).toBe(true)
      expect(text.includes('\r\n'), name).toBe(false)
      expect(text.includes(root), name).toBe(false)
      expect(text.includes(directory), name).toBe(false)
    }

    const models = JSON.parse(
      readFileSync(path.join(directory, 'models.json'), 'utf8')
    ) as LocationsDocument[]
    expect(models.map((model) => model.source.path)).toEqual([
      'fixtures/' + seed002,
      'fixtures/' + seed001
    ])
  })

  it('should write model.json for one page and models.json, oldest first, for several', async () => {
    const directory = temporaryDirectory()
    await writeDataset(['fixtures/' + seed001], directory)
    const model = JSON.parse(
      readFileSync(path.join(directory, 'model.json'), 'utf8')
    ) as LocationsDocument
    expect(model.source.path).toBe('fixtures/' + seed001)
    expect(existsSync(path.join(directory, 'models.json'))).toBe(false)

    // Several pages over a dataset of one: `model.json` goes.
    await writeDataset(inputs, directory)
    expect(existsSync(path.join(directory, 'model.json'))).toBe(false)
    const models = JSON.parse(
      readFileSync(path.join(directory, 'models.json'), 'utf8')
    ) as LocationsDocument[]
    expect(models.map((model) => [model.meta.date, model.source.path])).toEqual(
      [
        ['2015-03-31', 'fixtures/' + seed002],
        ['2015-12-02', 'fixtures/' + seed000],
        [
          '2016-10-21',
          'fixtures/corpus/2016-10-21_locations-providers_en_02a1877f.md'
        ],
        ['2016-10-21', 'fixtures/corpus/2016-10-21_locations_en_a91d836a.md'],
        ['2020-01-17', 'fixtures/' + seed001]
      ]
    )
  })

  it('should keep a page without a date, last', async () => {
    const directory = temporaryDirectory()
    await runCli(
      ['dataset', '-', 'fixtures/' + seed002, '--out', directory],
      '| Location | Providers |\n|---|---|\n| Amsterdam | Equinix |\n'
    )
    const models = JSON.parse(
      readFileSync(path.join(directory, 'models.json'), 'utf8')
    ) as LocationsDocument[]
    expect(models.map((model) => [model.meta.date, model.source.path])).toEqual(
      [
        ['2015-03-31', 'fixtures/' + seed002],
        [null, '<stdin>']
      ]
    )
    expect(
      readFileSync(path.join(directory, 'documents.csv'), 'utf8').split('\n')[2]
    ).toMatch(/^,published,<stdin>,/)
  })

  it('should read the upstream view with --view upstream', async () => {
    const directory = temporaryDirectory()
    await writeDataset(['fixtures/' + seed000], directory, '--view', 'upstream')
    const model = JSON.parse(
      readFileSync(path.join(directory, 'model.json'), 'utf8')
    ) as LocationsDocument
    expect(model.view).toBe('upstream')
    expect(model.source.customized).toBe(true)
  })

  it('should pass --check on fresh output and write nothing', async () => {
    const directory = temporaryDirectory()
    await writeDataset(inputs, directory)
    const before = contents(directory)
    const result = await writeDataset(inputs, directory, '--check')
    expect(result.stdout).toBe(directory + ' is up to date (14 files)\n')
    expect(contents(directory)).toEqual(before)
  })

  it('should fail --check naming a changed file', async () => {
    const directory = temporaryDirectory()
    await writeDataset(inputs, directory)
    appendFileSync(path.join(directory, 'offerings.csv'), 'x\n')
    const result = await runCli([
      'dataset',
      ...inputs,
      '--out',
      directory,
      '--check'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'changed ' + path.join(directory, 'offerings.csv') + '\n'
    )
    expect(result.stderr).toContain('1 file differs')
  })

  it('should fail --check naming a missing file', async () => {
    const directory = temporaryDirectory()
    await writeDataset(inputs, directory)
    rmSync(path.join(directory, 'schema.json'))
    const result = await runCli([
      'dataset',
      ...inputs,
      '--out',
      directory,
      '--check'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'missing ' + path.join(directory, 'schema.json') + '\n'
    )
  })

  it('should fail --check naming a file of the old manifest as extra, and not a file of the user', async () => {
    const directory = temporaryDirectory()
    await writeDataset(['fixtures/' + seed001], directory)
    writeFileSync(path.join(directory, 'stray.csv'), 'a\n')

    // The user's file is no difference: the write leaves it alone.
    const fresh = await runCli([
      'dataset',
      'fixtures/' + seed001,
      '--out',
      directory,
      '--check'
    ])
    expect(fresh.code).toBe(0)
    expect(fresh.stderr).toBe(
      'er-locations: note: `' +
        path.join(directory, 'stray.csv') +
        '` is not part of the dataset; left alone\n'
    )

    const result = await runCli([
      'dataset',
      ...inputs,
      '--out',
      directory,
      '--check'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'extra   ' + path.join(directory, 'model.json') + '\n'
    )
    expect(result.stderr).toContain(
      'missing ' + path.join(directory, 'models.json') + '\n'
    )
    expect(result.stderr).toContain(
      'changed ' + path.join(directory, 'manifest.json') + '\n'
    )
    expect(result.stderr).not.toContain(
      'extra   ' + path.join(directory, 'stray.csv')
    )
    expect(result.stderr).toContain(
      'Regenerate it by running the same command without `--check` (`npm start` for the bundled fixtures).\n'
    )
    expect(existsSync(path.join(directory, 'stray.csv'))).toBe(true)
  })

  it('should fail --check when the pages changed (a dataset of other pages)', async () => {
    const directory = temporaryDirectory()
    await writeDataset(inputs, directory)
    const result = await runCli([
      'dataset',
      ...inputs.slice(1),
      '--out',
      directory,
      '--check'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'changed ' + path.join(directory, 'models.json')
    )
  })

  it('should fail --check on a directory that does not exist, listing every file as missing', async () => {
    const directory = path.join(temporaryDirectory(), 'nothing')
    const result = await runCli([
      'dataset',
      'fixtures/' + seed002,
      '--out',
      directory,
      '--check'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr.match(/ {2}missing /g)?.length).toBe(14)
    expect(existsSync(directory)).toBe(false)
  })

  it('should leave a file the manifest does not list alone when writing, and say so', async () => {
    const directory = temporaryDirectory()
    await writeDataset(['fixtures/' + seed002], directory)
    writeFileSync(path.join(directory, 'notes.txt'), 'mine\n')
    const result = await runCli(['dataset', ...inputs, '--out', directory])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'er-locations: note: `' +
        path.join(directory, 'notes.txt') +
        '` is not part of the dataset; left alone\n'
    )
    expect(readFileSync(path.join(directory, 'notes.txt'), 'utf8')).toBe(
      'mine\n'
    )
  })

  it('should refuse bad usage with exit 2 and one line', async () => {
    const cases = [
      ['dataset', 'fixtures/' + seed002],
      ['dataset', '--out', temporaryDirectory()],
      [
        'dataset',
        'fixtures/' + seed002,
        'fixtures/' + seed002,
        '--out',
        temporaryDirectory()
      ],
      [
        'dataset',
        'fixtures/' + seed002,
        '--out',
        temporaryDirectory(),
        '--view',
        'both'
      ],
      ['dataset', 'fixtures/no-such-page.md', '--out', temporaryDirectory()],
      [
        'dataset',
        'fixtures/' + seed002,
        '--out',
        temporaryDirectory(),
        '--format',
        'csv'
      ]
    ]
    for (const argv of cases) {
      const result = await runCli(argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr.split('\n').length, argv.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^er-locations: /)
    }
  })

  it('should refuse a --out that is a file, with exit 2', async () => {
    const file = path.join(temporaryDirectory(), 'file')
    writeFileSync(file, '')
    for (const options of [[], ['--check']]) {
      const result = await runCli([
        'dataset',
        'fixtures/' + seed002,
        '--out',
        file,
        ...options
      ])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^er-locations: Cannot (write|read) /)
    }
  })

  it('should document itself in --help', async () => {
    const result = await runCli(['dataset', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'Usage: er-locations dataset <file...> --out <dir>'
    )
    expect(result.stdout).toContain('--check')
  })
})
