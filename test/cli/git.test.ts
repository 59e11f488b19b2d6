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
    env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1'}
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
    const result = await runCli(['changelog', '--git', repository, '--path', newPath])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    // The same history as the three seed files, but for the date that the
    // commit gave the page without `ms.date`.
    const golden = readFileSync(path.join(root, 'test/golden/changelog-seeds.md'), 'utf8')
    expect(result.stdout).toBe(
      golden.replace('## 2020-01-17 (compared with 2015-12-02)', '## 2020-02-01 (compared with 2015-12-02)')
    )
  })

  it('should name each version by its path at its commit, and collapse identical content', async () => {
    const result = await runCli(['changelog', '--git', repository, '--path', newPath, '--format', 'json'])
    expect(result.code).toBe(0)
    const changelog = JSON.parse(result.stdout) as Changelog
    // Commits: [0] seed 002, [1] seed 000, [2] move (same content as [1]), [3] README, [4] seed 001.
    expect(changelog.versions.map((version) => [version.from, version.to])).toEqual([
      [
        {date: '2015-12-02', path: oldPath + '@' + commits[1]},
        {date: '2020-02-01', path: newPath + '@' + commits[4]}
      ],
      [
        {date: '2015-03-31', path: oldPath + '@' + commits[0]},
        {date: '2015-12-02', path: oldPath + '@' + commits[1]}
      ]
    ])
  })

  it('should select commits by date with --since and --until (inclusive)', async () => {
    const since = await runCli(['changelog', '--git', repository, '--path', newPath, '--since', '2015-12-03'])
    expect(since.code).toBe(0)
    expect(since.stdout.match(/^## .*$/gm)).toEqual(['## 2020-02-01 (compared with 2015-12-02)'])
    const until = await runCli(['changelog', '--git', repository, '--path', newPath, '--until', '2015-12-03'])
    expect(until.stdout.match(/^## .*$/gm)).toEqual(['## 2015-12-02 (compared with 2015-03-31)'])
    // One version (and its rename): nothing to compare.
    const one = await runCli([
      'changelog', '--git', repository, '--path', newPath, '--since', '2015-12-01', '--until', '2016-12-31'
    ])
    expect(one).toEqual({code: 0, stdout: '# Changelog\n\nNo changes.\n', stderr: ''})
  })

  it('should show progress on standard error only when it is a terminal', async () => {
    let stdout = ''
    let stderr = ''
    const code = await run(['changelog', '--git', repository, '--path', newPath], {
      stdout: (value) => void (stdout += value),
      stderr: (value) => void (stderr += value),
      stdin: async () => new Uint8Array(),
      cwd: root,
      isTTY: true
    })
    expect(code).toBe(0)
    expect(stdout).toBe((await runCli(['changelog', '--git', repository, '--path', newPath])).stdout)
    expect(stderr).toContain('reading ' + oldPath + ' at ' + commits[0] + ' (1/4)')
    expect(stderr).toContain('reading ' + newPath + ' at ' + commits[4] + ' (4/4)')
    expect(stderr.endsWith('\n')).toBe(true)
  })

  it('should refuse what is not a history with exit 2 and one line', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'er-locations-plain-'))
    const cases: Array<[string[], RegExp]> = [
      [['--git', plain, '--path', newPath], /is not a git repository/],
      [['--git', path.join(plain, 'missing'), '--path', newPath], /no such directory/],
      [['--git', repository, '--path', 'articles/never.md'], /`articles\/never.md` has no history/],
      [['--git', repository, '--path', newPath, '--since', '2021-01-01'], /No commit of .* since 2021-01-01/]
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
      expect(await runCli(['changelog', '--git', repository, '--path', newPath])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'er-locations: Cannot run `git`: it is not installed or not on PATH\n'
      })
    } finally {
      process.env['PATH'] = saved
    }
  })
})
