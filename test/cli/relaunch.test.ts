/**
 * The CLI starts `node` again, with a larger young generation, to read a
 * git history (`src/cli/relaunch.ts`): which runs do, and that the run
 * started again is the run the user asked for (output, exit code, signal).
 */

import {spawn} from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  relaunchArguments,
  relaunchedVariable,
  youngGenerationFlag
} from '../../src/cli/relaunch.js'
import {fixture, seed000, seed001} from '../helpers.js'
import {builtBin, removeBuiltBin} from './built-bin.js'
import {docsRepository} from './docs-repo.js'
import {runCli} from './run.js'

describe('relaunchArguments', () => {
  const base = {
    execArgv: ['--enable-source-maps'],
    env: {},
    script: '/x/bin.js',
    platform: 'linux',
    inspecting: false
  }

  it('should start `node` again, with its options and the flag, for a git history', () => {
    for (const argv of [
      ['changelog', '--git', '.', '--path', 'a.md'],
      ['history', '--git=.', '--path', 'a.md'],
      ['update', '--from', '.', '--out', 'x'],
      ['update', '--from=.', '--out', 'x']
    ]) {
      expect(relaunchArguments({...base, argv})).toEqual([
        '--enable-source-maps',
        youngGenerationFlag,
        '/x/bin.js',
        ...argv
      ])
    }
  })

  it('should run here what reads no git history', () => {
    for (const argv of [
      [],
      ['parse', 'a.md'],
      ['changelog', 'a.md', 'b.md'],
      // A value, not the option.
      ['parse', '--', 'x--git'],
      ['parse', '--gitx'],
      // `--from` is `update`'s.
      ['changelog', '--from', '.']
    ]) {
      expect(relaunchArguments({...base, argv})).toBeUndefined()
    }
  })

  it('should not start again a run started again, nor repeat the options of a debugger, a profile or a young generation of the user', () => {
    const argv = ['changelog', '--git', '.', '--path', 'a.md']
    expect(
      relaunchArguments({...base, argv, env: {[relaunchedVariable]: '1'}})
    ).toBeUndefined()
    for (const option of [
      '--max-semi-space-size=64',
      '--max_semi_space_size=64',
      '--min-semi-space-size=8',
      '--inspect',
      '--inspect-brk=9229',
      '--inspect=127.0.0.1:9339',
      '--debug-port=1',
      '--cpu-prof',
      '--cpu-prof-name=x.cpuprofile',
      '--heap-prof',
      '--prof'
    ]) {
      expect(
        relaunchArguments({...base, argv, execArgv: [option]}),
        option
      ).toBeUndefined()
      expect(
        relaunchArguments({
          ...base,
          argv,
          env: {NODE_OPTIONS: '--no-warnings ' + option}
        }),
        option
      ).toBeUndefined()
    }

    // A debugger attached after the start (SIGUSR1), and Windows, where a
    // signal passed on kills the process it is passed to.
    expect(relaunchArguments({...base, argv, inspecting: true})).toBeUndefined()
    expect(
      relaunchArguments({...base, argv, platform: 'win32'})
    ).toBeUndefined()

    // Other options change nothing.
    for (const option of ['--no-warnings', '--profx', '--stack-size=900']) {
      expect(
        relaunchArguments({...base, argv, env: {NODE_OPTIONS: option}}),
        option
      ).toHaveLength(argv.length + 3)
    }
  })
})

describe('the built bin, started again', () => {
  let bin = ''
  let folder = ''
  let repository = ''
  const file = 'articles/locations.md'

  /** A preload that appends this process's options to `log`, one line each. */
  function preload(log: string, hang: boolean): string {
    const script = path.join(folder, hang ? 'hang.mjs' : 'log.mjs')
    writeFileSync(
      script,
      [
        "import {appendFileSync} from 'node:fs'",
        'appendFileSync(' +
          JSON.stringify(log) +
          ', JSON.stringify({pid: process.pid, execArgv: process.execArgv}) + "\\n")',
        // The process started again waits, to be stopped by a signal.
        hang
          ? 'if (process.execArgv.includes(' +
            JSON.stringify(youngGenerationFlag) +
            ')) { setInterval(() => {}, 1000); await new Promise(() => {}) }'
          : ''
      ].join('\n')
    )
    return pathToFileURL(script).href
  }

  /** Run the bin with `--import preload`, as a process. */
  function runBin(
    arguments_: string[],
    importUrl: string,
    onSpawn?: (pid: number) => void
  ): Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    stdout: string
    stderr: string
  }> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', importUrl, bin, ...arguments_],
        {stdio: ['ignore', 'pipe', 'pipe']}
      )
      const out: Buffer[] = []
      const error: Buffer[] = []
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => error.push(chunk))
      child.once('error', reject)
      child.once('spawn', () => onSpawn?.(child.pid as number))
      child.once('close', (code, signal) => {
        resolve({
          code,
          signal,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(error).toString('utf8')
        })
      })
    })
  }

  function logged(log: string): Array<{pid: number; execArgv: string[]}> {
    if (!existsSync(log)) return []
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as {pid: number; execArgv: string[]})
  }

  beforeAll(async () => {
    bin = await builtBin()
    folder = mkdtempSync(path.join(tmpdir(), 'er-locations-relaunch-'))
    repository = docsRepository(
      [
        {date: '2016-01-01', write: {[file]: fixture(seed000)}},
        {date: '2017-01-01', write: {[file]: fixture(seed001)}}
      ],
      'relaunch-'
    )
  }, 240_000)

  afterAll(() => {
    // A failed signal test leaves its waiting process: end it.
    for (const name of ['hang-SIGTERM.log', 'hang-SIGINT.log']) {
      for (const {pid} of logged(path.join(folder, name))) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // Gone, as it should be.
        }
      }
    }

    removeBuiltBin()
    rmSync(folder, {recursive: true, force: true})
    rmSync(repository, {recursive: true, force: true})
  })

  it('should read a history in a `node` started again with the flag, writing what the CLI writes in process', async () => {
    const log = path.join(folder, 'changelog.log')
    const arguments_ = ['changelog', '--git', repository, '--path', file]
    const result = await runBin(arguments_, preload(log, false))
    const inProcess = await runCli(arguments_)

    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(inProcess.stdout)
    expect(result.stdout).toMatch(/^# Changelog/m)
    // Two processes: this one, then the one with the flag and the same
    // options of its own (the preload), once.
    const processes = logged(log)
    expect(processes).toHaveLength(2)
    expect(processes[0]?.execArgv).not.toContain(youngGenerationFlag)
    expect(processes[1]?.execArgv).toContain(youngGenerationFlag)
    expect(processes[1]?.execArgv).toContain('--import')
  })

  it('should exit with the code of the run started again, its one line on stderr', async () => {
    const log = path.join(folder, 'missing.log')
    const result = await runBin(
      ['changelog', '--git', path.join(folder, 'nothing'), '--path', file],
      preload(log, false)
    )
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^er-locations: /)
    expect(logged(log)).toHaveLength(2)
  })

  it('should run in process what reads no git history', async () => {
    const log = path.join(folder, 'version.log')
    const result = await runBin(['--version'], preload(log, false))
    expect(result.code).toBe(0)
    expect(logged(log)).toHaveLength(1)
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'should pass %s on, and end by it as the run started again did',
    async (signal) => {
      const log = path.join(folder, 'hang-' + signal + '.log')
      const importUrl = preload(log, true)
      let parent = 0
      const done = runBin(
        ['changelog', '--git', repository, '--path', file],
        importUrl,
        (pid) => {
          parent = pid
        }
      )
      // Wait for the process started again to be up (and waiting).
      const deadline = Date.now() + 60_000
      while (logged(log).length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50))
      const processes = logged(log)
      expect(processes).toHaveLength(2)
      // To this process alone, as `kill` does (a terminal's Ctrl-C reaches
      // both).
      process.kill(parent, signal)
      const result = await done
      expect(result.signal).toBe(signal)
      // The one started again is gone too.
      const child = processes[1]?.pid as number
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(() => process.kill(child, 0)).toThrow()
    },
    90_000
  )
})
