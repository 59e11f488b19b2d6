/**
 * `--git <repo>` without `--path`: the locations pages of a docs repository
 * found by themselves (issue 15 §2), in temporary repositories built from
 * corpus pages.
 */

import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {FileChange} from '../../src/cli/file-changes.js'
import {filesOf, trackFiles} from '../../src/cli/track-files.js'
import type {History} from '../../src/index.js'
import {corpusPage, docsRepository, git} from './docs-repo.js'
import {runCli, type RunResult} from './run.js'

const flat = 'articles/expressroute-locations.md'
const byProvider = 'articles/expressroute/expressroute-locations.md'
const byLocation = 'articles/expressroute/expressroute-locations-providers.md'
const french = 'fr-fr/articles/expressroute-locations.md'

/** Unrelated pages of a docs repository, changed a little at each `step`. */
function noise(step: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < 20; index++) {
    files['articles/virtual-network/page-' + index + '.md'] =
      '# Page ' + index + '\n\nStep ' + step + '.\n'
  }

  return files
}

const repositories: string[] = []

/** A repository of `docsRepository`, removed after the tests. */
function repository(...arguments_: Parameters<typeof docsRepository>): string {
  const made = docsRepository(...arguments_)
  repositories.push(made)
  return made
}

afterAll(() => {
  for (const made of repositories) rmSync(made, {recursive: true, force: true})
})

/** A usage failure: exit 2, nothing on stdout, one line on stderr matching `pattern`. */
function expectUsage(result: RunResult, pattern: RegExp) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
}

/*
 * The global docs: the 2015 page at its flat path, renamed into
 * `articles/expressroute/`, the by-location page added beside it, then the
 * by-provider page deleted; a French copy in a locale folder; noise that
 * the name pattern matches (an include with a page's tables, a page of
 * prose) and that it does not.
 */
describe('--git without --path, the global docs', () => {
  let docs = ''
  beforeAll(() => {
    docs = repository(
      [
        {
          date: '2015-04-30',
          write: {
            [flat]: corpusPage('2015-04-29_locations-flat_en_88a5d95f.md'),
            [french]: corpusPage('2015-04-29_locations-flat_fr_bfeaf4fb.md'),
            'includes/expressroute-locations-table.md': corpusPage(
              '2016-05-11_locations-flat_zh-cn_1f29e76e.md'
            ),
            'includes/expressroute-office365-include.md': '> [!NOTE]\n> Hi.\n',
            'articles/expressroute/expressroute-locations-map.md':
              '# Map of the ExpressRoute locations\n\nSee the map.\n',
            ...noise(1)
          }
        },
        {
          date: '2015-07-08',
          write: {[flat]: corpusPage('2015-07-07_locations_en_a1c49436.md')}
        },
        {date: '2015-09-23', rename: [[flat, byProvider]]},
        {date: '2016-01-10', write: noise(2)},
        {
          date: '2016-07-29',
          write: {
            [byProvider]: corpusPage('2016-07-28_locations_en_db868d3a.md')
          }
        },
        {
          date: '2016-10-22',
          write: {
            [byProvider]: corpusPage('2016-10-21_locations_en_a91d836a.md'),
            [byLocation]: corpusPage(
              '2016-10-21_locations-providers_en_02a1877f.md'
            )
          }
        },
        {date: '2016-11-18', write: noise(3)},
        {
          date: '2017-06-17',
          write: {
            [byLocation]: corpusPage(
              '2017-06-16_locations-providers_en_40ec6738.md'
            )
          }
        },
        {date: '2017-06-28', delete: [byProvider]}
      ],
      'discover-global-'
    )
  })

  it('should find every page at its newest path, say so, and read them as the right `--path`s do', async () => {
    const found = await runCli(['changelog', '--git', docs])
    expect(found.code).toBe(0)
    expect(found.stderr).toBe(
      'er-locations: --git found `' +
        byProvider +
        '` (global/en/locations, deleted, formerly `' +
        flat +
        '`), `' +
        french +
        '` (global/fr/locations), `' +
        byLocation +
        '` (global/en/locations-providers); left out `articles/expressroute/expressroute-locations-map.md` (no table of a locations page), `includes/expressroute-locations-table.md` (an include file)\n'
    )
    const given = await runCli([
      'changelog',
      '--git',
      docs,
      '--path',
      byProvider,
      '--path',
      french,
      '--path',
      byLocation
    ])
    expect(given.code).toBe(0)
    expect(given.stderr).toBe('')
    expect(found.stdout).toBe(given.stdout)
    // The whole history of each page: the by-provider page from its flat path on.
    expect(found.stdout.match(/^(?:## .*|Versions? of .*)$/gm)).toEqual([
      '## global/en/locations',
      'Versions of the by-provider page (`expressroute-locations.md`) of the global docs, in `en`: 4.',
      '## global/en/locations-providers',
      'Versions of the by-location page (`expressroute-locations-providers.md`) of the global docs, in `en`: 2.',
      '## global/fr/locations',
      'Version of the by-provider page (`expressroute-locations.md`) of the global docs, in `fr`: 1.'
    ])
  })

  it('should give `history` the pages of one docs, chosen with --document', async () => {
    // What was found, then why it cannot be one history.
    const both = await runCli(['history', '--git', docs])
    expect(both.code).toBe(2)
    expect(both.stderr.split('\n').slice(1)).toEqual([
      'er-locations: The pages given are of 2 docs, `global/en`, `global/fr`: a history is of one; choose it with `--document <edition/language>`',
      ''
    ])
    const found = await runCli([
      'history',
      '--git',
      docs,
      '--document',
      'global/en'
    ])
    const given = await runCli([
      'history',
      '--git',
      docs,
      '--path',
      byProvider,
      '--path',
      byLocation
    ])
    expect(found.code).toBe(0)
    expect(found.stdout).toBe(given.stdout)
    const history = JSON.parse(found.stdout) as History
    expect(
      history.versions.map((version) => [
        version.date,
        (version.path ?? '').replace(/@.*/, ''),
        version.document
      ])
    ).toEqual([
      ['2015-04-29', flat, 'global/en/locations'],
      ['2015-07-07', flat, 'global/en/locations'],
      ['2016-07-28', byProvider, 'global/en/locations'],
      ['2016-10-21', byProvider, 'global/en/locations'],
      ['2016-10-21', byLocation, 'global/en/locations-providers'],
      ['2017-06-16', byLocation, 'global/en/locations-providers']
    ])
  })

  it('should skip a found page with no commit in --since…--until, and refuse when none has one', async () => {
    // The by-provider page's last version is of 2016-10-22 (deleted later):
    // since 2016-11-01 only the by-location page has a version.
    const since = await runCli([
      'changelog',
      '--git',
      docs,
      '--since',
      '2016-11-01'
    ])
    expect(since.code).toBe(0)
    expect(since.stdout).toContain('locations-providers')
    expect(since.stdout).not.toContain('global/en/locations`')
    const none = await runCli([
      'history',
      '--git',
      docs,
      '--since',
      '2030-01-01'
    ])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(
      /No commit of the pages found in .* since 2030-01-01\n$/
    )
  })

  it('should leave discovery to `--path` when it is given', async () => {
    const result = await runCli([
      'changelog',
      '--git',
      docs,
      '--path',
      byLocation
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^## global\/en\/locations-providers$/m)
    expect(result.stdout).not.toMatch(/^## global\/en\/locations$/m)
  })
})

/*
 * The Azure China edition, as the corpus manifest records its repositories:
 * the 2015–2016 pages at `articles/expressroute-locations.md` (azure-content
 * China), the by-location page of wacncontent/techcontent, the page renamed
 * and rewritten in one commit (kwkou/815), both pages of mc-docs.zh-cn.
 */
describe('--git without --path, the Azure China docs', () => {
  let china = ''
  beforeAll(() => {
    china = repository(
      [
        {
          date: '2015-05-15',
          write: {
            [flat]: corpusPage('2015-05-14_locations-flat_zh-cn_b65f5ade.md'),
            ...noise(1)
          }
        },
        {
          date: '2015-12-03',
          write: {
            [flat]: corpusPage('2015-12-02_locations-flat_zh-cn_fa9da440.md')
          }
        },
        {
          date: '2016-05-12',
          write: {
            [flat]: corpusPage('2016-05-11_locations-flat_zh-cn_1f29e76e.md')
          }
        },
        {
          date: '2017-01-13',
          write: {
            [byLocation]: corpusPage(
              '2017-01-12_locations-providers_zh-cn_6341b894.md'
            )
          }
        },
        {
          date: '2017-02-14',
          rename: [[flat, byProvider]],
          write: {
            [byProvider]: corpusPage('2017-02-13_locations_zh-cn_f0f1336a.md')
          }
        },
        {
          date: '2020-01-21',
          write: {
            [byProvider]: corpusPage('2020-01-20_locations_zh-cn_5c0ccdff.md'),
            [byLocation]: corpusPage(
              '2020-01-20_locations-providers_zh-cn_18063c7e.md'
            )
          }
        }
      ],
      'discover-china-'
    )
  })

  it('should read every version of both pages, as the right `--path`s do', async () => {
    const found = await runCli(['history', '--git', china])
    expect(found.code).toBe(0)
    // The rename rewrote the page, similar enough for git to see a rename.
    expect(found.stderr).toBe(
      'er-locations: --git found `' +
        byProvider +
        '` (china/zh-cn/locations, formerly `' +
        flat +
        '`), `' +
        byLocation +
        '` (china/zh-cn/locations-providers)\n'
    )
    const paths = [byProvider, byLocation]
    const given = await runCli([
      'history',
      '--git',
      china,
      ...paths.flatMap((file) => ['--path', file])
    ])
    expect(found.stdout).toBe(given.stdout)
    const history = JSON.parse(found.stdout) as History
    expect(history.docs).toBe('china/zh-cn')
    expect(
      history.versions.map((version) => [
        version.date,
        (version.path ?? '').replace(/@.*/, '')
      ])
    ).toEqual([
      ['2015-05-14', flat],
      ['2015-12-02', flat],
      ['2016-05-11', flat],
      ['2017-01-12', byLocation],
      ['2017-02-13', byProvider],
      ['2020-01-20', byProvider],
      ['2020-01-20', byLocation]
    ])
  })
})

describe('--git without --path, a page renamed out of the pattern', () => {
  let moved = ''
  const renamed = 'articles/expressroute/locations.md'
  beforeAll(() => {
    moved = repository(
      [
        {
          date: '2015-04-30',
          write: {
            [flat]: corpusPage('2015-04-29_locations-flat_en_88a5d95f.md')
          }
        },
        {date: '2015-05-02', rename: [[flat, renamed]]},
        {
          date: '2015-07-08',
          write: {[renamed]: corpusPage('2015-07-07_locations_en_a1c49436.md')}
        }
      ],
      'discover-moved-'
    )
  })

  it('should follow it to its new name', async () => {
    const found = await runCli(['changelog', '--git', moved])
    expect(found.stderr).toBe(
      'er-locations: --git found `' +
        renamed +
        '` (global/en/locations, formerly `' +
        flat +
        '`)\n'
    )
    const given = await runCli(['changelog', '--git', moved, '--path', renamed])
    expect(found.stdout).toBe(given.stdout)
    expect(found.stdout).toMatch(
      /^### 2015-07-07 \(compared with 2015-04-29\)$/m
    )
  })

  it('should search a folder of the work tree, its paths relative to it', async () => {
    const found = await runCli([
      'changelog',
      '--git',
      path.join(moved, 'articles')
    ])
    expect(found.code).toBe(0)
    expect(found.stderr).toBe(
      'er-locations: --git found `expressroute/locations.md` (global/en/locations, formerly `expressroute-locations.md`)\n'
    )
  })
})

describe('--git without --path, no page', () => {
  it('should refuse a repository without the pages: exit 2, one line', async () => {
    const none = repository(
      [
        {
          date: '2020-01-01',
          write: {
            ...noise(1),
            'includes/expressroute-locations-table.md': corpusPage(
              '2016-05-11_locations-flat_zh-cn_1f29e76e.md'
            )
          }
        }
      ],
      'discover-none-'
    )
    const out = path.join(none, 'report')
    for (const argv of [['changelog'], ['history'], ['report', '--out', out]]) {
      expectUsage(
        await runCli([...argv, '--git', none]),
        /^er-locations: No ExpressRoute locations page in `[^`]+`: left out `includes\/expressroute-locations-table.md` \(an include file\); name the file with `--path <file-in-repo>`\n$/
      )
    }

    // A file deleted counts: it is in the history of HEAD.
    git(none, ['rm', '-q', 'includes/expressroute-locations-table.md'])
    git(none, ['commit', '-q', '-m', 'No include'])
    expectUsage(
      await runCli(['changelog', '--git', none]),
      /: left out `includes\/expressroute-locations-table.md` \(an include file\);/
    )
    expectUsage(
      await runCli([
        'changelog',
        '--git',
        repository([{date: '2020-01-01', write: noise(1)}], 'discover-noise-')
      ]),
      /: no `expressroute-locations\*\.md` in the history of HEAD; name the file/
    )
  })

  it('should refuse what is not a repository as `--path` does', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'er-locations-plain-'))
    repositories.push(plain)
    expectUsage(
      await runCli(['changelog', '--git', plain]),
      /^er-locations: `[^`]+` is not a git repository\n$/
    )
    expectUsage(
      await runCli(['history', '--git', path.join(plain, 'missing')]),
      /^er-locations: Cannot read `[^`]+`: no such directory\n$/
    )
    git(plain, ['init', '-q'])
    expectUsage(
      await runCli(['changelog', '--git', plain]),
      /: it has no commits; name the file with `--path <file-in-repo>`\n$/
    )
  })
})

describe('trackFiles', () => {
  /** A change, its blob named after its commit. */
  function change(
    commit: string,
    status: FileChange['status'],
    file: string,
    from = file
  ): FileChange {
    return {commit, status, from, path: file, blob: 'blob-' + commit}
  }

  it('should follow renames, keep a deleted file with its last content, and leave a copy its own file', () => {
    const files = filesOf(
      trackFiles(new Map(), [
        change('1', 'A', 'a.md'),
        change('2', 'R', 'b/a.md', 'a.md'),
        change('3', 'C', 'b/c.md', 'b/a.md'),
        change('4', 'M', 'b/c.md'),
        change('5', 'D', 'b/a.md')
      ])
    )
    expect(files).toEqual([
      {
        paths: ['a.md', 'b/a.md'],
        path: 'b/a.md',
        blob: 'blob-5',
        deletedBy: '5'
      },
      {paths: ['b/c.md'], path: 'b/c.md', blob: 'blob-4', deletedBy: undefined}
    ])
  })
})
