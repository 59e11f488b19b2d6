/**
 * `er-locations update`: a dataset kept current from a URL (loopback
 * server: conditional requests, 304, a new version, failures), from a git
 * repository built from corpus pages (with its history and report), and
 * the manifest's record of where the pages came from.
 */

import {execFileSync} from 'node:child_process'
import {
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
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  type PageOrigin,
  readManifest,
  renderManifest,
  sha256
} from '../../src/cli/file-set-manifest.js'
import {fixture} from '../helpers.js'
import {appScript} from '../report/report-fixtures.js'
import {runCli, type RunResult} from './run.js'
import {type PageServer, startPageServer} from './update-server.js'

const older = 'corpus/2016-03-31_locations_en_1d58cc77.md'
const newer = 'corpus/2016-07-28_locations_en_db868d3a.md'
/** A sentence of the changes from `older` to `newer`. */
const sentence = '- **Interxion** now offers ExpressRoute at Paris.'
const lastModified = 'Thu, 31 Mar 2016 10:00:00 GMT'

let scratch = ''
let server: PageServer

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'er-locations-update-'))
  server = await startPageServer({fixture: older, etag: '"a"', lastModified})
})
afterAll(async () => {
  await server.close()
  rmSync(scratch, {recursive: true, force: true})
})

/** Every file under `directory` (relative path → bytes and mtime), to compare before and after. */
function snapshot(directory: string): Map<string, [string, number]> {
  const files = new Map<string, [string, number]>()
  for (const name of readdirSync(directory, {recursive: true}).map(String)) {
    const file = path.join(directory, name)
    const info = statSync(file)
    files.set(name, [
      info.isFile() ? readFileSync(file, 'latin1') : '<dir>',
      info.mtimeMs
    ])
  }

  files.set('.', ['<dir>', statSync(directory).mtimeMs])
  return files
}

interface Manifest {
  files: Record<string, string>
  origins?: Array<Record<string, string | null>>
}

function manifestOf(directory: string): Manifest {
  return JSON.parse(
    readFileSync(path.join(directory, 'manifest.json'), 'utf8')
  ) as Manifest
}

/** `update --from <from> --out <out>`, with more options. */
async function update(
  from: string,
  out: string,
  ...options: string[]
): Promise<RunResult> {
  return runCli(['update', '--from', from, '--out', out, ...options])
}

/**
 * `history` or `report` of a file's git history into `<out>/history` or
 * `<out>/report`, where `update` keeps them.
 */
async function companion(
  command: 'history' | 'report',
  repository: string,
  file: string,
  out: string,
  ...options: string[]
): Promise<RunResult> {
  return runCli([
    command,
    '--git',
    repository,
    '--path',
    file,
    '--out',
    path.join(out, command),
    ...options
  ])
}

/** A usage failure: exit 2, nothing on stdout, one line on stderr. */
function expectUsage(result: RunResult, pattern: RegExp) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.split('\n')).toHaveLength(2)
  expect(result.stderr).toMatch(pattern)
}

describe('cli update --from <url>', () => {
  let out = ''
  const since = () => server.requests.slice(seen)
  let seen = 0
  const mark = () => {
    seen = server.requests.length
  }

  beforeAll(async () => {
    out = path.join(scratch, 'url')
    const result = await runCli(['dataset', server.url, '--out', out])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    // The user's file beside the dataset.
    writeFileSync(path.join(out, 'notes.txt'), 'mine\n')
  })

  it('should record where the page came from in the manifest: the URL, its SHA-256, ETag and Last-Modified', () => {
    const model = JSON.parse(
      readFileSync(path.join(out, 'model.json'), 'utf8')
    ) as {source: {sha256: string}}
    expect(model.source.sha256).toBe(sha256(fixture(older)))
    expect(manifestOf(out).origins).toEqual([
      {
        page: server.url,
        url: server.url,
        sha256: model.source.sha256,
        etag: '"a"',
        lastModified
      }
    ])
  })

  it('should download nothing and write nothing when the page did not change (304)', async () => {
    const before = snapshot(out)
    for (const check of [[], ['--check']]) {
      mark()
      const result = await update(server.url, out, ...check)
      expect(result).toEqual({
        code: 0,
        stdout:
          out +
          ' is up to date with ' +
          server.url +
          ' (not modified: 304): nothing written\n',
        stderr: ''
      })
      expect(since()).toHaveLength(1)
      expect(since()[0]?.headers['if-none-match']).toBe('"a"')
      expect(since()[0]?.headers['if-modified-since']).toBe(lastModified)
      expect(since()[0]?.status).toBe(304)
    }

    expect(snapshot(out)).toEqual(before)
  })

  it('should exit 1 with --check when the page changed, printing the changelog, writing nothing', async () => {
    server.serve({fixture: newer, etag: '"b"', lastModified: null})
    const before = snapshot(out)
    mark()
    const result = await update(server.url, out, '--check')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('## 2016-07-28 (compared with 2016-03-31)')
    expect(result.stdout).toContain(sentence)
    expect(result.stderr).toBe(
      'er-locations: ' +
        out +
        ' is behind `' +
        server.url +
        '`: its page changed; run the same command without `--check` to update it\n'
    )
    expect(since().map((request) => request.status)).toEqual([200])
    expect(snapshot(out)).toEqual(before)
  })

  it('should rewrite the dataset when the page changed, print the changelog, and leave the user’s files alone', async () => {
    const notes = statSync(path.join(out, 'notes.txt')).mtimeMs
    const result = await update(server.url, out)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^# Changelog\n/)
    expect(result.stdout).toContain(sentence)
    expect(result.stderr).toBe(
      'er-locations: note: `' +
        path.join(out, 'notes.txt') +
        '` is not part of the dataset; left alone\n' +
        'er-locations: wrote 10 files of 1 page to ' +
        out +
        ' (4 unchanged)\n'
    )
    expect(manifestOf(out).origins).toEqual([
      {
        page: server.url,
        url: server.url,
        sha256: sha256(fixture(newer)),
        etag: '"b"',
        lastModified: null
      }
    ])
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine\n')
    expect(statSync(path.join(out, 'notes.txt')).mtimeMs).toBe(notes)

    // What `dataset` writes of the page, byte for byte.
    const dataset = await runCli([
      'dataset',
      server.url,
      '--out',
      out,
      '--check'
    ])
    expect(dataset.code).toBe(0)

    // And now it is current: the new ETag is asked for.
    mark()
    const again = await update(server.url, out)
    expect(again.stdout).toMatch(/ \(not modified: 304\): nothing written\n$/)
    expect(since()[0]?.headers['if-none-match']).toBe('"b"')
  })

  it('should exit 2 in one line and write nothing when the server fails or stalls', async () => {
    const before = snapshot(out)
    server.fail('unavailable')
    expectUsage(
      await update(server.url, out),
      /^er-locations: Cannot read `http:\/\/127\.0\.0\.1:\d+\/page\.md`: the server answered 503 Service Unavailable\n$/
    )
    server.fail('stall')
    expectUsage(
      await update(server.url, out, '--check', '--timeout', '0.2'),
      /^er-locations: Cannot read `[^`]+`: no whole answer within 0\.2 s/
    )
    server.fail(null)
    expect(snapshot(out)).toEqual(before)
  })

  it('should ask with If-Modified-Since when the server sent no ETag', async () => {
    server.serve({fixture: older, etag: null, lastModified})
    const fresh = path.join(scratch, 'dated')
    // A new directory: `update` writes the dataset as `dataset` would.
    const first = await update(server.url, fresh)
    expect(first).toEqual({
      code: 0,
      stdout: '',
      stderr: 'er-locations: wrote 14 files of 1 page to ' + fresh + '\n'
    })
    expect(manifestOf(fresh).origins?.[0]).toMatchObject({
      etag: null,
      lastModified
    })
    mark()
    const result = await update(server.url, fresh)
    expect(result.stdout).toMatch(/ \(not modified: 304\): nothing written\n$/)
    expect(since()[0]?.headers['if-none-match']).toBeUndefined()
    expect(since()[0]?.headers['if-modified-since']).toBe(lastModified)
  })

  it('should compare by SHA-256 a dataset whose manifest records no origin (written before origins were), and record it then', async () => {
    const plain = path.join(scratch, 'plain')
    await runCli(['dataset', server.url, '--out', plain])
    const manifest = manifestOf(plain)
    delete manifest.origins
    writeFileSync(
      path.join(plain, 'manifest.json'),
      JSON.stringify(manifest, null, 2) + '\n'
    )
    const before = snapshot(plain)
    mark()
    const result = await update(server.url, plain)
    expect(result.stdout).toBe(
      plain +
        ' is up to date with ' +
        server.url +
        ' (the same page, by SHA-256): recorded its new ETag and Last-Modified in manifest.json\n'
    )
    expect(since()[0]?.headers['if-modified-since']).toBeUndefined()
    expect(since()[0]?.status).toBe(200)
    // Only the manifest's bytes changed: it records the origin now, so the
    // next run asks conditionally and downloads nothing.
    const after = snapshot(plain)
    const bytesOf = (files: Map<string, [string, number]>) =>
      new Map(
        [...files]
          .filter(([name]) => name !== 'manifest.json')
          .map(([name, [bytes]]) => [name, bytes])
      )
    expect(bytesOf(after)).toEqual(bytesOf(before))
    expect(after.get('manifest.json')?.[0]).not.toBe(
      before.get('manifest.json')?.[0]
    )
    expect(manifestOf(plain).origins).toHaveLength(1)
    mark()
    const next = await update(server.url, plain)
    expect(next.stdout).toMatch(/\(not modified: 304\): nothing written\n$/)
    expect(since()[0]?.status).toBe(304)
    expect(snapshot(plain)).toEqual(after)
  })
})

describe('dataset manifest origins', () => {
  const hashes = new Map([['model.json', 'a'.repeat(64)]])
  const url: PageOrigin = {
    page: 'https://example.com/b.md',
    url: 'https://example.com/b.md',
    sha256: 'b'.repeat(64),
    etag: '"x"',
    lastModified: null
  }
  const repository: PageOrigin = {
    page: 'a.md@1234567',
    repository: '../docs',
    path: 'a.md',
    commit: '1234567'.padEnd(40, '0'),
    sha256: 'c'.repeat(64)
  }
  const encode = (text: string) => new TextEncoder().encode(text)

  it('should keep the bytes of a manifest without origins, and read them as unknown', () => {
    const plain = renderManifest(hashes, 'dataset')
    expect(renderManifest(hashes, 'dataset', [])).toBe(plain)
    expect(plain).not.toContain('origins')
    expect(readManifest(encode(plain))).toEqual({set: 'dataset', files: hashes})
  })

  it('should write origins sorted by page, whatever their order, and read them back', () => {
    const text = renderManifest(hashes, 'dataset', [url, repository])
    expect(renderManifest(hashes, 'dataset', [repository, url])).toBe(text)
    expect(readManifest(encode(text))?.origins).toEqual([repository, url])
  })

  it('should read a manifest whose origins are broken as one of unknown origin, still ours', () => {
    const value = JSON.parse(renderManifest(hashes, 'dataset', [url])) as {
      origins: Array<Record<string, unknown>>
    }
    for (const broken of [{...url, sha256: 'no'}, {page: 'x'}, 'x']) {
      const text = JSON.stringify({...value, origins: [broken]})
      expect(readManifest(encode(text))).toEqual({
        set: 'dataset',
        files: hashes
      })
    }
  })
})

describe('cli update usage', () => {
  it('should refuse a missing --from or --out, files, and --path without a repository', async () => {
    const out = path.join(scratch, 'never')
    expectUsage(
      await runCli(['update', '--out', out]),
      /^er-locations: `update` needs `--from <url\|repo\|file>`\n$/
    )
    expectUsage(
      await runCli(['update', '--from', 'fixtures/' + older]),
      /`update` needs `--out <dir>`/
    )
    expectUsage(
      await runCli([
        'update',
        'a.md',
        '--from',
        'fixtures/' + older,
        '--out',
        out
      ]),
      /`update` takes no files/
    )
    expectUsage(
      await runCli([
        'update',
        '--from',
        'http://127.0.0.1:9/x.md',
        '--path',
        'x.md',
        '--out',
        out
      ]),
      /`--path` is about a repository/
    )
  })

  it('should refuse a directory of another set or of the user’s, and write nothing', async () => {
    const history = path.join(scratch, 'a-history')
    await runCli([
      'history',
      'fixtures/' + older,
      'fixtures/' + newer,
      '--out',
      history
    ])
    const before = snapshot(history)
    expectUsage(
      await update('fixtures/' + newer, history),
      /^er-locations: Refusing to update `[^`]+`: it holds a history, not a dataset/
    )
    expect(snapshot(history)).toEqual(before)

    const mine = path.join(scratch, 'mine')
    mkdirSync(mine)
    writeFileSync(path.join(mine, 'a.txt'), 'a\n')
    expectUsage(
      await update('fixtures/' + newer, mine),
      /it holds files er-locations did not write .*or add --force\n$/
    )
    expect(readdirSync(mine)).toEqual(['a.txt'])
  })

  it('should leave out the pages of other documents than the one read, saying so', async () => {
    const out = path.join(scratch, 'two')
    const providers = 'corpus/2016-10-21_locations-providers_en_02a1877f.md'
    await runCli([
      'dataset',
      'fixtures/' + older,
      'fixtures/' + providers,
      '--out',
      out
    ])
    const result = await update('fixtures/' + older, out)
    expect(result).toEqual({
      code: 0,
      // The page read did not change: no changelog.
      stdout: '',
      stderr:
        'er-locations: note: `fixtures/' +
        providers +
        '` (global/en/locations-providers) is of no page of `fixtures/' +
        older +
        '`: no longer in the dataset\n' +
        'er-locations: wrote 10 files of 1 page to ' +
        out +
        ' (4 unchanged, 1 removed)\n'
    })
    expect(readdirSync(out)).toContain('model.json')
    expect(readdirSync(out)).not.toContain('models.json')
  })

  it('should update a dataset of a file from the file, as `dataset` writes it', async () => {
    const out = path.join(scratch, 'file')
    const page = path.join(scratch, 'page.md')
    writeFileSync(page, fixture(older))
    await runCli(['dataset', page, '--out', out])
    expect(manifestOf(out).origins).toBeUndefined()
    const same = await update(page, out)
    expect(same.stdout).toMatch(
      /\(the same page, by SHA-256\): nothing written\n$/
    )
    writeFileSync(page, fixture(newer))
    const result = await update(page, out)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(sentence)
    expect(
      (await runCli(['dataset', page, '--out', out, '--check'])).code
    ).toBe(0)
  })
})

describe('cli update --from <repo>', () => {
  let repository = ''
  const file = 'articles/expressroute-locations.md'

  function git(arguments_: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...arguments_], {
      cwd: repository,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2020-01-01T12:00:00Z',
        GIT_COMMITTER_DATE: '2020-01-01T12:00:00Z',
        GIT_CONFIG_NOSYSTEM: '1'
      }
    })
  }

  function commit(name: string, text: string): string {
    mkdirSync(path.dirname(path.join(repository, name)), {recursive: true})
    writeFileSync(path.join(repository, name), text)
    git(['add', name])
    git(['commit', '-q', '-m', 'Edit ' + name])
    return git(['rev-parse', 'HEAD']).trim()
  }

  beforeAll(() => {
    repository = mkdtempSync(path.join(tmpdir(), 'er-locations-update-git-'))
    git(['init', '-q'])
    git(['config', 'user.name', 'Test'])
    git(['config', 'user.email', 'test@example.com'])
    commit(file, fixture(older))
  })
  afterAll(() => {
    rmSync(repository, {recursive: true, force: true})
  })

  it('should rewrite the dataset, its history and its report after a new commit of the page', async () => {
    await appScript()
    const out = path.join(scratch, 'git')
    const first = await update(repository, out, '--path', file)
    expect(first.stderr).toBe(
      'er-locations: wrote 14 files of 1 page to ' + out + '\n'
    )
    const head = git(['rev-parse', 'HEAD']).trim()
    expect(manifestOf(out).origins).toEqual([
      {
        page: file + '@' + head.slice(0, 7),
        repository: path
          .relative(process.cwd(), repository)
          .split(path.sep)
          .join('/'),
        path: file,
        commit: head,
        sha256: sha256(fixture(older))
      }
    ])
    for (const command of ['history', 'report'] as const) {
      const result = await companion(command, repository, file, out)
      expect(result.code).toBe(0)
    }

    // Unchanged: nothing written, nothing said on stderr.
    const before = snapshot(out)
    const same = await update(repository, out, '--path', file)
    expect(same).toEqual({
      code: 0,
      stdout:
        out +
        ' is up to date with ' +
        repository +
        ' (the same page, by SHA-256): nothing written\n',
      stderr: ''
    })
    expect(snapshot(out)).toEqual(before)

    const next = commit(file, fixture(newer))
    const check = await update(repository, out, '--path', file, '--check')
    expect(check.code).toBe(1)
    expect(check.stdout).toContain(sentence)
    expect(snapshot(out)).toEqual(before)

    // Without --path: the page is found in the repository.
    const result = await update(repository, out)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(sentence)
    expect(result.stderr).toContain('er-locations: --git found `' + file + '`')
    expect(result.stderr).toContain(
      'er-locations: wrote the history to ' +
        path.join(out, 'history') +
        ' (2 versions of global/en)\n'
    )
    expect(result.stderr).toContain(
      'er-locations: wrote the report to ' +
        path.join(out, 'report') +
        ' (2 versions of global/en)\n'
    )
    expect(result.stderr).not.toContain('is not part of the dataset')
    expect(manifestOf(out).origins?.[0]).toMatchObject({
      commit: next,
      sha256: sha256(fixture(newer))
    })
    const history = JSON.parse(
      readFileSync(path.join(out, 'history', 'history.json'), 'utf8')
    ) as {versions: Array<{commit?: string}>}
    expect(history.versions.map((version) => version.commit)).toHaveLength(2)
    expect(history.versions.at(-1)?.commit).toBe(next)

    // The dataset's page is the history's newest version.
    const model = JSON.parse(
      readFileSync(path.join(out, 'model.json'), 'utf8')
    ) as {source: {path: string}}
    expect(model.source.path).toBe(file + '@' + next.slice(0, 7))

    // The history and report are what their commands write.
    for (const command of ['history', 'report'] as const) {
      const current = await companion(command, repository, file, out, '--check')
      expect(current.code).toBe(0)
    }
  }, 60_000)

  it('should follow the page when its file is renamed: the same text is no change', async () => {
    const out = path.join(scratch, 'git')
    const moved = 'articles/expressroute/expressroute-locations.md'
    mkdirSync(path.join(repository, 'articles', 'expressroute'))
    git(['mv', file, moved])
    git(['commit', '-q', '-m', 'Move the page'])
    const before = snapshot(out)
    const result = await update(repository, out)
    expect(result.stderr).toContain(
      '`' + moved + '` (global/en/locations, formerly `' + file + '`)'
    )
    expect(result.stdout).toBe(
      out +
        ' is up to date with ' +
        repository +
        ' (the same page, by SHA-256): nothing written\n'
    )
    expect(snapshot(out)).toEqual(before)
    git(['mv', moved, file])
    git(['commit', '-q', '-m', 'Move it back'])
  })

  it('should write no set when one of them would be refused: the history and report stay as they were', async () => {
    await appScript()
    const out = path.join(scratch, 'git-refused')
    expect((await update(repository, out)).code).toBe(0)
    for (const set of ['history', 'report']) {
      const made = await runCli([
        set,
        '--git',
        repository,
        '--path',
        file,
        '--out',
        path.join(out, set)
      ])
      expect(made.code).toBe(0)
    }

    // The user edited a file of the dataset: its write is refused (as
    // `dataset` refuses it), so nothing of the update may be written.
    writeFileSync(
      path.join(out, 'providers.csv'),
      readFileSync(path.join(out, 'providers.csv'), 'utf8') + 'mine\n'
    )
    commit(file, fixture(newer) + '\n<!-- An edit of the page. -->\n')
    const before = snapshot(out)
    const result = await update(repository, out)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n').at(-2)).toMatch(
      /^er-locations: Refusing to write to .*providers\.csv` changed since er-locations wrote it/
    )
    expect(snapshot(out)).toEqual(before)
  })

  it('should leave a history alone when updating from a URL, saying why', async () => {
    const out = path.join(scratch, 'url-history')
    server.serve({fixture: older, etag: '"h1"', lastModified: null})
    await runCli(['dataset', server.url, '--out', out])
    await runCli([
      'history',
      '--git',
      repository,
      '--path',
      file,
      '--out',
      path.join(out, 'history')
    ])
    const before = snapshot(path.join(out, 'history'))
    server.serve({fixture: newer, etag: '"h2"', lastModified: null})
    const result = await update(server.url, out)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'er-locations: note: `' +
        path.join(out, 'history') +
        '` left alone: a history needs every version of the page, and a URL gives only the newest'
    )
    expect(snapshot(path.join(out, 'history'))).toEqual(before)
  })
})
