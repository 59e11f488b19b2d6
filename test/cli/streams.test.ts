/**
 * The streams of the real process: a reader that stops reading, a full
 * disk, an output larger than a pipe holds; an endless, huge or folder
 * standard input.
 *
 * Every process runs once, a few at a time, in `beforeAll`; each test then
 * checks the results of its own runs. Each run that writes files has a
 * folder of its own.
 */

import {spawn} from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  writeFileSync
} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {inputLimits} from '../../src/input-limits.js'
import {root, seed000, seed001, seed002} from '../helpers.js'
import {builtBin, removeBuiltBin} from './built-bin.js'
import {runCli} from './run.js'

/**
 * How the test holds the other end of the child's standard output:
 * `close-mid-output` closes it after the first 100 bytes, which is a close
 * in the middle of the output only for an output larger than a pipe holds
 * (64 KiB on Linux): a smaller one is written whole into the pipe before
 * the reader gets to close it.
 */
type Stdout = 'read-all' | 'close-at-once' | 'close-mid-output' | 'dev-full'

/**
 * What the child reads: nothing, a file (or folder) opened as its standard
 * input, `y\n` without end from the test (through a socket, as Node.js
 * gives a child), or from `yes` through a shell pipe (`yes | er-locations`).
 */
type Stdin = 'ignore' | {file: string} | 'endless' | 'yes'

interface ProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Whether the test closed standard output before the child ended. */
  closed: boolean
}

/** A piece of output the reader takes before it closes mid-output. */
const closeAfter = 100
/** What a pipe holds on Linux. */
const pipeCapacity = 64 * 1024

const seeds = [
  'fixtures/' + seed002,
  'fixtures/' + seed000,
  'fixtures/' + seed001
]
// Versions of one page: their changelog is more than three pipes hold.
const large = [
  '2015-07-07_locations_en_a1c49436.md',
  '2015-09-22_locations_en_823c6313.md',
  '2016-03-31_locations_en_1d58cc77.md',
  '2016-07-28_locations_en_db868d3a.md',
  '2016-10-21_locations_en_a91d836a.md'
].map((name) => 'fixtures/corpus/' + name)

interface Invocation {
  argv: string[]
  /** The output is larger than a pipe holds (checked below): a close after 100 bytes is mid-output. */
  large?: boolean
}

/** Every command and every kind of output: each writes to standard output. */
const invocations: Invocation[] = [
  {argv: ['parse', seeds[2] as string], large: true},
  {argv: ['parse', seeds[2] as string, '--format', 'ndjson'], large: true},
  {argv: ['check', ...seeds]},
  {argv: ['views', seeds[1] as string]},
  {argv: ['diff', seeds[0] as string, seeds[1] as string]},
  {argv: ['changelog', ...seeds]},
  {argv: ['changelog', ...large, '--format', 'json'], large: true},
  {argv: ['summary', ...seeds]},
  {argv: ['dataset', seeds[0] as string, '--out', '<out>']},
  {argv: ['--help']},
  {argv: ['help', 'check']},
  {argv: ['--version']}
]

const fullDisk = existsSync('/dev/full')
let bin = ''
let folder = ''

/** Run the built CLI with its standard streams held as given; `<out>` is a new folder. */
function runBin(
  argv: string[],
  stdout: Stdout,
  stdin: Stdin = 'ignore'
): Promise<ProcessResult> {
  const args = argv.map((value) =>
    value === '<out>'
      ? path.join(mkdtempSync(path.join(folder, 'out-')), 'out')
      : value
  )
  const full = stdout === 'dev-full' ? openSync('/dev/full', 'w') : undefined
  const input =
    typeof stdin === 'object' ? openSync(stdin.file, 'r') : undefined

  return new Promise((resolve, reject) => {
    const [command, ...commandArguments] =
      stdin === 'yes'
        ? ['sh', '-c', 'yes | "$0" "$@"', process.execPath, bin, ...args]
        : [process.execPath, bin, ...args]
    const child = spawn(command as string, commandArguments, {
      cwd: root,
      stdio: [
        input ?? (stdin === 'endless' ? 'pipe' : 'ignore'),
        full ?? 'pipe',
        'pipe'
      ],
      env: {...process.env, NO_COLOR: '1'}
    })
    let output = ''
    let errors = ''
    let closed = false
    if (full !== undefined) closeSync(full)
    if (input !== undefined) closeSync(input)
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      errors += chunk
    })

    if (child.stdin) {
      // Write until the child stops reading; it closes its end then.
      const lines = Buffer.from('y\n'.repeat(32 * 1024))
      const feed = () => {
        while (!child.stdin?.destroyed && child.stdin?.write(lines)) {
          // The pipe took it: more.
        }
      }

      child.stdin.on('error', () => {})
      child.stdin.on('drain', feed)
      feed()
    }

    if (child.stdout) {
      if (stdout === 'close-at-once') {
        closed = true
        child.stdout.destroy()
      }

      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        output += chunk
        if (
          stdout === 'close-mid-output' &&
          !closed &&
          output.length >= closeAfter
        ) {
          closed = true
          child.stdout?.destroy()
        }
      })
    }

    child.on('error', reject)
    child.on('close', (code, signal) => {
      child.stdin?.destroy()
      resolve({code, signal, stdout: output, stderr: errors, closed})
    })
  })
}

/** Run `tasks`, at most `limit` at a time. */
async function pool<T>(
  tasks: Array<() => Promise<T>>,
  limit: number
): Promise<T[]> {
  const results: T[] = []
  let next = 0
  async function worker() {
    while (next < tasks.length) {
      const index = next++
      results[index] = await (tasks[index] as () => Promise<T>)()
    }
  }

  await Promise.all(Array.from({length: Math.min(limit, tasks.length)}, worker))
  return results
}

const results = new Map<string, ProcessResult>()
const huge = () => path.join(folder, 'huge.md')
const broken = () => path.join(folder, 'broken.md')

/** Every run of the file: a name, and how to run it. */
function runs(): Array<[string, () => Promise<ProcessResult>]> {
  const list: Array<[string, () => Promise<ProcessResult>]> = []
  for (const {argv, large: isLarge} of invocations) {
    const modes: Stdout[] = ['close-at-once']
    if (isLarge) modes.push('close-mid-output')
    if (fullDisk) modes.push('dev-full')
    for (const mode of modes)
      list.push([mode + ' ' + argv.join(' '), () => runBin(argv, mode)])
  }

  list.push(
    ['strict', () => runBin(['check', '--strict', broken()], 'close-at-once')],
    [
      'large',
      () => runBin(['changelog', ...large, '--format', 'json'], 'read-all')
    ],
    ['/dev/zero', () => runBin(['parse', '/dev/zero'], 'read-all')],
    [
      '- < /dev/zero',
      () => runBin(['parse', '-'], 'read-all', {file: '/dev/zero'})
    ],
    ['- < endless', () => runBin(['parse', '-'], 'read-all', 'endless')],
    ['yes | -', () => runBin(['parse', '-'], 'read-all', 'yes')],
    [
      'yes | /dev/stdin',
      () => runBin(['parse', '/dev/stdin'], 'read-all', 'yes')
    ],
    ['- < huge', () => runBin(['check', '-'], 'read-all', {file: huge()})],
    ['- < folder', () => runBin(['parse', '-'], 'read-all', {file: folder})]
  )
  return list
}

/** The result of the run called `name`. */
function result(name: string): ProcessResult {
  const found = results.get(name)
  if (!found) throw new Error('No run `' + name + '`')
  return found
}

beforeAll(async () => {
  bin = await builtBin()
  folder = mkdtempSync(path.join(tmpdir(), 'er-locations-streams-'))
  writeFileSync(broken(), 'a <!-- keep by customization: begin --> b\n')
  // 8 MiB of one line: over the size limit whatever the line limit.
  writeFileSync(huge(), 'a'.repeat(8 * inputLimits.maxBytes))
  const list = runs()
  const done = await pool(
    list.map(([, task]) => task),
    // Each process waits on its start and its pipes as much as on a core.
    2 * availableParallelism()
  )
  for (const [index, [name]] of list.entries())
    results.set(name, done[index] as ProcessResult)
}, 240_000)

afterAll(() => {
  removeBuiltBin()
})

describe('cli output streams', () => {
  for (const {argv, large: isLarge} of invocations) {
    const name = argv.join(' ').replace(/fixtures\/\S+/g, '<file>')

    it(
      'should end quietly on a closed pipe, and say a full disk in one line: ' +
        name,
      async () => {
        expect(result('close-at-once ' + argv.join(' '))).toMatchObject({
          code: 0,
          signal: null,
          stderr: ''
        })

        if (isLarge) {
          const mid = result('close-mid-output ' + argv.join(' '))
          expect(mid).toMatchObject({
            code: 0,
            signal: null,
            stderr: '',
            closed: true
          })
          // The close came in the middle: the output is larger than a pipe
          // holds, and the reader took only a part of it.
          const expected = await runCli(argv)
          expect(expected.stdout.length).toBeGreaterThan(pipeCapacity)
          expect(mid.stdout.length).toBeGreaterThanOrEqual(closeAfter)
          expect(mid.stdout.length).toBeLessThan(expected.stdout.length)
        }

        if (!fullDisk) return
        expect(result('dev-full ' + argv.join(' '))).toEqual({
          code: 2,
          signal: null,
          stdout: '',
          stderr:
            'er-locations: Cannot write to standard output: no space left on the device\n',
          closed: false
        })
      },
      60_000
    )
  }

  it('should keep the exit code of the command when the pipe closes', () => {
    expect(result('strict')).toMatchObject({code: 1, signal: null, stderr: ''})
  })

  it('should write a large output whole before it exits', async () => {
    const expected = await runCli(['changelog', ...large, '--format', 'json'])
    expect(expected.stdout.length).toBeGreaterThan(3 * pipeCapacity)
    expect(result('large')).toEqual({
      code: 0,
      signal: null,
      stdout: expected.stdout,
      stderr: '',
      closed: false
    })
  }, 60_000)
})

describe('cli input streams', () => {
  /** A refusal: exit 2, nothing on stdout, exactly `message` on stderr. */
  function refusal(message: string) {
    return {
      code: 2,
      signal: null,
      stdout: '',
      stderr: 'er-locations: ' + message + '\n',
      closed: false
    }
  }

  const over = 'it is larger than 1 MiB (1048576 bytes), the most a page can be'

  it('should refuse an endless input of NUL bytes as binary, file or standard input', () => {
    const binary =
      'it is binary (it contains NUL bytes), expected Markdown text'
    expect(result('/dev/zero')).toEqual(
      refusal('Cannot read `/dev/zero`: ' + binary)
    )
    expect(result('- < /dev/zero')).toEqual(
      refusal('Cannot read `<stdin>`: ' + binary)
    )
  })

  it('should stop reading an endless text at the size limit, and refuse it', () => {
    expect(result('- < endless')).toEqual(
      refusal('Cannot read `<stdin>`: ' + over)
    )
    expect(result('yes | -')).toEqual(refusal('Cannot read `<stdin>`: ' + over))
    // The path of a pipe, read as a file that has no size.
    expect(result('yes | /dev/stdin')).toEqual(
      refusal('Cannot read `/dev/stdin`: ' + over)
    )
  })

  it('should refuse a huge file given as standard input as it refuses the file', () => {
    expect(result('- < huge')).toEqual(
      refusal('Cannot read `<stdin>`: ' + over)
    )
  })

  it('should refuse standard input that is a folder', () => {
    expect(result('- < folder')).toEqual(
      refusal('Cannot read standard input: it is a directory')
    )
  })
})
