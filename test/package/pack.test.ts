/**
 * The package as a user gets it: packed from a clean copy of the repository
 * (no `dist/`, so `prepack` must build it), installed into a fresh project,
 * imported, typechecked and run. publint and arethetypeswrong check the
 * tarball.
 *
 * Note: the installs read the dependencies from npm's cache (the
 * repository's `npm ci` filled it) or, failing that, the registry; nothing
 * here touches the repository's own `dist/` or `node_modules/`. Untracked
 * files are not in the clone: commit (or `git add`) a new file to pack it.
 */

import {execFile} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../../src/parse.js'
import {root} from '../helpers.js'
import {runCli} from '../cli/run.js'

const exec = promisify(execFile)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const minutes = 60_000

let work = ''
let clone = ''
let consumer = ''
let tarball = ''

/** Run a command; on failure, its output is the error, so a red test says why. */
async function sh(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<{stdout: string; stderr: string}> {
  try {
    return await exec(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        ...env,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false'
      }
    })
  } catch (error) {
    const {stdout = '', stderr = ''} = error as {
      stdout?: string
      stderr?: string
    }
    throw new Error(
      file +
        ' ' +
        args.join(' ') +
        ' failed in ' +
        cwd +
        ':\n' +
        stdout +
        stderr,
      {cause: error}
    )
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'er-locations-pack-'))
  clone = path.join(work, 'clone')
  consumer = path.join(work, 'consumer')

  // A clean clone, with what git tracks as it is in the work tree (`git
  // stash create` makes a commit of it and touches nothing; on a clean
  // checkout, as in CI, it is HEAD itself), installed afresh.
  const snapshot =
    (await sh('git', ['stash', 'create'], root)).stdout.trim() || 'HEAD'
  await sh('git', ['clone', '--quiet', '--no-checkout', root, clone], work)
  await sh(
    'git',
    [
      '-c',
      'advice.detachedHead=false',
      'checkout',
      '--quiet',
      (await sh('git', ['rev-parse', snapshot], root)).stdout.trim()
    ],
    clone
  )
  await sh(npm, ['ci', '--prefer-offline', '--ignore-scripts'], clone)

  const packed = await sh(
    npm,
    ['pack', '--json', '--pack-destination', work],
    clone
  )
  const [info] = JSON.parse(packed.stdout) as Array<{filename: string}>
  tarball = path.join(work, info!.filename)

  await mkdir(consumer)
  await writeFile(
    path.join(consumer, 'package.json'),
    JSON.stringify({name: 'consumer', private: true, type: 'module'}) + '\n'
  )
  await sh(
    npm,
    ['install', '--prefer-offline', '--no-package-lock', tarball],
    consumer
  )
}, 5 * minutes)

/** The 2020+ seed: the largest, every kind of table. */
function seedName(): string {
  const [name] = readdirSync(path.join(root, 'fixtures', 'seeds')).filter(
    (name) => name.startsWith('001_')
  )
  if (!name) throw new Error('seed 001 is missing from fixtures/seeds')
  return name
}

afterAll(async () => {
  if (work) await rm(work, {recursive: true, force: true})
})

describe('npm pack', () => {
  it('should ship the built code, its types, the sources its maps point at, and the licence', async () => {
    const {stdout} = await sh('tar', ['-tzf', tarball], work)
    const files = new Set(stdout.split('\n').filter(Boolean))
    for (const name of [
      'package/package.json',
      'package/LICENSE',
      'package/README.md',
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/dist/cli/bin.js',
      'package/src/index.ts'
    ]) {
      expect(files, name).toContain(name)
    }

    // Every source map and declaration map names files that are in the package.
    const maps = [...files].filter((name) => name.endsWith('.map'))
    expect(maps.length).toBeGreaterThan(0)
    const installed = path.join(consumer, 'node_modules', 'er-locations')
    for (const name of maps) {
      const file = path.join(installed, name.slice('package/'.length))
      const map = JSON.parse(await readFile(file, 'utf8')) as {
        sources: string[]
      }
      for (const source of map.sources) {
        const shipped = path.relative(
          path.join(work, 'x'),
          path.join(work, 'x', path.dirname(name), source)
        )
        expect(files, name + ' → ' + source).toContain(
          shipped.split(path.sep).join('/')
        )
      }
    }

    // Nothing of the repository's own machinery.
    for (const name of files) {
      expect(name).toMatch(
        /^package\/(package\.json|LICENSE|README\.md|dist\/|src\/)/
      )
    }
  })

  it('should import from ESM and read a page as the sources do', async () => {
    const page = path.join(root, 'fixtures', 'seeds', seedName())
    const script = [
      "import {readFileSync} from 'node:fs'",
      "import {parse, diff, renderChangelog, views, createBlockCache} from 'er-locations'",
      'const model = parse(readFileSync(' +
        JSON.stringify(page) +
        ", 'utf8'), {path: 'page.md'})",
      'console.log(JSON.stringify({model, diff: diff(model, model).length, types: [typeof renderChangelog, typeof views, typeof createBlockCache]}))'
    ].join('\n')
    await writeFile(path.join(consumer, 'use.mjs'), script + '\n')
    const {stdout} = await sh(process.execPath, ['use.mjs'], consumer)
    const expected = parse(await readFile(page, 'utf8'), {path: 'page.md'})
    expect(expected.offerings.length).toBeGreaterThan(100)
    expect(JSON.parse(stdout)).toEqual({
      model: JSON.parse(JSON.stringify(expected)),
      diff: 0,
      types: ['function', 'function', 'function']
    })
  })

  for (const [resolution, module] of [
    ['node16', 'node16'],
    ['bundler', 'esnext']
  ] as const) {
    it(
      'should typecheck a consumer under `' + resolution + '` resolution',
      async () => {
        const source = [
          "import {parse, diff, renderChangelog, type LocationsDocument, type Change} from 'er-locations'",
          "const model: LocationsDocument = parse('# Title\\n', {view: 'upstream'})",
          'const changes: Change[] = diff(model, model)',
          "const markdown: string = renderChangelog([model], {format: 'markdown'})",
          'export const summary = [model.schemaVersion, changes.length, markdown.length] as const',
          '// @ts-expect-error: `view` is a closed set of names.',
          "parse('', {view: 'publised'})"
        ].join('\n')
        await writeFile(path.join(consumer, 'consumer.ts'), source + '\n')
        const config = {
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'ES2022',
            lib: ['ES2022'],
            types: [],
            module,
            moduleResolution: resolution,
            skipLibCheck: false
          },
          files: ['consumer.ts']
        }
        const name = 'tsconfig.' + resolution + '.json'
        await writeFile(
          path.join(consumer, name),
          JSON.stringify(config) + '\n'
        )
        await sh(process.execPath, [tsc, '-p', name], consumer)
      }
    )
  }

  it('should run the `er-locations` bin', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'er-locations')
    const version = await sh(bin, ['--version'], consumer)
    const manifest = JSON.parse(
      await readFile(path.join(root, 'package.json'), 'utf8')
    ) as {version: string}
    expect(version.stdout).toBe(manifest.version + '\n')

    const parsed = await sh(
      bin,
      ['parse', path.join(root, 'fixtures', 'seeds', seedName())],
      consumer
    )
    const model = JSON.parse(parsed.stdout) as {
      schemaVersion: number
      offerings: unknown[]
    }
    expect(model.schemaVersion).toBe(1)
    expect(model.offerings.length).toBeGreaterThan(100)
  })

  it('should ship a bin that reads a git history (in the `node` it starts again) as the sources do', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'er-locations')
    const repository = path.join(work, 'history')
    const file = 'articles/locations.md'
    await mkdir(path.join(repository, 'articles'), {recursive: true})
    const git = (arguments_: string[]) =>
      sh('git', ['-c', 'commit.gpgsign=false', ...arguments_], repository)
    await git(['init', '-q'])
    await git(['config', 'user.name', 'Test'])
    await git(['config', 'user.email', 'test@example.com'])
    const seeds = path.join(root, 'fixtures', 'seeds')
    const names = readdirSync(seeds).sort()
    for (const name of names) {
      await writeFile(
        path.join(repository, file),
        readFileSync(path.join(seeds, name), 'utf8')
      )
      await git(['add', file])
      await git(['commit', '-q', '-m', name])
    }

    // Each `node` that runs (through `NODE_OPTIONS`, which both inherit)
    // writes its options: the bin's, then the one it starts again.
    const log = path.join(work, 'processes.log')
    const preload = path.join(work, 'log-options.mjs')
    await writeFile(
      preload,
      "import {appendFileSync} from 'node:fs'\n" +
        'appendFileSync(' +
        JSON.stringify(log) +
        ', JSON.stringify(process.execArgv) + "\\n")\n'
    )
    const {stdout} = await sh(
      bin,
      ['history', '--git', repository, '--path', file],
      consumer,
      {NODE_OPTIONS: '--import=' + pathToFileURL(preload).href}
    )
    const processes = (await readFile(log, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    expect(processes).toHaveLength(2)
    expect(processes[1]).toContain('--max-semi-space-size=32')
    const history = JSON.parse(stdout) as {versions: unknown[]}
    expect(history.versions).toHaveLength(names.length)
    const fromSources = await runCli([
      'history',
      '--git',
      repository,
      '--path',
      file
    ])
    expect(fromSources.code).toBe(0)
    expect(stdout).toBe(fromSources.stdout)
  })

  it('should pass publint', async () => {
    const {stdout} = await sh(
      process.execPath,
      [
        path.join(root, 'node_modules', 'publint', 'src', 'cli.js'),
        'run',
        '--strict',
        '--pack',
        'false',
        path.join(consumer, 'node_modules', 'er-locations')
      ],
      work
    )
    expect(stdout).not.toMatch(/warning|error|suggestion/i)
  })

  it('should pass arethetypeswrong (ESM only: the CommonJS note is accepted)', async () => {
    await sh(
      process.execPath,
      [
        path.join(
          root,
          'node_modules',
          '@arethetypeswrong',
          'cli',
          'dist',
          'index.js'
        ),
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'ascii',
        tarball
      ],
      work
    )
  })
})
