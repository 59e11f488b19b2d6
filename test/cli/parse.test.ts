import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixture, recordCount, seed000, seed001} from '../helpers.js'
import {runCli} from './run.js'

describe('cli parse', () => {
  it('should print the same model as the library, as pretty JSON', async () => {
    for (const view of ['published', 'upstream'] as const) {
      const result = await runCli([
        'parse',
        'fixtures/' + seed000,
        '--view',
        view
      ])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(JSON.parse(result.stdout)).toEqual(
        parse(fixture(seed000), {view, path: 'fixtures/' + seed000})
      )
      expect(result.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,\n/)
    }
  })

  it('should read standard input', async () => {
    const result = await runCli(['parse', '-'], fixture(seed001))
    expect(JSON.parse(result.stdout).source.path).toBe('<stdin>')
  })

  it('should print NDJSON, one record a line with its type', async () => {
    const result = await runCli([
      'parse',
      'fixtures/' + seed001,
      '--format',
      'ndjson'
    ])
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {type: string})
    const model = parse(fixture(seed001))
    expect(lines[0]?.type).toBe('document')
    const count = (type: string) =>
      lines.filter((line) => line.type === type).length
    expect(count('location')).toBe(model.locations.length)
    expect(count('offering')).toBe(model.offerings.length)
    expect(count('satelliteOperator')).toBe(3)
    expect(lines.length).toBe(1 + recordCount(model) + model.diagnostics.length)
  })

  it('should write one CSV table a record type with --out', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'er-locations-csv-'))
    const result = await runCli([
      'parse',
      'fixtures/' + seed001,
      '--format',
      'csv',
      '--out',
      directory
    ])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readdirSync(directory).sort()).toEqual([
      'datacenter-providers.csv',
      'diagnostics.csv',
      'exchanges.csv',
      'locations.csv',
      'manifest.json',
      'offerings.csv',
      'providers.csv',
      'regions.csv',
      'research-networks.csv',
      'satellite-operators.csv',
      'system-integrators.csv'
    ])
    const locations = readFileSync(
      path.join(directory, 'locations.csv'),
      'utf8'
    ).split('\n')
    expect(locations[0]).toBe(
      'date,view,path,cloud,id,name,comingSoon,zone,facilities,facilityUrls,localAzureRegions,erDirect,erDirectSpeeds,line,column'
    )
    expect(locations).toContain(
      '2020-01-17,published,fixtures/seeds/001_cfa4b7430e42c113.txt,commercial,washington-dc,Washington DC,false,1,Equinix DC2,https://www.equinix.com/locations/americas-colocation/united-states-colocation/washington-dc-data-centers/dc2/,East US; East US 2,true,10G; 100G,132,5'
    )
    expect(locations.length).toBe(parse(fixture(seed001)).locations.length + 2)
  })

  it('should refuse a bad format, CSV without --out, --out without CSV, and a bad view', async () => {
    for (const argv of [
      ['parse', 'fixtures/' + seed001, '--format', 'xml'],
      ['parse', 'fixtures/' + seed001, '--format', 'csv'],
      [
        'parse',
        'fixtures/' + seed001,
        '--out',
        mkdtempSync(path.join(tmpdir(), 'er-locations-csv-'))
      ],
      ['parse', 'fixtures/' + seed001, '--format', 'json', '--out', 'x'],
      ['parse', 'fixtures/' + seed001, '--view', 'other'],
      ['parse']
    ]) {
      const result = await runCli(argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^er-locations: [^\n]+\n$/)
    }
  })
})
