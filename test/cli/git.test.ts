import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/index.js'
import type {Changelog} from '../../src/index.js'
import {fixture, root, seed000, seed001, seed002} from '../helpers.js'
import {runCli, type RunResult} from './run.js'

const oldPath = 'articles/expressroute-locations.md'
const newPath = 'articles/expressroute/locations.md'
let repository = ''
const commits: string[] = []

/** Run `git` in the test repository, dated as given (author and committer). */
function git(arguments_: string[], date = '2015-01-01T12:00:00Z'): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...arguments_], {
    cwd: repository,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1'
    }
  })
}

/** Write `text` at `file` in the repository and commit it on `date`. */
function commit(file: string, text: string, date: string, message: string) {
  mkdirSync(path.dirname(path.join(repository, file)), {recursive: true})
  writeFileSync(path.join(repository, file), text)
  git(['add', file])
  git(['commit', '-q', '-m', message], date + 'T12:00:00Z')
  commits.push(git(['rev-parse', '--short=7', 'HEAD']).trim())
}

/*
 * The history: seed 002 (ms.date 2015-03-31), seed 000 (ms.date 2015-12-02),
 * a rename without change, an unrelated commit, then seed 001 without its
 * `ms.date` line, committed on 2020-02-01.
 */
beforeAll(() => {
  repository = mkdtempSync(path.join(tmpdir(), 'er-locations-git-'))
  git(['init', '-q'])
  git(['config', 'user.name', 'Test'])
  git(['config', 'user.email', 'test@example.com'])
  commit(oldPath, fixture(seed002), '2015-04-01', 'Regions only')
  commit(oldPath, fixture(seed000), '2015-12-03', 'Azure China edition')
  mkdirSync(path.dirname(path.join(repository, newPath)), {recursive: true})
  git(['mv', oldPath, newPath])
  git(['commit', '-q', '-m', 'Move'], '2016-01-05T12:00:00Z')
  commits.push(git(['rev-parse', '--short=7', 'HEAD']).trim())
  commit('README.md', '# Docs\n', '2016-02-01', 'Unrelated')
  const undated = fixture(seed001).replace(/^ms\.date: .*\n/m, '')
  expect(undated).not.toBe(fixture(seed001))
  commit(newPath, undated, '2020-02-01', 'By location, no ms.date')
})

describe('cli changelog --git', () => {
  it('should read every version through renames, dating the undated one by its commit', async () => {
    const result = await runCli([
      'changelog',
      '--git',
      repository,
      '--path',
      newPath
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    // One file is one document, the one its newest version is a version of
    // (seed 001: the global page by location), though its older versions are
    // other pages' texts; its pairs are the two checked seed comparisons
    // (`test/fixtures/diff-*/diff.md`), dated as the commits date them.
    const pair = (name: string, title: string) =>
      title +
      '\n\n' +
      readFileSync(path.join(root, 'test/fixtures', name, 'diff.md'), 'utf8')
        .split(/^(?=### )/m)
        .slice(1)
        .join('')
        .replace(/^### /gm, '#### ')
    expect(result.stdout).toBe(
      '# Changelog\n\n## global/en/locations-providers\n\nVersions of the by-location page (`expressroute-locations-providers.md`) of the global docs, in `en`: 3.\n\n' +
        pair('diff-000-001', '### 2020-02-01 (compared with 2015-12-02)') +
        '\n' +
        pair('diff-002-000', '### 2015-12-02 (compared with 2015-03-31)')
    )
  })

  it('should name each version by its path at its commit, and collapse identical content', async () => {
    const result = await runCli([
      'changelog',
      '--git',
      repository,
      '--path',
      newPath,
      '--format',
      'json'
    ])
    expect(result.code).toBe(0)
    const changelog = JSON.parse(result.stdout) as Changelog
    // Commits: [0] seed 002, [1] seed 000, [2] move (same content as [1]), [3] README, [4] seed 001.
    const document = 'global/en/locations-providers'
    expect(
      changelog.versions.map((version) => [version.from, version.to])
    ).toEqual([
      [
        {date: '2015-12-02', path: oldPath + '@' + commits[1], document},
        {date: '2020-02-01', path: newPath + '@' + commits[4], document}
      ],
      [
        {date: '2015-03-31', path: oldPath + '@' + commits[0], document},
        {date: '2015-12-02', path: oldPath + '@' + commits[1], document}
      ]
    ])
  })

  it('should select commits by date with --since and --until (inclusive)', async () => {
    const since = await runCli([
      'changelog',
      '--git',
      repository,
      '--path',
      newPath,
      '--since',
      '2015-12-03'
    ])
    expect(since.code).toBe(0)
    expect(since.stdout.match(/^### .*$/gm)).toEqual([
      '### 2020-02-01 (compared with 2015-12-02)'
    ])
    const until = await runCli([
      'changelog',
      '--git',
      repository,
      '--path',
      newPath,
      '--until',
      '2015-12-03'
    ])
    expect(until.stdout.match(/^### .*$/gm)).toEqual([
      '### 2015-12-02 (compared with 2015-03-31)'
    ])
    // One version (and its rename): nothing to compare.
    const one = await runCli([
      'changelog',
      '--git',
      repository,
      '--path',
      newPath,
      '--since',
      '2015-12-01',
      '--until',
      '2016-12-31'
    ])
    expect(one).toEqual({
      code: 0,
      stdout:
        '# Changelog\n\n## china/en/locations\n\nVersion of the by-provider page (`expressroute-locations.md`) of the Azure China docs, in `en`: 1.\n\nOne version: nothing to compare it with.\n',
      stderr: ''
    })
  })

  it('should show progress on standard error only when it is a terminal', async () => {
    let stdout = ''
    let stderr = ''
    const code = await run(
      ['changelog', '--git', repository, '--path', newPath],
      {
        stdout: (value) => void (stdout += value),
        stderr: (value) => void (stderr += value),
        stdin: async () => new Uint8Array(),
        cwd: root,
        isTTY: true
      }
    )
    expect(code).toBe(0)
    expect(stdout).toBe(
      (await runCli(['changelog', '--git', repository, '--path', newPath]))
        .stdout
    )
    expect(stderr).toContain(
      'reading ' + oldPath + ' at ' + commits[0] + ' (1/4)'
    )
    expect(stderr).toContain(
      'reading ' + newPath + ' at ' + commits[4] + ' (4/4)'
    )
    expect(stderr.endsWith('\n')).toBe(true)
  })

  it('should refuse what is not a history with exit 2 and one line', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'er-locations-plain-'))
    const cases: Array<[string[], RegExp]> = [
      [['--git', plain, '--path', newPath], /is not a git repository/],
      [
        ['--git', path.join(plain, 'missing'), '--path', newPath],
        /no such directory/
      ],
      [
        ['--git', repository, '--path', 'articles/never.md'],
        /`articles\/never.md` has no history/
      ],
      [
        ['--git', repository, '--path', newPath, '--since', '2021-01-01'],
        /No commit of .* since 2021-01-01/
      ]
    ]
    for (const [argv, pattern] of cases) {
      const result: RunResult = await runCli(['changelog', ...argv])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
      expect(result.stderr).toMatch(pattern)
    }
  })

  it('should say so when git cannot be run', async () => {
    const saved = process.env['PATH']
    process.env['PATH'] = path.join(tmpdir(), 'er-locations-no-git-here')
    try {
      expect(
        await runCli(['changelog', '--git', repository, '--path', newPath])
      ).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'er-locations: Cannot run `git`: it is not installed or not on PATH\n'
      })
    } finally {
      process.env['PATH'] = saved
    }
  })
})

describe('cli changelog --git, paths and repeated contents', () => {
  let other = ''
  const made: string[] = []

  /** Run `git` in the second repository. */
  function otherGit(
    arguments_: string[],
    date = '2015-01-01T12:00:00Z'
  ): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...arguments_], {
      cwd: other,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1'
      }
    })
  }

  /** Commit what is staged on `date`; remember the short hash. */
  function commitStaged(date: string) {
    otherGit(['commit', '-q', '-m', 'Change of ' + date], date + 'T12:00:00Z')
    made.push(otherGit(['rev-parse', '--short=7', 'HEAD']).trim())
  }

  /** Write `text` at `file` in the second repository and stage it. */
  function stage(file: string, text: string) {
    mkdirSync(path.dirname(path.join(other, file)), {recursive: true})
    writeFileSync(path.join(other, file), text)
    otherGit(['add', file])
  }

  /*
   * docs/locations.md: seed 002 (A), seed 000 (B), A again (a revert), then
   * a mode change (A still); docs/providers.md beside it, and another file
   * touched after.
   */
  beforeAll(() => {
    other = mkdtempSync(path.join(tmpdir(), 'er-locations-git-revert-'))
    otherGit(['init', '-q'])
    otherGit(['config', 'user.name', 'Test'])
    otherGit(['config', 'user.email', 'test@example.com'])
    otherGit(['config', 'core.fileMode', 'true'])
    stage('docs/locations.md', fixture(seed002))
    commitStaged('2015-04-01')
    stage('docs/providers.md', fixture(seed001))
    commitStaged('2015-05-01')
    stage('docs/locations.md', fixture(seed000))
    commitStaged('2015-12-03')
    stage('docs/locations.md', fixture(seed002))
    commitStaged('2016-01-10')
    otherGit(['update-index', '--chmod=+x', 'docs/locations.md'])
    commitStaged('2016-02-01')
    stage('README.md', '# Docs\n')
    commitStaged('2016-03-01')
    // A submodule entry (a commit, not a file), without the submodule.
    otherGit([
      'update-index',
      '--add',
      '--cacheinfo',
      '160000,' + otherGit(['rev-parse', 'HEAD']).trim() + ',link'
    ])
    commitStaged('2016-04-01')
  })

  it('should refuse a folder as the path with exit 2 and one line', async () => {
    for (const folder of ['docs', 'docs/']) {
      const result = await runCli([
        'changelog',
        '--git',
        other,
        '--path',
        folder
      ])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'er-locations: `' +
          folder +
          '` is a folder in `' +
          other +
          '`: `--path` names one file\n'
      })
    }
  })

  it('should refuse a folder in any spelling: `.`, `x/..`, an absolute path', async () => {
    const cases: Array<[string, string, string]> = [
      // [repository, path, what it is]
      [other, '.', 'a folder in `' + other + '` (its root)'],
      [other, './docs/..', 'a folder in `' + other + '` (its root)'],
      [other, 'docs/..', 'a folder in `' + other + '` (its root)'],
      [other, other, 'a folder in `' + other + '` (its root)'],
      [other, path.join(other, 'docs'), 'a folder in `' + other + '`'],
      [other, path.join(other, 'docs') + '/', 'a folder in `' + other + '`'],
      [other, 'docs/./', 'a folder in `' + other + '`'],
      [
        path.join(other, 'docs'),
        '.',
        'a folder in `' + path.join(other, 'docs') + '`'
      ],
      [
        path.join(other, 'docs'),
        '..',
        'a folder in `' + path.join(other, 'docs') + '` (its root)'
      ],
      [other, 'link', 'not a file in `' + other + '`']
    ]
    for (const [repository_, folder, what] of cases) {
      const result = await runCli([
        'changelog',
        '--git',
        repository_,
        '--path',
        folder
      ])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'er-locations: `' +
          folder +
          '` is ' +
          what +
          ': `--path` names one file\n'
      })
    }
  })

  it('should refuse a path outside the repository with exit 2 and one line', async () => {
    for (const outside of [
      '../x.md',
      '../' + path.basename(other) + '-elsewhere/locations.md',
      path.join(tmpdir(), 'x.md'),
      '/'
    ]) {
      const result = await runCli([
        'changelog',
        '--git',
        other,
        '--path',
        outside
      ])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'er-locations: `' +
          outside +
          '` is outside the repository `' +
          other +
          '`: `--path` names one file in it\n'
      })
    }
  })

  it('should read a file given by its absolute path, or through `..`, as the same file', async () => {
    const expected = await runCli([
      'changelog',
      '--git',
      other,
      '--path',
      'docs/locations.md'
    ])
    expect(expected.code).toBe(0)
    for (const [repository_, file] of [
      [other, path.join(other, 'docs', 'locations.md')],
      [other, 'docs/../docs/./locations.md'],
      [path.join(other, 'docs'), '../docs/locations.md'],
      [path.join(other, 'docs'), path.join(other, 'docs', 'locations.md')]
    ] as const) {
      expect(
        await runCli(['changelog', '--git', repository_, '--path', file])
      ).toEqual(expected)
    }
  })

  it('should read the path relative to a subfolder given as the repository', async () => {
    const inFolder = await runCli([
      'changelog',
      '--git',
      path.join(other, 'docs'),
      '--path',
      'locations.md'
    ])
    expect(inFolder.code).toBe(0)
    expect(inFolder.stdout).toBe(
      (
        await runCli([
          'changelog',
          '--git',
          other,
          '--path',
          'docs/locations.md'
        ])
      ).stdout
    )
  })

  it('should read the path literally: no pathspec magic, no globs', async () => {
    for (const pattern of [
      ':(icase)DOCS/LOCATIONS.md',
      'docs/*.md',
      '*',
      'docs/locations.m?',
      ':/docs/locations.md'
    ]) {
      const result = await runCli([
        'changelog',
        '--git',
        other,
        '--path',
        pattern
      ])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'er-locations: `' + pattern + '` has no history in `' + other + '`\n'
      })
    }
  })

  it('should write one history a page given with --path, and one merged history with --merge', async () => {
    const both = [
      'changelog',
      '--git',
      other,
      '--path',
      'docs/locations.md',
      '--path',
      'docs/providers.md'
    ]
    const separate = await runCli(both)
    expect(separate.code).toBe(0)
    expect(separate.stdout.match(/^## .*$/gm)).toEqual([
      '## global/en/locations',
      '## global/en/locations-providers'
    ])
    // The by-provider file's history is the one it has alone.
    const alone = await runCli([
      'changelog',
      '--git',
      other,
      '--path',
      'docs/locations.md'
    ])
    expect(separate.stdout).toContain(
      alone.stdout.replace(/^# Changelog\n\n/, '')
    )
    // The same path twice is one page.
    expect(await runCli([...both, '--path', 'docs/locations.md'])).toEqual(
      separate
    )

    const merged = await runCli([...both, '--merge', '--format', 'json'])
    expect(merged.code).toBe(0)
    const changelog = JSON.parse(merged.stdout) as Changelog
    expect(
      new Set(
        changelog.versions.flatMap((version) => [
          version.from.document,
          version.to.document
        ])
      )
    ).toEqual(new Set(['global/en']))
    expect(changelog.versions[0]?.to.date).toBe('2020-01-17')
  })

  it('should count a revert as a version, and a commit that keeps the content once', async () => {
    const result = await runCli([
      'changelog',
      '--git',
      other,
      '--path',
      'docs/locations.md',
      '--format',
      'json'
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const changelog = JSON.parse(result.stdout) as Changelog
    // Commits: [0] A, [1] providers.md, [2] B, [3] A (revert), [4] mode change, [5] README.
    // One file, one document: the one its newest version (A, seed 002) is a version of.
    const document = 'global/en/locations'
    const a0 = {
      date: '2015-03-31',
      path: 'docs/locations.md@' + made[0],
      document
    }
    const b = {
      date: '2015-12-02',
      path: 'docs/locations.md@' + made[2],
      document
    }
    const a3 = {
      date: '2015-03-31',
      path: 'docs/locations.md@' + made[3],
      document
    }
    expect(
      changelog.versions.map((version) => [version.from, version.to])
    ).toEqual([
      [b, a3],
      [a0, b]
    ])
    // The revert undoes the change, in reverse.
    const [revert, change] = changelog.versions
    expect(revert?.changes.length).toBe(change?.changes.length)
    expect(revert?.changes.length).toBeGreaterThan(0)
  })
})
