/**
 * `er-locations history`: the JSON of a history, `--out` (written as
 * `dataset` writes), the queries, the several-docs refusal, git input; and
 * the filters of `changelog`.
 */

import {execFileSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Changelog, History} from '../../src/index.js'
import {root, seed000, seed002} from '../helpers.js'
import {runCli} from './run.js'

const caseFolder = 'test/fixtures/history-small'
const inputs = ['v1', 'v2', 'v3', 'v4', 'v5'].map(
  (name) => caseFolder + '/inputs/' + name + '.md'
)
const golden = (name: string) =>
  readFileSync(path.join(root, caseFolder, name), 'utf8')

/** A run's failure: exit 2, nothing on stdout, one line on stderr. */
function expectUsage(
  result: {code: number; stdout: string; stderr: string},
  pattern: RegExp
) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.split('\n')).toHaveLength(2)
  expect(result.stderr).toMatch(pattern)
}

let scratch = ''
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'er-locations-history-'))
})
afterAll(() => {
  rmSync(scratch, {recursive: true, force: true})
})

describe('cli history', () => {
  it('should print the checked golden history as JSON, whatever the order of the files', async () => {
    const result = await runCli(['history', ...inputs])
    expect(result).toEqual({
      code: 0,
      stdout: golden('history.json'),
      stderr: ''
    })
    expect(result.stdout.endsWith('}\n')).toBe(true)
    const reversed = await runCli(['history', ...[...inputs].reverse()])
    expect(reversed.stdout).toBe(result.stdout)
    // An absolute path is recorded relative to the working directory.
    const absolute = await runCli([
      'history',
      ...inputs.map((input) => path.join(root, input))
    ])
    expect(absolute.stdout).toBe(result.stdout)
  })

  it('should refuse pages of several docs, naming them, and keep one with --document', async () => {
    const several = await runCli([
      'history',
      'fixtures/' + seed000,
      'fixtures/' + seed002
    ])
    expectUsage(
      several,
      /^er-locations: The pages given are of 2 docs, `china\/en`, `global\/en`: a history is of one; choose it with `--document <edition\/language>`\n$/
    )
    const one = await runCli([
      'history',
      'fixtures/' + seed000,
      'fixtures/' + seed002,
      '--document',
      'global/en'
    ])
    expect(one.code).toBe(0)
    const history = JSON.parse(one.stdout) as History
    expect(history.docs).toBe('global/en')
    expect(history.versions.map((version) => version.path)).toEqual([
      'fixtures/' + seed002
    ])
  })

  it('should refuse bad usage with exit 2 and one line', async () => {
    expectUsage(await runCli(['history']), /takes at least one file/)
    expectUsage(
      await runCli(['history', ...inputs, '--check']),
      /`--check` is about the files of `--out <dir>`/
    )
    expectUsage(
      await runCli(['history', ...inputs, '--out', scratch, '--provider', 'x']),
      /`--out` writes the whole history/
    )
    expectUsage(
      await runCli(['history', ...inputs, '--cloud', 'azure']),
      /`--cloud` must be one of `commercial`, `us-government`, `china`, `germany`, `national`, not `azure`/
    )
    expectUsage(
      await runCli(['history', ...inputs, '--path', 'x.md']),
      /`--path` reads history from git/
    )
    expectUsage(
      await runCli(['history', inputs[0] as string, inputs[0] as string]),
      /is given twice/
    )
  })

  it('should show its help', async () => {
    const result = await runCli(['history', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: er-locations history <file\.\.\.>/)
    for (const option of [
      '--provider',
      '--location',
      '--cloud',
      '--out',
      '--check',
      '--force',
      '--git',
      '--document'
    ])
      expect(result.stdout).toContain('  ' + option + ' ')
  })
})

describe('cli history --out', () => {
  const tables = [
    'intervals.csv',
    'locations-history.csv',
    'offerings-history.csv',
    'providers-history.csv',
    'region-locations-history.csv',
    'regions-history.csv',
    'versions.csv'
  ]

  it('should write the history as dataset writes a dataset: byte-stable, with a manifest', async () => {
    const out = path.join(scratch, 'written')
    const result = await runCli(['history', ...inputs, '--out', out])
    expect(result).toEqual({
      code: 0,
      stdout: 'Wrote 15 files of 5 versions of global/en to ' + out + '\n',
      stderr: ''
    })
    expect(readdirSync(out).sort()).toEqual([
      'datacenter-providers-history.csv',
      'exchanges-history.csv',
      'history.json',
      'history.schema.json',
      'intervals.csv',
      'locations-history.csv',
      'manifest.json',
      'offerings-history.csv',
      'providers-history.csv',
      'region-locations-history.csv',
      'regions-history.csv',
      'research-networks-history.csv',
      'satellite-operators-history.csv',
      'system-integrators-history.csv',
      'versions.csv'
    ])
    for (const name of ['history.json', ...tables])
      expect(readFileSync(path.join(out, name), 'utf8')).toBe(golden(name))
    expect(
      readFileSync(path.join(out, 'system-integrators-history.csv'), 'utf8')
    ).toBe('id,continent,name,names,firstSeen,lastSeen,intervals\n')
    const manifest = JSON.parse(
      readFileSync(path.join(out, 'manifest.json'), 'utf8')
    ) as {set: string; files: Record<string, string>}
    expect(manifest.set).toBe('history')
    expect(Object.keys(manifest.files)).toHaveLength(14)

    const again = await runCli(['history', ...inputs, '--out', out])
    expect(again.stdout).toBe(
      out +
        ' is up to date (15 files of 5 versions of global/en): nothing written\n'
    )
    const check = await runCli(['history', ...inputs, '--out', out, '--check'])
    expect(check).toEqual({
      code: 0,
      stdout: out + ' is up to date (15 files)\n',
      stderr: ''
    })
  })

  it('should name stale files with --check (exit 1), and leave files of the user alone', async () => {
    const out = path.join(scratch, 'stale')
    expect(
      (await runCli(['history', ...inputs.slice(0, 4), '--out', out])).code
    ).toBe(0)
    writeFileSync(path.join(out, 'notes.txt'), 'mine\n')
    const check = await runCli(['history', ...inputs, '--out', out, '--check'])
    expect(check.code).toBe(1)
    expect(check.stdout).toBe('')
    expect(check.stderr).toContain('er-locations: ' + out + ' is stale: ')
    expect(check.stderr).toContain(
      '  changed ' + path.join(out, 'history.json') + '\n'
    )
    expect(check.stderr).toContain(
      '  changed ' + path.join(out, 'offerings-history.csv') + '\n'
    )
    expect(check.stderr).not.toContain(
      '  changed ' + path.join(out, 'history.schema.json')
    )
    expect(check.stderr).toContain(
      '`' +
        path.join(out, 'notes.txt') +
        '` is not part of the history; left alone'
    )

    const write = await runCli(['history', ...inputs, '--out', out])
    expect(write.code).toBe(0)
    expect(write.stderr).toBe(
      'er-locations: note: `' +
        path.join(out, 'notes.txt') +
        '` is not part of the history; left alone\n'
    )
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine\n')
    expect(readFileSync(path.join(out, 'history.json'), 'utf8')).toBe(
      golden('history.json')
    )
    expect(
      (await runCli(['history', ...inputs, '--out', out, '--check'])).code
    ).toBe(0)
  })

  it('should refuse a folder of files it did not write, and a dataset, writing nothing', async () => {
    const foreign = path.join(scratch, 'foreign')
    mkdirSync(foreign)
    writeFileSync(path.join(foreign, 'history.json'), '{}\n')
    const refused = await runCli(['history', ...inputs, '--out', foreign])
    expect(refused.code).toBe(2)
    expect(refused.stderr.split('\n')).toHaveLength(2)
    expect(readdirSync(foreign)).toEqual(['history.json'])
    expect(readFileSync(path.join(foreign, 'history.json'), 'utf8')).toBe(
      '{}\n'
    )
    // Even with --force, a file of the user's is never replaced.
    const forced = await runCli([
      'history',
      ...inputs,
      '--out',
      foreign,
      '--force'
    ])
    expect(forced.code).toBe(2)
    expect(readFileSync(path.join(foreign, 'history.json'), 'utf8')).toBe(
      '{}\n'
    )

    const dataset = path.join(scratch, 'dataset')
    expect(
      (await runCli(['dataset', inputs[0] as string, '--out', dataset])).code
    ).toBe(0)
    const before = readdirSync(dataset).sort()
    const other = await runCli([
      'history',
      ...inputs,
      '--out',
      dataset,
      '--force'
    ])
    expect(other.code).toBe(2)
    expect(other.stderr).toContain('a dataset (of `er-locations dataset`)')
    expect(other.stderr).toContain(
      'a history dataset (of `er-locations history --out`)'
    )
    expect(readdirSync(dataset).sort()).toEqual(before)
    expect(existsSync(path.join(dataset, 'history.json'))).toBe(false)
  })
})

describe('cli history queries', () => {
  it('should say since when a provider offers a location, and the changes that touched it', async () => {
    const result = await runCli([
      'history',
      ...inputs,
      '--provider',
      'Megaport',
      '--location',
      'Sydney'
    ])
    expect(result).toEqual({
      code: 0,
      stdout: [
        'Megaport has offered ExpressRoute at Sydney since 2016-07-28 (coming soon from 2016-01-10).',
        '  on 2016-01-10: coming soon, Azure supported, Office 365 supported.',
        '  since 2016-07-28: listed, Azure supported, Office 365 supported.',
        '',
        'Changes:',
        '2016-07-28 (compared with 2016-01-10): Megaport: Sydney is no longer marked coming soon.',
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  it('should say until when, and when it was no longer listed, through a version that does not state offerings', async () => {
    const result = await runCli(['history', ...inputs, '--provider', 'cologix'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'Cologix was listed as a connectivity provider from 2016-01-10 to 2019-03-01 (no longer listed on 2019-04-02).',
        '',
        'Cologix offered ExpressRoute at Montreal from 2016-01-10 to 2019-03-01 (no longer listed on 2019-04-02).',
        '  on 2016-01-10: listed, Azure supported, Office 365 coming soon.',
        '  from 2016-07-28 to 2019-03-01: listed, Azure supported, Office 365 supported.',
        '',
        'Changes:',
        '2016-07-28 (compared with 2016-01-10): Cologix: Office 365 at Montreal is now supported (was coming soon).',
        '2019-04-02 (compared with 2019-03-01): Connectivity provider Cologix was removed.',
        '2019-04-02 (compared with 2019-03-01): Cologix no longer offers ExpressRoute at Montreal.',
        ''
      ].join('\n')
    )
  })

  it('should resolve names through the alias table, case and accents aside, and ids', async () => {
    const level3 = await runCli(['history', ...inputs, '--provider', 'Level3'])
    expect(level3.code).toBe(0)
    expect(level3.stdout.split('\n')[0]).toBe(
      'Level 3 Communications has been listed as a connectivity provider since 2016-01-10.'
    )
    expect(level3.stdout).toContain(
      'Level 3 Communications offered ExpressRoute at Amsterdam from 2016-07-28 to 2019-03-01 (Azure supported, Office 365 supported; no longer listed on 2019-04-02).'
    )
    for (const name of [
      'Level 3 Communications',
      'LEVEL 3 communications',
      'level-3-communications',
      'Level 3'
    ])
      expect(
        (await runCli(['history', ...inputs, '--provider', name])).stdout
      ).toBe(level3.stdout)

    const hongKong = await runCli([
      'history',
      ...inputs,
      '--location',
      'Hong Kong'
    ])
    expect(hongKong.stdout).toBe(
      [
        'Hong Kong SAR has been a peering location since 2016-07-28 (coming soon from 2016-01-10; named Hong Kong, then Hong Kong SAR).',
        '  on 2016-01-10: coming soon.',
        '  since 2016-07-28: listed.',
        '',
        'Megaport has offered ExpressRoute at Hong Kong SAR since 2016-07-28 (Azure supported, Office 365 supported).',
        '',
        'Hong Kong SAR has been a peering location of the geopolitical region Asia since 2016-07-28 (coming soon from 2016-01-10).',
        '  on 2016-01-10: coming soon.',
        '  since 2016-07-28: listed.',
        '',
        'Changes:',
        '2016-07-28 (compared with 2016-01-10): Megaport now offers ExpressRoute at Hong Kong.',
        '2016-07-28 (compared with 2016-01-10): Hong Kong is no longer marked coming soon.',
        '2019-03-01 (compared with 2018-01-15): Hong Kong is now called Hong Kong SAR.',
        ''
      ].join('\n')
    )
    for (const name of ['hong kong sar', 'HONG-KONG-SAR', 'Hongkong'])
      expect(
        (await runCli(['history', ...inputs, '--location', name])).stdout
      ).toBe(hongKong.stdout)
    const montreal = await runCli([
      'history',
      ...inputs,
      '--location',
      'Montréal'
    ])
    expect(montreal.stdout.split('\n')[0]).toBe(
      'Montreal has been a peering location since 2016-01-10.'
    )
  })

  it('should select by cloud, and say so when nothing matches', async () => {
    const none = await runCli([
      'history',
      ...inputs,
      '--location',
      'Sydney',
      '--cloud',
      'china'
    ])
    expect(none).toEqual({
      code: 0,
      stdout: 'No version of these pages states Sydney in the `china` cloud.\n',
      stderr: ''
    })
    const commercial = await runCli([
      'history',
      ...inputs,
      '--location',
      'Sydney',
      '--cloud',
      'commercial'
    ])
    expect(commercial.stdout).toBe(
      (await runCli(['history', ...inputs, '--location', 'Sydney'])).stdout
    )
  })

  it('should refuse an unknown name with exit 2, suggesting the nearest', async () => {
    expectUsage(
      await runCli(['history', ...inputs, '--provider', 'Megaprot']),
      /^er-locations: Unknown provider `Megaprot`: no version given names it; did you mean `Megaport`\?\n$/
    )
    expectUsage(
      await runCli(['history', ...inputs, '--location', 'Amsterdan']),
      /^er-locations: Unknown location `Amsterdan`: no version given names it; did you mean `Amsterdam`\?\n$/
    )
    expectUsage(
      await runCli(['history', ...inputs, '--location', 'Atlantis']),
      /^er-locations: Unknown location `Atlantis`: no version given names it\n$/
    )
  })

  it('should answer on the bundled global English pages: Megaport at Sydney', async () => {
    const result = await runCli([
      'history',
      'fixtures/seeds/002_157c44210deb0293.txt',
      ...readdirSync(path.join(root, 'fixtures/corpus'))
        .filter((name) => /_en_.*\.md$/.test(name))
        .map((name) => 'fixtures/corpus/' + name),
      '--document',
      'global/en',
      '--provider',
      'Megaport',
      '--location',
      'Sydney'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      [
        // Since it was first offered (2015-09-22), not since its last change
        // of status: the first line answers “since when”.
        'Megaport has offered ExpressRoute at Sydney since 2015-09-22.',
        '  on 2015-09-22: listed, Azure supported, Office 365 not supported.',
        '  since 2016-03-31: listed, Azure supported, Office 365 supported.'
      ].join('\n')
    )
    expect(result.stdout).toContain(
      '2015-09-22 (compared with 2015-07-07): Megaport now offers ExpressRoute at Sydney.'
    )
  })
})

describe('cli changelog filters', () => {
  it('should keep only the changes of what the filters name, and the pairs that have any', async () => {
    const all = await runCli(['changelog', ...inputs])
    const filtered = await runCli([
      'changelog',
      ...inputs,
      '--provider',
      'Cologix'
    ])
    expect(filtered.code).toBe(0)
    expect(filtered.stdout).toBe(
      [
        '# Changelog',
        '',
        '## global/en/locations',
        '',
        'Versions of the by-provider page (`expressroute-locations.md`) of the global docs, in `en`: 5.',
        '',
        '### 2019-04-02 (compared with 2019-03-01)',
        '',
        '#### Removed',
        '',
        '- Connectivity provider **Cologix** was removed.',
        '- **Cologix** no longer offers ExpressRoute at Montreal.',
        '',
        '### 2016-07-28 (compared with 2016-01-10)',
        '',
        '#### Changed',
        '',
        '- **Cologix**: Office 365 at Montreal is now supported (was coming soon).',
        ''
      ].join('\n')
    )
    // Each of its lines is a line of the whole changelog.
    for (const line of filtered.stdout
      .split('\n')
      .filter((line) => line.startsWith('- ')))
      expect(all.stdout).toContain(line + '\n')

    const json = await runCli([
      'changelog',
      ...inputs,
      '--location',
      'Hong Kong',
      '--format',
      'json'
    ])
    const changelog = JSON.parse(json.stdout) as Changelog
    expect(
      changelog.versions.map((version) => [
        version.to.date,
        version.changes.map((change) => change.kind + ' ' + change.key)
      ])
    ).toEqual([
      ['2019-03-01', ['location.renamed commercial/hong-kong-sar']],
      [
        '2016-07-28',
        [
          'location.changed commercial/hong-kong-sar',
          'offering.added commercial/megaport/hong-kong-sar',
          'region.changed commercial/asia'
        ]
      ]
    ])
    // The region's change is narrowed to Hong Kong's membership.
    const region = changelog.versions[1]?.changes[2]
    expect(region && 'fields' in region ? region.fields : []).toEqual([
      'locations'
    ])

    const none = await runCli([
      'changelog',
      ...inputs,
      '--location',
      'Sydney',
      '--cloud',
      'germany'
    ])
    expect(none.stdout).toBe('# Changelog\n\nNo changes.\n')
  })

  it('should refuse an unknown name with exit 2, suggesting the nearest', async () => {
    expectUsage(
      await runCli(['changelog', ...inputs, '--provider', 'Coolgix']),
      /^er-locations: Unknown provider `Coolgix`: no version given names it; did you mean `Cologix`\?\n$/
    )
  })

  it('should leave the changelog as it was without filters', async () => {
    expect((await runCli(['changelog', ...inputs])).stdout).toMatch(
      /^# Changelog\n\n## global\/en\/locations\n/
    )
  })
})

describe('cli history --git', () => {
  let repository = ''
  const file = 'articles/expressroute-locations.md'
  const byLocation = 'articles/expressroute-locations-providers.md'

  function git(arguments_: string[], date = '2020-01-01T12:00:00Z'): string {
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

  function commit(name: string, text: string): string {
    mkdirSync(path.dirname(path.join(repository, name)), {recursive: true})
    writeFileSync(path.join(repository, name), text)
    git(['add', name])
    // All on one date: only the commit order orders them.
    git(['commit', '-q', '-m', 'Edit ' + name])
    return git(['rev-parse', 'HEAD']).trim()
  }

  const commits: string[] = []
  beforeAll(() => {
    repository = mkdtempSync(path.join(tmpdir(), 'er-locations-history-git-'))
    git(['init', '-q'])
    git(['config', 'user.name', 'Test'])
    git(['config', 'user.email', 'test@example.com'])
    for (const input of inputs)
      commits.push(commit(file, readFileSync(path.join(root, input), 'utf8')))
  })
  afterAll(() => {
    rmSync(repository, {recursive: true, force: true})
  })

  it('should read every commit of the file, each version with its commit', async () => {
    const result = await runCli([
      'history',
      '--git',
      repository,
      '--path',
      file
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const history = JSON.parse(result.stdout) as History
    expect(
      history.versions.map((version) => [version.commit, version.path])
    ).toEqual(commits.map((hash) => [hash, file + '@' + hash.slice(0, 7)]))
    // The same facts and intervals as the files give.
    const files = JSON.parse(
      (await runCli(['history', ...inputs])).stdout
    ) as History
    expect(history.facts).toEqual(files.facts)
    expect(history.versions.map((version) => version.sha256)).toEqual(
      files.versions.map((version) => version.sha256)
    )
  })

  it('should merge the versions of several paths in commit order', async () => {
    // A by-location page after the third version, then two more commits of
    // the first page.
    const extra = mkdtempSync(path.join(tmpdir(), 'er-locations-history-git2-'))
    const saved = repository
    repository = extra
    try {
      git(['init', '-q'])
      git(['config', 'user.name', 'Test'])
      git(['config', 'user.email', 'test@example.com'])
      const order: string[] = []
      for (const input of inputs.slice(0, 3))
        order.push(commit(file, readFileSync(path.join(root, input), 'utf8')))
      order.push(
        commit(
          byLocation,
          readFileSync(
            path.join(
              root,
              'fixtures/corpus/2016-10-21_locations-providers_en_02a1877f.md'
            ),
            'utf8'
          )
        )
      )
      for (const input of inputs.slice(3))
        order.push(commit(file, readFileSync(path.join(root, input), 'utf8')))
      const result = await runCli([
        'history',
        '--git',
        repository,
        '--path',
        byLocation,
        '--path',
        file
      ])
      expect(result.code).toBe(0)
      const history = JSON.parse(result.stdout) as History
      expect(history.docs).toBe('global/en')
      expect(history.versions.map((version) => version.commit)).toEqual(order)
      expect(history.versions.map((version) => version.document)).toEqual([
        'global/en/locations',
        'global/en/locations',
        'global/en/locations',
        'global/en/locations-providers',
        'global/en/locations',
        'global/en/locations'
      ])
    } finally {
      repository = saved
      rmSync(extra, {recursive: true, force: true})
    }
  })

  it('should answer queries and write --out from git too', async () => {
    const result = await runCli([
      'history',
      '--git',
      repository,
      '--path',
      file,
      '--provider',
      'Cologix'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').slice(2, 5)).toEqual([
      'Cologix offered ExpressRoute at Montreal from 2016-01-10 to 2019-03-01 (no longer listed on 2019-04-02).',
      '  on 2016-01-10: listed, Azure supported, Office 365 coming soon.',
      '  from 2016-07-28 to 2019-03-01: listed, Azure supported, Office 365 supported.'
    ])
    const out = path.join(scratch, 'git')
    expect(
      (
        await runCli([
          'history',
          '--git',
          repository,
          '--path',
          file,
          '--out',
          out
        ])
      ).code
    ).toBe(0)
    expect(
      readFileSync(path.join(out, 'versions.csv'), 'utf8').split('\n')[1]
    ).toBe(
      '0,2016-01-10,' +
        file +
        '@' +
        (commits[0] as string).slice(0, 7) +
        ',' +
        commits[0] +
        ',global/en/locations,4e1df600fb79762ff5d532ab65451da2768225b97f188b7b2b7e22d95932af6e'
    )
  })

  it('should refuse files with --git', async () => {
    expectUsage(
      await runCli([
        'history',
        inputs[0] as string,
        '--git',
        repository,
        '--path',
        file
      ]),
      /`history --git` reads its versions from the repository: give no files/
    )
    // `--git` without `--path` finds the pages itself: test/cli/discover.test.ts.
  })
})

describe('cli history queries across a version that does not state a kind', () => {
  it('should give the change that ended an interval, from the version that states its kind again', async () => {
    // v3 states no offerings; a v4 without Cologix ends its interval at v2:
    // the removal is v4's, compared with what v2 stated.
    const folder = path.join(scratch, 'unstated')
    mkdirSync(folder, {recursive: true})
    for (const name of ['v1', 'v2', 'v3'])
      writeFileSync(
        path.join(folder, name + '.md'),
        readFileSync(path.join(root, caseFolder, 'inputs', name + '.md'))
      )
    writeFileSync(
      path.join(folder, 'v4.md'),
      readFileSync(path.join(root, caseFolder, 'inputs/v4.md'), 'utf8')
        .split('\n')
        .filter((line) => !line.includes('**Cologix**'))
        .join('\n')
    )
    const result = await runCli([
      'history',
      ...['v1', 'v2', 'v3', 'v4'].map((name) =>
        path.join(folder, name + '.md')
      ),
      '--provider',
      'Cologix'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'Cologix offered ExpressRoute at Montreal from 2016-01-10 to 2016-07-28 (no longer listed on 2019-03-01).'
    )
    expect(result.stdout).toContain(
      '2019-03-01 (compared with 2018-01-15): Cologix no longer offers ExpressRoute at Montreal.'
    )
  })
})
