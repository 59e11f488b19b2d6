/**
 * What the CLI reads and writes at the edges: inputs over the size limit
 * of a page are refused without being read whole, standard input that is a
 * folder is refused, and a failed write says its cause in words.
 */

import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {inputLimits} from '../../src/input-limits.js'
import {run, type Io} from '../../src/cli/index.js'
import {writeFailureReason} from '../../src/cli/output-failure.js'
import {root} from '../helpers.js'
import {runCli, type RunResult} from './run.js'

/** Run the CLI in-process with the given streams. */
async function runWith(argv: string[], io: Partial<Io>): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: (value) => void (stdout += value),
    stderr: (value) => void (stderr += value),
    stdin: async () => new Uint8Array(),
    cwd: root,
    ...io
  })
  return {code, stdout, stderr}
}

const limit = inputLimits.maxBytes
const tooLarge = (shown: string) =>
  'er-locations: Cannot read `' +
  shown +
  '`: it is larger than 1 MiB (1048576 bytes), the most a page can be\n'
const bom = new Uint8Array([0xef, 0xbb, 0xbf])
let directory = ''

/** `size` bytes of short lines: over the line limit, so the library refuses them at once. */
function lines(size: number): Uint8Array {
  return new TextEncoder().encode(
    'a\n'.repeat(Math.ceil(size / 2)).slice(0, size)
  )
}

beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'er-locations-io-'))
  writeFileSync(
    path.join(directory, 'at-limit.md'),
    Buffer.concat([bom, lines(limit)])
  )
  writeFileSync(
    path.join(directory, 'over-limit.md'),
    Buffer.concat([bom, lines(limit + 1)])
  )
  writeFileSync(path.join(directory, 'huge.md'), lines(8 * limit))
})

describe('cli input size', () => {
  it('should refuse a file over 1 MiB (a BOM not counted) with exit 2 and one line', async () => {
    for (const name of ['over-limit.md', 'huge.md']) {
      for (const command of ['parse', 'check', 'summary']) {
        expect(await runWith([command, name], {cwd: directory})).toEqual({
          code: 2,
          stdout: '',
          stderr: tooLarge(name)
        })
      }
    }
  })

  it('should read a file of exactly 1 MiB after its BOM (the library then judges it)', async () => {
    const result = await runWith(['check', 'at-limit.md'], {cwd: directory})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    // Within the size limit, over the line limit: the library's diagnostic.
    expect(result.stdout).toMatch(
      /lines, expected at most 10000.*input-too-large/
    )
  })

  it('should ask standard input for no more than a page and a few bytes, and refuse more', async () => {
    const asked: Array<number | undefined> = []
    const result = await runWith(['parse', '-'], {
      async stdin(maxBytes) {
        asked.push(maxBytes)
        // As the real one does: stop once over the bound.
        return lines((maxBytes ?? limit) + 1)
      }
    })
    expect(result).toEqual({code: 2, stdout: '', stderr: tooLarge('<stdin>')})
    expect(asked).toHaveLength(1)
    expect(asked[0]).toBeGreaterThanOrEqual(limit + 3)
    expect(asked[0]).toBeLessThan(limit + 16)
    // A BOM and exactly 1 MiB from standard input are within the limit.
    const atLimit = await runCli(
      ['check', '-'],
      Buffer.concat([bom, lines(limit)])
    )
    expect(atLimit.code).toBe(0)
    expect(atLimit.stdout).toMatch(/input-too-large/)
  })

  it('should refuse standard input that cannot be read, in words', async () => {
    const failing = (code: string) => async () => {
      throw Object.assign(new Error(code + ': some system message'), {code})
    }

    expect(await runWith(['parse', '-'], {stdin: failing('EISDIR')})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'er-locations: Cannot read standard input: it is a directory\n'
    })
    const unknown = await runWith(['parse', '-'], {stdin: failing('EWHATEVER')})
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'er-locations: Cannot read standard input: the system refused the read\n'
    })
  })
})

describe('cli write failures', () => {
  it('should say the cause of a failed write in words, never a bare code', async () => {
    const cases: Array<[string, string]> = [
      ['ENOSPC', 'no space left on the device'],
      ['EACCES', 'permission denied'],
      ['EIO', 'an input/output error of the device'],
      ['ECONNRESET', 'the system refused the write'],
      ['EAGAIN', 'the system refused the write'],
      ['ERR_STREAM_DESTROYED', 'the system refused the write']
    ]

    for (const [code, words] of cases) {
      const error = Object.assign(new Error(code + ': raw message'), {code})
      expect(writeFailureReason(error)).toBe(words)
      const result = await runWith(['--version'], {
        async flush() {
          throw error
        }
      })
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        'er-locations: Cannot write to standard output: ' + words + '\n'
      )
      expect(result.stderr).not.toMatch(/\bE[A-Z_]{3,}\b/)
    }

    expect(writeFailureReason(new Error('no code at all'))).toBe(
      'the system refused the write'
    )
  })

  it('should end quietly, with the exit code of the command, when the reader stopped reading', async () => {
    const result = await runWith(['--version'], {
      async flush() {
        throw Object.assign(new Error('EPIPE: broken pipe'), {code: 'EPIPE'})
      }
    })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })
})
