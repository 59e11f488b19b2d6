/**
 * Command-line conventions, after remark-cli (unified-args) and eslint:
 * `help <command>`, `--`, one-line messages for options, usage on stderr
 * without a command, standard input once, colour, `check --quiet`.
 */

import {copyFileSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {run, type Io} from '../../src/cli/index.js'
import {fixturesDirectory, root, seed000, seed001} from '../helpers.js'
import {runCli, type RunResult} from './run.js'

/** Run the CLI in-process with the given working directory, environment and terminals. */
async function runWith(
  argv: string[],
  io: Partial<Io> = {}
): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: (value) => void (stdout += value),
    stderr: (value) => void (stderr += value),
    stdin: async () => new TextEncoder().encode('a\n'),
    cwd: root,
    ...io
  })
  return {code, stdout, stderr}
}

/** A usage failure: exit 2, nothing on stdout, exactly `message` on stderr. */
function usageFailure(message: string): RunResult {
  return {code: 2, stdout: '', stderr: 'er-locations: ' + message + '\n'}
}

const seed = 'fixtures/' + seed000
const broken = 'a <!-- keep by customization: begin --> b\n'
// The SGR escape that starts every colour of vfile-reporter.
// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[\d+m/
let directory = ''

beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'er-locations-conventions-'))
  copyFileSync(
    path.join(fixturesDirectory, seed000),
    path.join(directory, '-weird-name.md')
  )
  writeFileSync(path.join(directory, 'broken.md'), broken)
})

describe('cli help', () => {
  it('should print the help of a command with `help <command>`', async () => {
    for (const name of [
      'parse',
      'check',
      'views',
      'diff',
      'changelog',
      'summary',
      'dataset',
      'update'
    ]) {
      const result = await runCli(['help', name])
      expect(result).toEqual(await runCli([name, '--help']))
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(
        new RegExp('^Usage: er-locations ' + name + ' ')
      )
    }
  })

  it('should print the main help with `help` alone', async () => {
    const result = await runCli(['help'])
    expect(result).toEqual(await runCli(['--help']))
    expect(result.code).toBe(0)
  })

  it('should refuse `help` of an unknown command or of two', async () => {
    expect(await runCli(['help', 'nosuch'])).toEqual(
      usageFailure(
        'Unknown command `nosuch`; run `er-locations --help` for the list'
      )
    )
    expect((await runCli(['help', 'check', 'diff'])).code).toBe(2)
  })

  it('should print the usage on stderr and exit 2 without a command', async () => {
    const help = await runCli(['--help'])
    expect(await runCli([])).toEqual({code: 2, stdout: '', stderr: help.stdout})
  })

  it('should not cite a file that is not in the repository', async () => {
    for (const argv of [
      ['--help'],
      ...[
        'parse',
        'check',
        'views',
        'diff',
        'changelog',
        'summary',
        'dataset',
        'update'
      ].map((name) => ['help', name])
    ]) {
      expect((await runCli(argv)).stdout).not.toMatch(/SPEC|§/)
    }
  })
})

describe('cli options before the command', () => {
  it('should say an unknown option is an option, not a command', async () => {
    for (const option of ['--foo', '-x', '--foo=bar']) {
      expect(await runCli([option, 'parse', seed])).toEqual(
        usageFailure(
          'Unknown option `' +
            option.replace(/=.*/, '') +
            '`; run `er-locations --help`'
        )
      )
    }

    expect(await runCli(['--foo'])).toEqual(
      usageFailure('Unknown option `--foo`; run `er-locations --help`')
    )
    expect(await runCli(['--help=yes'])).toEqual(
      usageFailure('Option `--help` takes no value; run `er-locations --help`')
    )
  })

  it('should print the help of the command after `--help`', async () => {
    for (const argv of [
      ['--help', 'parse'],
      ['-h', 'parse'],
      ['--help', '--', 'parse'],
      ['--version', '--help', 'parse']
    ]) {
      expect(await runCli(argv)).toEqual(await runCli(['help', 'parse']))
    }

    expect((await runCli(['--help', 'parse'])).stdout).toMatch(
      /^Usage: er-locations parse /
    )
    expect(await runCli(['--help', 'nosuch'])).toEqual(
      usageFailure(
        'Unknown command `nosuch`; run `er-locations --help` for the list'
      )
    )
  })

  it('should end the options at `--` before the command', async () => {
    const direct = await runCli(['summary', seed])
    expect(direct.code).toBe(0)
    expect(await runCli(['--', 'summary', seed])).toEqual(direct)
    // After `--`, a dash is a command name, not an option.
    expect(await runCli(['--', '--help'])).toEqual(
      usageFailure(
        'Unknown command `--help`; run `er-locations --help` for the list'
      )
    )
    const help = await runCli(['--help'])
    expect(await runCli(['--'])).toEqual({
      code: 2,
      stdout: '',
      stderr: help.stdout
    })
  })

  it('should print the help of `help` (the main help) with `help --help`', async () => {
    const main = await runCli(['--help'])
    for (const argv of [
      ['help', '--help'],
      ['help', '-h'],
      ['help', 'help'],
      ['--help', 'help']
    ]) {
      expect(await runCli(argv)).toEqual(main)
    }

    expect(await runCli(['help', '--', 'check'])).toEqual(
      await runCli(['check', '--help'])
    )
    expect(await runCli(['help', '--foo'])).toEqual(
      usageFailure('Unknown option `--foo`; run `er-locations --help`')
    )
  })

  it('should refuse anything given with `--version`', async () => {
    const version = await runCli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/)
    expect(await runCli(['-v'])).toEqual(version)
    expect(await runCli(['--version', '--foo'])).toEqual(
      usageFailure('Unknown option `--foo`; run `er-locations --help`')
    )
    expect(await runCli(['--version', 'parse'])).toEqual(
      usageFailure(
        '`--version` takes no arguments, got `parse`; run `er-locations --help`'
      )
    )
  })
})

describe('cli options', () => {
  it('should say which option is unknown, in one line', async () => {
    expect(await runCli(['check', '--foo', seed])).toEqual(
      usageFailure('Unknown option `--foo`; run `er-locations check --help`')
    )
    expect(await runCli(['check', '--foo=bar', seed])).toEqual(
      usageFailure('Unknown option `--foo`; run `er-locations check --help`')
    )
    expect(await runCli(['diff', '-x', seed, seed])).toEqual(
      usageFailure('Unknown option `-x`; run `er-locations diff --help`')
    )
  })

  it('should say which option needs a value', async () => {
    expect(await runCli(['changelog', seed, '--format'])).toEqual(
      usageFailure(
        'Option `--format` needs a value; run `er-locations changelog --help`'
      )
    )
    // The next argument is an option, not the value left out.
    expect(await runCli(['changelog', '--git', '--path', 'x.md'])).toEqual(
      usageFailure(
        'Option `--git` needs a value; run `er-locations changelog --help`'
      )
    )
    // A value that starts with a dash is given with `=`.
    expect((await runCli(['views', seed, '--text=-x'])).stderr).toMatch(
      /`--text` must be/
    )
  })

  it('should refuse a value for a flag', async () => {
    expect(await runCli(['check', '--strict=yes', seed])).toEqual(
      usageFailure(
        'Option `--strict` takes no value; run `er-locations check --help`'
      )
    )
  })

  it('should end the options at `--`', async () => {
    const result = await runWith(['summary', '--', '-weird-name.md'], {
      cwd: directory
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^-weird-name\.md\n {2}date: 2015-12-02/)
    expect(
      (await runWith(['parse', '--', '-weird-name.md'], {cwd: directory})).code
    ).toBe(0)
    // Without `--` it is an option.
    expect(
      (await runWith(['summary', '-weird-name.md'], {cwd: directory})).stderr
    ).toMatch(/Unknown option `-w`/)
    // After `--`, `--help` is a file name, not a request for help.
    expect(await runCli(['summary', '--', '--help'])).toEqual(
      usageFailure('Cannot read `--help`: no such file')
    )
    expect((await runCli(['summary', '--help', '--'])).stdout).toMatch(
      /^Usage: er-locations summary/
    )
  })

  it('should read standard input once, for every command that takes several files', async () => {
    for (const argv of [
      ['check', '-', '-'],
      ['summary', seed, '-', '-'],
      ['changelog', '-', seed, '-'],
      ['diff', '-', '-'],
      [
        'dataset',
        '-',
        seed,
        '-',
        '--out',
        path.join(directory, 'never-written')
      ]
    ]) {
      expect(await runCli(argv)).toEqual(
        usageFailure(
          '`' +
            argv[0] +
            '` can read standard input once: give `-` for one file only'
        )
      )
    }
  })
})

describe('cli check report', () => {
  const argv = ['check', 'broken.md']

  it('should colour the report on a terminal', async () => {
    expect(
      (await runWith(argv, {cwd: directory, stdoutIsTTY: true})).stdout
    ).toMatch(ansi)
  })

  it('should not colour the report elsewhere, by default', async () => {
    const result = await runWith(argv, {cwd: directory})
    expect(result.stdout).toContain('1:3 error')
    expect(result.stdout).not.toMatch(ansi)
    // Where standard error is a terminal but the report goes elsewhere.
    expect(
      (await runWith(argv, {cwd: directory, isTTY: true})).stdout
    ).not.toMatch(ansi)
  })

  it('should follow NO_COLOR and FORCE_COLOR, FORCE_COLOR first', async () => {
    const cases: Array<[Record<string, string>, boolean, boolean]> = [
      // [env, stdout is a terminal, coloured]
      [{FORCE_COLOR: '1'}, false, true],
      [{FORCE_COLOR: 'true'}, false, true],
      [{FORCE_COLOR: '0'}, true, false],
      [{FORCE_COLOR: 'false'}, true, false],
      [{FORCE_COLOR: ''}, false, false],
      [{NO_COLOR: '1'}, true, false],
      // An empty NO_COLOR is not set (no-color.org).
      [{NO_COLOR: ''}, true, true],
      [{NO_COLOR: '1', FORCE_COLOR: '1'}, false, true],
      [{TERM: 'dumb'}, true, false]
    ]
    for (const [env, stdoutIsTTY, coloured] of cases) {
      const {stdout} = await runWith(argv, {cwd: directory, env, stdoutIsTTY})
      expect([env, stdoutIsTTY, ansi.test(stdout)]).toEqual([
        env,
        stdoutIsTTY,
        coloured
      ])
    }
  })

  it('should report errors only with --quiet', async () => {
    const all = await runWith(
      ['check', 'broken.md', path.join(root, 'fixtures', seed001)],
      {cwd: directory}
    )
    expect(all.stdout).toMatch(/warning/)
    const quiet = await runWith(
      ['check', '--quiet', 'broken.md', path.join(root, 'fixtures', seed001)],
      {cwd: directory}
    )
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toMatch(/^broken\.md\n1:3 +error .*\n\n✖ 1 error\n$/)
    // Nothing to report: nothing printed.
    expect(await runCli(['check', '--quiet', seed])).toEqual({
      code: 0,
      stdout: '',
      stderr: ''
    })
  })

  it('should keep the exit code of --strict with --quiet', async () => {
    expect(
      (
        await runWith(['check', '--strict', '--quiet', 'broken.md'], {
          cwd: directory
        })
      ).code
    ).toBe(1)
    expect((await runCli(['check', '--strict', '--quiet', seed])).code).toBe(0)
  })
})
