import {execFileSync} from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  gitHistory,
  gitVersions,
  type GitVersion
} from '../../src/cli/git-history.js'
import {run} from '../../src/cli/index.js'
import {UsageError} from '../../src/cli/io.js'
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

describe('gitHistory and gitVersions: one stream of contents', () => {
  let dense = ''
  /** What each commit wrote: `[commit, path, text]`, oldest first. */
  const written: Array<[string, string, string]> = []

  /** Run `git` in the dense repository. */
  function denseGit(arguments_: string[], input?: string | Buffer): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...arguments_], {
      cwd: dense,
      encoding: 'utf8',
      input,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2016-01-01T12:00:00Z',
        GIT_COMMITTER_DATE: '2016-01-01T12:00:00Z',
        GIT_CONFIG_NOSYSTEM: '1'
      }
    })
  }

  /*
   * 60 commits by one `git fast-import`, a day apart from 2016-01-01: the
   * page at `a.md` (commits 1–19), renamed to `docs/a.md` unchanged (20),
   * changed (21–29), deleted (30), written again (31–60), with commits of
   * another file between (45, 50, 55, 60); then, by plain commits, a page
   * that is not UTF-8 (`latin.md`) and one whose older content is removed
   * from the object store (`gone.md`).
   */
  beforeAll(() => {
    dense = mkdtempSync(path.join(tmpdir(), 'er-locations-git-dense-'))
    denseGit(['init', '-q'])
    denseGit(['config', 'user.name', 'Test'])
    denseGit(['config', 'user.email', 'test@example.com'])
    denseGit(['symbolic-ref', 'HEAD', 'refs/heads/main'])
    const lines: string[] = []
    const page = (step: number) =>
      '# Page\n\n| Location | Step |\n|--|--|\n' +
      Array.from(
        {length: step},
        (_, row) => '| Row ' + row + ' | ' + step + ' |\n'
      ).join('')
    let mark = 0
    const changes: Array<[string, string | undefined]> = []
    for (let step = 1; step <= 60; step++) {
      const file = step < 20 ? 'a.md' : 'docs/a.md'
      let change: string
      let text: string | undefined
      if (step === 20) change = 'R a.md docs/a.md'
      else if (step === 30) change = 'D docs/a.md'
      else if (step > 40 && step % 5 === 0) {
        text = 'other ' + step + '\n'
        change = 'M 100644 inline other.md'
      } else {
        text = page(step)
        change = 'M 100644 inline ' + file
      }

      changes.push([change, text])
      const time = Date.parse('2016-01-01T12:00:00Z') / 1000 + step * 86_400
      const who = 'Test <test@example.com> ' + time + ' +0000'
      lines.push(
        'commit refs/heads/main',
        'mark :' + ++mark,
        'author ' + who,
        'committer ' + who,
        'data 7',
        'Step ' + String(step).padStart(2, '0'),
        change
      )
      if (text !== undefined)
        lines.push('data ' + Buffer.byteLength(text), text)
      lines.push('')
    }

    denseGit(['fast-import', '--quiet'], lines.join('\n') + '\n')
    const log = denseGit(['log', '--reverse', '--format=%H']).trim().split('\n')
    for (const [index, [change, text]] of changes.entries()) {
      const file = change.split(' ').at(-1) as string
      if (change.startsWith('M') && file !== 'other.md' && text !== undefined)
        written.push([log[index] as string, file, text])
    }
  })

  it('should read a history of 56 commits: renames followed, deletions and other files skipped', async () => {
    const versions = await gitHistory(dense, 'docs/a.md')
    // 60 commits: 4 of the other file, a rename (a version of its own, the
    // same content), a deletion; 55 versions.
    const expected = written.flatMap(([commit, file, text], index) => {
      const version = {commit, path: file, text}
      // The rename: after step 19, the content of step 19 at its new path.
      return index === 18
        ? [
            version,
            {
              commit: denseGit(['log', '--format=%H', '--grep=Step 20']).trim(),
              path: 'docs/a.md',
              text
            }
          ]
        : [version]
    })
    expect(
      versions.map(({commit, path, text}) => ({commit, path, text}))
    ).toEqual(expected)
    expect(expected).toHaveLength(55)
    // Dates are the commit dates; blobs the content's hashes.
    expect(versions[0]?.date).toBe('2016-01-02')
    expect(versions.at(-1)?.date).toBe('2016-02-29')
    for (const version of [versions[0], versions[19], versions.at(-1)]) {
      const {commit, path, blob} = version as GitVersion
      expect(blob).toBe(denseGit(['rev-parse', commit + ':' + path]).trim())
    }

    expect(versions[18]?.blob).toBe(versions[19]?.blob)
  })

  it('should yield the same versions one at a time, with progress, and stop when left', async () => {
    const progress: string[] = []
    const seen: GitVersion[] = []
    for await (const version of gitVersions(dense, 'docs/a.md', {
      since: '2016-02-01',
      onProgress(index, count, version) {
        progress.push(index + '/' + count + ' ' + version.path)
      }
    }))
      seen.push(version)
    expect(seen).toEqual(
      (await gitHistory(dense, 'docs/a.md')).filter(
        (version) => version.date >= '2016-02-01'
      )
    )
    expect(progress[0]).toBe('1/' + seen.length + ' docs/a.md')
    expect(progress).toHaveLength(seen.length)

    // Leaving after two: the rest is not read, and nothing hangs.
    const first: string[] = []
    for await (const version of gitVersions(dense, 'docs/a.md')) {
      first.push(version.text)
      if (first.length === 2) break
    }

    expect(first).toEqual([written[0]?.[2], written[1]?.[2]])
  })

  it('should refuse a version that is not UTF-8, naming its path and commit', async () => {
    writeFileSync(
      path.join(dense, 'latin.md'),
      Buffer.from('# Caf\u00E9\n', 'latin1')
    )
    denseGit(['add', 'latin.md'])
    denseGit(['commit', '-q', '-m', 'Latin-1'])
    const commit = denseGit(['rev-parse', '--short=7', 'HEAD']).trim()
    const error = await gitHistory(dense, 'latin.md').catch(
      (error: unknown) => error
    )
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(
      'Cannot read `latin.md` at commit ' + commit + ': it is not valid UTF-8'
    )
    // Through the CLI: exit 2, one line.
    expect(
      await runCli(['changelog', '--git', dense, '--path', 'latin.md'])
    ).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'er-locations: Cannot read `latin.md` at commit ' +
        commit +
        ': it is not valid UTF-8\n'
    })
  })

  it('should refuse a version whose content is missing from the repository', async () => {
    // Three versions; the middle one's content goes (an added file's
    // would fail `git log --follow` itself, which reads it for renames).
    const commitOf = (text: string) => {
      writeFileSync(path.join(dense, 'gone.md'), text)
      denseGit(['add', 'gone.md'])
      denseGit(['commit', '-q', '-m', text])
      return denseGit(['rev-parse', 'HEAD']).trim()
    }

    commitOf('# Here\n')
    const commit = commitOf('# Gone, ' + dense + '\n')
    const blob = denseGit(['rev-parse', 'HEAD:gone.md']).trim()
    commitOf('# Still here\n')
    // A loose object (not packed): its file is the object.
    rmSync(path.join(dense, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))
    const error = await gitHistory(dense, 'gone.md').catch(
      (error: unknown) => error
    )
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(
      'Cannot read `gone.md` at commit ' +
        commit.slice(0, 7) +
        ': its content (object ' +
        blob.slice(0, 7) +
        ') is missing from the repository'
    )
    // The history of the other pages is still read.
    expect(await gitHistory(dense, 'docs/a.md')).toHaveLength(55)
  })
})
