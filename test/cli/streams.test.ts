/**
 * The output streams of the real process: a reader that stops reading, a
 * full disk, an output larger than a pipe holds.
 */

import {spawn} from 'node:child_process'
import {closeSync, existsSync, mkdtempSync, openSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, seed000, seed001, seed002} from '../helpers.js'
import {builtBin, removeBuiltBin} from './built-bin.js'
import {runCli} from './run.js'

/** How the test holds the other end of the child's standard output. */
type Stdout = 'read-all' | 'close-at-once' | 'close-after-100-bytes' | 'dev-full'

interface ProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

const seeds = ['fixtures/' + seed002, 'fixtures/' + seed000, 'fixtures/' + seed001]
// More than a pipe holds (64 KiB on Linux), so the pipe closes mid-output.
const large = [...seeds, 'fixtures/corpus/2015-07-07_locations_en_a1c49436.md']

/** Every command and every kind of output: each writes to standard output. */
const invocations: string[][] = [
  ['parse', seeds[2] as string],
  ['parse', seeds[2] as string, '--format', 'ndjson'],
  ['check', ...seeds],
  ['views', seeds[1] as string],
  ['diff', seeds[0] as string, seeds[1] as string],
  ['changelog', ...seeds],
  ['changelog', ...large, '--format', 'json'],
  ['summary', ...seeds],
  ['dataset', seeds[0] as string, '--out', '<out>'],
  ['--help'],
  ['help', 'check'],
  ['--version']
]

let bin = ''
let out = ''

beforeAll(async () => {
  bin = await builtBin()
  out = mkdtempSync(path.join(tmpdir(), 'er-locations-streams-'))
}, 120_000)

afterAll(() => {
  removeBuiltBin()
})

/** Run the built CLI with its standard output held as `stdout` says. */
function runBin(argv: string[], stdout: Stdout): Promise<ProcessResult> {
  const args = argv.map((value) => (value === '<out>' ? out : value))
  const full = stdout === 'dev-full' ? openSync('/dev/full', 'w') : undefined

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      stdio: ['ignore', full ?? 'pipe', 'pipe'],
      env: {...process.env, NO_COLOR: '1'}
    })
    let output = ''
    let errors = ''
    if (full !== undefined) closeSync(full)
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      errors += chunk
    })

    if (child.stdout) {
      if (stdout === 'close-at-once') child.stdout.destroy()
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        output += chunk
        if (stdout === 'close-after-100-bytes' && output.length >= 100) child.stdout?.destroy()
      })
    }

    child.on('error', reject)
    child.on('close', (code, signal) => {
      resolve({code, signal, stdout: output, stderr: errors})
    })
  })
}

describe('cli output streams', () => {
  for (const argv of invocations) {
    const name = argv.join(' ').replace(/fixtures\/\S+/g, '<file>')

    it('should end quietly on a closed pipe, and say a full disk in one line: ' + name, async () => {
      const [atOnce, after100] = await Promise.all([
        runBin(argv, 'close-at-once'),
        runBin(argv, 'close-after-100-bytes')
      ])
      expect(atOnce).toMatchObject({code: 0, signal: null, stderr: ''})
      expect(after100).toMatchObject({code: 0, signal: null, stderr: ''})
      if (!existsSync('/dev/full')) return
      expect(await runBin(argv, 'dev-full')).toEqual({
        code: 2,
        signal: null,
        stdout: '',
        stderr: 'er-locations: Cannot write to standard output: no space left on the device\n'
      })
    }, 60_000)
  }

  it('should keep the exit code of the command when the pipe closes', async () => {
    const broken = path.join(out, 'broken.md')
    writeFileSync(broken, 'a <!-- keep by customization: begin --> b\n')
    const result = await runBin(['check', '--strict', broken], 'close-at-once')
    expect(result).toMatchObject({code: 1, signal: null, stderr: ''})
  }, 60_000)

  it('should write a large output whole before it exits', async () => {
    const argv = ['changelog', ...large, '--format', 'json']
    const result = await runBin(argv, 'read-all')
    const expected = await runCli(argv)
    expect(expected.stdout.length).toBeGreaterThan(256 * 1024)
    expect(result).toEqual({code: 0, signal: null, stdout: expected.stdout, stderr: ''})
  }, 60_000)
})
