import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  allDocuments,
  fixture,
  fixturesDirectory,
  root,
  seed000
} from '../helpers.js'
import {runCli} from './run.js'
import {readFileSync} from 'node:fs'

const commands = ['parse', 'check', 'views', 'summary']
const customized = allDocuments().filter((name) =>
  fixture(name).includes('by customization')
)

/** A usage failure: exit 2, nothing on stdout, one line on stderr. */
function expectUsageFailure(
  result: {code: number; stdout: string; stderr: string},
  pattern: RegExp
) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
}

describe('cli frame', () => {
  it('should print help listing every command', async () => {
    const result = await runCli(['--help'])
    expect(result.code).toBe(0)
    for (const command of commands)
      expect(result.stdout).toContain('  ' + command + ' ')
  })

  it('should print help for every command', async () => {
    for (const command of commands) {
      const result = await runCli([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(
        new RegExp('^Usage: er-locations ' + command)
      )
    }
  })

  it('should print the version of package.json', async () => {
    const {version} = JSON.parse(
      readFileSync(path.join(root, 'package.json'), 'utf8')
    ) as {
      version: string
    }
    expect(await runCli(['--version'])).toEqual({
      code: 0,
      stdout: version + '\n',
      stderr: ''
    })
  })

  it('should refuse bad usage with exit 2 and one line', async () => {
    expect((await runCli([])).code).toBe(2)
    expectUsageFailure(
      await runCli(['frobnicate']),
      /Unknown command `frobnicate`/
    )
    expectUsageFailure(
      await runCli(['check', '--bogus', 'x']),
      /Unknown option `--bogus`; run `er-locations check --help`/
    )
    expectUsageFailure(
      await runCli(['views', 'fixtures/' + seed000, '--format', 'csv']),
      /`--format` must be/
    )
    expectUsageFailure(
      await runCli(['views', 'fixtures/' + seed000, '--text', 'other']),
      /--text published/
    )
    expectUsageFailure(await runCli(['check']), /at least one file/)
  })

  it('should refuse missing, directory, binary and non-UTF-8 inputs with exit 2', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'er-locations-'))
    const binary = path.join(directory, 'binary.md')
    writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]))
    const latin1 = path.join(directory, 'latin1.md')
    writeFileSync(latin1, Buffer.from('# Caf\xe9\n', 'latin1'))

    expectUsageFailure(
      await runCli(['check', 'no-such-file.md']),
      /`no-such-file.md`: no such file/
    )
    expectUsageFailure(
      await runCli(['check', fixturesDirectory]),
      /it is a directory/
    )
    expectUsageFailure(await runCli(['check', binary]), /it is binary/)
    expectUsageFailure(await runCli(['check', latin1]), /not valid UTF-8/)
    expectUsageFailure(
      await runCli(
        ['views', '-', '--text', 'published'],
        new Uint8Array([0xff, 0xfe, 0x41])
      ),
      /`<stdin>`: it is not valid UTF-8/
    )
  })
})

describe('cli views', () => {
  for (const view of ['published', 'upstream']) {
    it(
      'should print the checked golden ' + view + ' view of seed 000',
      async () => {
        const result = await runCli([
          'views',
          'fixtures/' + seed000,
          '--text',
          view
        ])
        expect(result).toEqual({
          code: 0,
          stdout: readFileSync(
            path.join(root, 'test/fixtures/seed-000', view + '.md'),
            'utf8'
          ),
          stderr: ''
        })
      }
    )
  }

  it('should read standard input', async () => {
    const result = await runCli(
      ['views', '-', '--text', 'upstream'],
      'a <!-- deleted by customization b --> c\n'
    )
    expect(result).toEqual({code: 0, stdout: 'a b c\n', stderr: ''})
  })

  for (const name of customized) {
    it(
      'should print both views of a customized document: ' + name,
      async () => {
        for (const view of ['published', 'upstream']) {
          const result = await runCli([
            'views',
            'fixtures/' + name,
            '--text',
            view
          ])
          expect(result.code).toBe(0)
          expect(result.stderr).toBe('')
          expect(result.stdout).not.toContain('by customization')
        }
      }
    )
  }
})

describe('cli check', () => {
  it('should report diagnostics of seeds with raw line and column', async () => {
    const result = await runCli([
      'check',
      'fixtures/' + seed000,
      'fixtures/seeds/001_cfa4b7430e42c113.txt'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('fixtures/' + seed000)
    expect(result.stdout).toMatch(/108:87\s+info\s+Unexpected comment opening/)
    expect(result.stdout).toContain('nested-customization-comment')
    expect(result.stdout).toMatch(
      /131:191\s+warning\s+Unexpected `IX Reach Megaport`/
    )
    expect(result.stdout).toContain('list-missing-comma')
  })

  it('should exit 1 with --strict when a document has an error', async () => {
    const broken = 'a <!-- keep by customization: begin --> b\n'
    const lenient = await runCli(['check', '-'], broken)
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toMatch(/1:3\s+error/)
    const strict = await runCli(['check', '--strict', '-'], broken)
    expect(strict.code).toBe(1)
  })

  it('should exit 0 with --strict when there are only infos', async () => {
    expect(
      (await runCli(['check', '--strict', 'fixtures/' + seed000])).code
    ).toBe(0)
  })

  for (const name of customized) {
    it('should check a customized document: ' + name, async () => {
      const result = await runCli(['check', 'fixtures/' + name])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
    })
  }
})

describe('cli summary', () => {
  it('should summarize metadata and customization', async () => {
    const result = await runCli(['summary', 'fixtures/' + seed000])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('date: 2015-12-02, metadata: acom')
    expect(result.stdout).toMatch(/customization: \d+ deleted, \d+ kept/)
  })
})
