import {describe, expect, it} from 'vitest'
import type {Changelog} from '../../src/index.js'
import {parse, renderDiff} from '../../src/index.js'
import {fixture, seed001, seed002} from '../helpers.js'
import {runCli} from './run.js'

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

const newLocations = [
  'Zurich',
  'Osaka',
  'Busan',
  'Seoul',
  'Cape Town',
  'Johannesburg'
]

describe('cli diff', () => {
  it('should name the new commercial locations from seed 002 (2015-03) to seed 001 (2020-01)', async () => {
    const result = await runCli([
      'diff',
      'fixtures/' + seed002,
      'fixtures/' + seed001
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    // Two documents (the 2015 page and today's page by location): a comparison.
    expect(result.stdout).toMatch(
      /^# Changelog\n\n## Comparison of 2020-01-17 \(`global\/en\/locations-providers`\) with 2015-03-31 \(`global\/en\/locations`\)\n/
    )
    for (const name of newLocations) {
      expect(result.stdout).toContain(
        '- New peering location **' + name + '** ('
      )
    }
  })

  it('should report no location both added and removed (seed 002 → seed 001, JSON)', async () => {
    const result = await runCli([
      'diff',
      'fixtures/' + seed002,
      'fixtures/' + seed001,
      '--format',
      'json'
    ])
    expect(result.code).toBe(0)
    const changelog = JSON.parse(result.stdout) as Changelog
    expect(changelog.versions).toHaveLength(1)
    const changes = changelog.versions[0]?.changes ?? []
    const added = changes.filter((change) => change.kind === 'location.added')
    const removed = changes.filter(
      (change) => change.kind === 'location.removed'
    )
    expect(added.map((change) => change.after?.name)).toEqual(
      expect.arrayContaining(newLocations)
    )
    const addedKeys = new Set(added.map((change) => change.key))
    expect(removed.filter((change) => addedKeys.has(change.key))).toEqual([])
    // Nor under a name: a place that came back is one record, not two.
    const addedNames = new Set(
      added.map((change) => change.after?.cloud + '/' + change.after?.name)
    )
    expect(
      removed.filter((change) =>
        addedNames.has(change.before?.cloud + '/' + change.before?.name)
      )
    ).toEqual([])
  })

  it('should print what the library renders, for both views and formats', async () => {
    for (const view of ['published', 'upstream'] as const) {
      for (const format of ['markdown', 'json'] as const) {
        const result = await runCli(
          [
            'diff',
            'fixtures/' + seed002,
            '-',
            '--view',
            view,
            '--format',
            format
          ],
          fixture(seed001)
        )
        expect(result).toEqual({
          code: 0,
          stdout: renderDiff(
            parse(fixture(seed002), {view, path: 'fixtures/' + seed002}),
            parse(fixture(seed001), {view, path: '<stdin>'}),
            {format}
          ),
          stderr: ''
        })
      }
    }
  })

  it('should find nothing between a page and itself', async () => {
    const result = await runCli([
      'diff',
      'fixtures/' + seed001,
      'fixtures/' + seed001
    ])
    expect(result).toEqual({
      code: 0,
      stdout:
        '# Changelog\n\n## 2020-01-17 (compared with 2020-01-17)\n\nNo changes.\n',
      stderr: ''
    })
  })

  it('should refuse bad usage with exit 2 and one line', async () => {
    expectUsageFailure(
      await runCli(['diff', 'fixtures/' + seed001]),
      /takes two files/
    )
    expectUsageFailure(
      await runCli(['diff', '-', '-']),
      /`diff` can read standard input once/
    )
    expectUsageFailure(
      await runCli([
        'diff',
        'fixtures/' + seed002,
        'fixtures/' + seed001,
        '--format',
        'csv'
      ]),
      /`--format` must be `markdown` or `json`/
    )
    expectUsageFailure(
      await runCli([
        'diff',
        'fixtures/' + seed002,
        'fixtures/' + seed001,
        '--view',
        'china'
      ]),
      /`--view` must be/
    )
    expectUsageFailure(
      await runCli(['diff', 'fixtures/' + seed002, 'no-such-file.md']),
      /`no-such-file.md`: no such file/
    )
  })
})
