import {describe, expect, it} from 'vitest'
import type {Changelog} from '../../src/index.js'
import {fixture, seed000, seed001} from '../helpers.js'
import {runCli} from './run.js'

describe('cli views, the changes of the customization', () => {
  it('should tell what the Azure China edition changed (seed 000, upstream → published)', async () => {
    const result = await runCli(['views', 'fixtures/' + seed000])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(
      /^# Changelog\n\n## 2015-12-02, published view \(compared with 2015-12-02, upstream view\)\n/
    )
    expect(result.stdout).toContain(
      '- Connectivity provider **Cologix** was removed.'
    )
    expect(result.stdout).toMatch(
      /^- \*\*China Telecom Global\*\*: Hong Kong[^\n]* is now marked coming soon\.$/m
    )
    expect(result.stdout).toMatch(
      /^- \*\*Orange\*\* no longer offers ExpressRoute at Hong Kong[^\n]* and Singapore\.$/m
    )
  })

  it('should give the same changes as data with --format json', async () => {
    const result = await runCli([
      'views',
      'fixtures/' + seed000,
      '--format',
      'json'
    ])
    expect(result.code).toBe(0)
    const changelog = JSON.parse(result.stdout) as Changelog
    expect(changelog.versions).toHaveLength(1)
    const changes = changelog.versions[0]?.changes ?? []
    const kinds = changes.map((change) => change.kind + ' ' + change.key)
    expect(kinds).toContain('provider.removed cologix')
    expect(
      changes.some(
        (change) =>
          change.kind === 'offering.changed' &&
          change.after.provider === 'china-telecom-global'
      )
    ).toBe(true)
    // Orange loses Singapore and Hong Kong: its offerings there are removed.
    const orange = changes
      .filter(
        (change) =>
          change.kind === 'offering.removed' &&
          change.before.provider === 'orange'
      )
      .map((change) =>
        change.kind === 'offering.removed' ? change.before.location : ''
      )
    expect(orange).toContain('singapore')
    expect(orange.some((id) => id.startsWith('hong-kong'))).toBe(true)
  })

  it('should read standard input', async () => {
    const result = await runCli(['views', '-'], fixture(seed000))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '- Connectivity provider **Cologix** was removed.'
    )
  })

  it('should say so when a page has no customization', async () => {
    expect(await runCli(['views', 'fixtures/' + seed001])).toEqual({
      code: 0,
      stdout:
        '`fixtures/' +
        seed001 +
        '` has no customization: its published and upstream views are the same.\n',
      stderr: ''
    })
    const json = await runCli([
      'views',
      'fixtures/' + seed001,
      '--format',
      'json'
    ])
    expect(json.code).toBe(0)
    expect((JSON.parse(json.stdout) as Changelog).versions[0]?.changes).toEqual(
      []
    )
  })

  it('should still print the text of a view with --text', async () => {
    const result = await runCli(
      ['views', '-', '--text', 'published'],
      'a <!-- deleted by customization b --> c\n'
    )
    expect(result).toEqual({code: 0, stdout: 'a  c\n', stderr: ''})
  })

  it('should refuse --format with --text, and unknown formats', async () => {
    for (const argv of [
      [
        'views',
        'fixtures/' + seed000,
        '--text',
        'published',
        '--format',
        'json'
      ],
      ['views', 'fixtures/' + seed000, '--format', 'csv']
    ]) {
      const result = await runCli(argv)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^er-locations: `--format` [^\n]+\n$/)
    }
  })
})
