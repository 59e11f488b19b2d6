/**
 * `er-locations report`: the page written as a file set (manifest,
 * `--check`, foreign files, all or nothing), its usage errors, and the
 * versions of a file in git.
 */

import {execFileSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixture} from '../helpers.js'
import {runCli} from '../cli/run.js'
import {appScript} from './report-fixtures.js'

const pages = [
  'fixtures/corpus/2016-03-31_locations_en_1d58cc77.md',
  'fixtures/corpus/2016-07-28_locations_en_db868d3a.md',
  'fixtures/corpus/2016-10-21_locations-providers_en_02a1877f.md'
]

let folder = ''

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'er-locations-report-'))
  // Bundle the page's script once, before the first run needs it.
  await appScript()
}, 60_000)

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('report --out', () => {
  it('should write index.html and its manifest, then find it up to date', async () => {
    const out = path.join(folder, 'a')
    const first = await runCli(['report', ...pages, '--out', out])
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(
      /^Wrote the report of 3 versions to .+index\.html \(\d+ kB\)\n$/
    )
    expect(readdirSync(out).sort()).toEqual(['index.html', 'manifest.json'])
    const manifest = JSON.parse(
      readFileSync(path.join(out, 'manifest.json'), 'utf8')
    ) as {set: string; files: Record<string, string>}
    expect(manifest.set).toBe('report')
    expect(Object.keys(manifest.files)).toEqual(['index.html'])

    const html = readFileSync(path.join(out, 'index.html'), 'utf8')
    expect(html.startsWith('<!doctype html>\n')).toBe(true)
    // The script is inlined: no file is referenced.
    expect(html).not.toMatch(/<script[^>]* src=|<link |url\(/)
    expect(html.includes('<script>')).toBe(true)

    const again = await runCli(['report', ...pages, '--out', out])
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(
      out + ' is up to date (the report of 3 versions): nothing written\n'
    )
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(html)

    const check = await runCli(['report', ...pages, '--out', out, '--check'])
    expect(check).toEqual({
      code: 0,
      stdout: out + ' is up to date (2 files)\n',
      stderr: ''
    })
  })

  it('should fail --check when the page is stale, and refuse to overwrite an edit without --force', async () => {
    const out = path.join(folder, 'b')
    expect((await runCli(['report', ...pages, '--out', out])).code).toBe(0)
    const check = await runCli([
      'report',
      ...pages.slice(0, 2),
      '--out',
      out,
      '--check'
    ])
    expect(check.code).toBe(1)
    expect(check.stderr).toContain(
      out + ' is stale: 2 files differ from what `report` would write\n'
    )
    expect(check.stderr).toContain('  changed ' + path.join(out, 'index.html'))

    writeFileSync(path.join(out, 'index.html'), 'edited\n')
    const refused = await runCli(['report', ...pages, '--out', out])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('changed since er-locations wrote it')
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('edited\n')
    const forced = await runCli(['report', ...pages, '--out', out, '--force'])
    expect(forced.code).toBe(0)
  })

  it('should leave a file of the user alone', async () => {
    const out = path.join(folder, 'c')
    mkdirSync(out)
    expect((await runCli(['report', ...pages, '--out', out])).code).toBe(0)
    writeFileSync(path.join(out, 'notes.txt'), 'mine\n')
    const again = await runCli(['report', ...pages.slice(1), '--out', out])
    expect(again.code).toBe(0)
    expect(again.stderr).toBe(
      'er-locations: note: `' +
        path.join(out, 'notes.txt') +
        '` is not part of the report; left alone\n'
    )
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine\n')
    const check = await runCli([
      'report',
      ...pages.slice(1),
      '--out',
      out,
      '--check'
    ])
    expect(check.code).toBe(0)
  })

  it('should refuse a folder of files it did not write, and a dataset', async () => {
    const foreign = path.join(folder, 'd')
    mkdirSync(foreign)
    writeFileSync(path.join(foreign, 'index.html'), 'my page\n')
    const refused = await runCli(['report', ...pages, '--out', foreign])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'it holds files er-locations did not write'
    )
    expect(readFileSync(path.join(foreign, 'index.html'), 'utf8')).toBe(
      'my page\n'
    )

    const dataset = path.join(folder, 'e')
    expect(
      (await runCli(['dataset', pages[0] as string, '--out', dataset])).code
    ).toBe(0)
    const other = await runCli([
      'report',
      ...pages,
      '--out',
      dataset,
      '--force'
    ])
    expect(other.code).toBe(2)
    expect(other.stderr).toContain(
      'it holds a dataset (of `er-locations dataset`), not a report (of `er-locations report`), and would lose its files'
    )
    expect(existsSync(path.join(dataset, 'index.html'))).toBe(false)
  })
})

describe('report usage', () => {
  it('should need --out and files', async () => {
    const noOut = await runCli(['report', ...pages])
    expect(noOut.code).toBe(2)
    expect(noOut.stderr).toContain('`report` needs the directory to write')
    const noFiles = await runCli(['report', '--out', path.join(folder, 'f')])
    expect(noFiles.code).toBe(2)
    expect(noFiles.stderr).toContain('`report` takes at least one file')
  })

  it('should be of one edition and language: --document chooses', async () => {
    const mixed = [...pages, 'fixtures/seeds/000_c20a30ffbdf1b6d4.txt']
    const out = path.join(folder, 'g')
    const refused = await runCli(['report', ...mixed, '--out', out])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      'er-locations: The pages given are of 2 docs, `china/en`, `global/en`: a history is of one; choose it with `--document <edition/language>`\n'
    )
    const chosen = await runCli([
      'report',
      ...mixed,
      '--document',
      'global/en',
      '--out',
      out
    ])
    expect(chosen.code).toBe(0)
    expect(chosen.stdout).toContain('the report of 3 versions')
  })

  it('should say in its data which view it read the pages in, for a dropped page', async () => {
    const view = async (out: string, options: string[]) => {
      const result = await runCli([
        'report',
        ...pages,
        ...options,
        '--out',
        path.join(folder, out)
      ])
      expect(result.stderr).toBe('')
      const html = readFileSync(path.join(folder, out, 'index.html'), 'utf8')
      const start = '<script type="application/json" id="report-data">'
      const from = html.indexOf(start) + start.length
      return (
        JSON.parse(html.slice(from, html.indexOf('</script>', from))) as {
          view: string
        }
      ).view
    }

    expect(await view('v1', [])).toBe('published')
    expect(await view('v2', ['--view', 'upstream'])).toBe('upstream')
  })

  it('should refuse a page without a date', async () => {
    const undated = path.join(folder, 'undated.md')
    writeFileSync(
      undated,
      fixture('seeds/001_cfa4b7430e42c113.txt').replace(/^ms\.date: .*\n/m, '')
    )
    const result = await runCli([
      'report',
      undated,
      '--out',
      path.join(folder, 'h')
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('it has no date')
  })
})

describe('report --git', () => {
  it('should read every commit of the file, in commit order', async () => {
    const repository = path.join(folder, 'repo')
    mkdirSync(repository)
    const git = (arguments_: string[], date = '2016-01-01T12:00:00Z') =>
      execFileSync('git', ['-c', 'commit.gpgsign=false', ...arguments_], {
        cwd: repository,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
          GIT_CONFIG_NOSYSTEM: '1'
        }
      })
    git(['init', '-q'])
    git(['config', 'user.name', 'Test'])
    git(['config', 'user.email', 'test@example.com'])
    for (const [index, page] of pages.slice(0, 2).entries()) {
      writeFileSync(
        path.join(repository, 'locations.md'),
        readFileSync(page, 'utf8')
      )
      git(['add', 'locations.md'])
      git(
        ['commit', '-q', '-m', 'v' + index],
        '2016-0' + (index + 4) + '-01T12:00:00Z'
      )
    }

    const out = path.join(folder, 'i')
    const result = await runCli([
      'report',
      '--git',
      repository,
      '--path',
      'locations.md',
      '--out',
      out
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('the report of 2 versions')
    const html = readFileSync(path.join(out, 'index.html'), 'utf8')
    expect(html).toMatch(/locations\.md@[\da-f]{7} \(commit [\da-f]{40}\)/)
    const points = html.match(/<circle class="point" data-version="/g) ?? []
    const series = html.match(/<g class="series" /g) ?? []
    expect(points.length).toBe(series.length * 2)
  })
})
