/**
 * The JSON Schema of a history (`history.schema.json`), validated with ajv
 * against real output: the bundled global English pages, and a history read
 * with commits.
 */

import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {beforeAll, describe, expect, it} from 'vitest'
import type {LocationsDocument} from '../../src/model.js'
import {parse} from '../../src/parse.js'
import {historyToJson} from '../../src/render/history-json.js'
import {historySchema} from '../../src/render/history-schema.js'
import type {History} from '../../src/render/history-types.js'
import {history} from '../../src/render/history.js'
import {fixturesDirectory, root} from '../helpers.js'

const validate = new Ajv2020({strict: true, allErrors: true}).compile(
  historySchema
)

function errorsOf(value: unknown): string[] {
  validate(value)
  return (validate.errors ?? []).map(
    (error) => error.instancePath + ' ' + error.message
  )
}

/** The seeds and corpus pages of the global English docs. */
function globalEnglish(): LocationsDocument[] {
  const files = [
    ...readdirSync(path.join(fixturesDirectory, 'seeds'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => 'seeds/' + name),
    ...readdirSync(path.join(fixturesDirectory, 'corpus'))
      .filter((name) => /_en_.*\.md$/.test(name))
      .map((name) => 'corpus/' + name)
  ]
  return files
    .map((name) =>
      parse(readFileSync(path.join(fixturesDirectory, name), 'utf8'), {
        path: 'fixtures/' + name
      })
    )
    .filter((document) => document.source.document.id.startsWith('global/en/'))
}

let bundled: History
beforeAll(() => {
  bundled = history(globalEnglish())
})

describe('history JSON Schema', () => {
  it('should be a valid JSON Schema 2020-12 (ajv, strict)', () => {
    const ajv = new Ajv2020({strict: true})
    expect(ajv.validateSchema(historySchema)).toBe(true)
    expect(historySchema['$schema']).toBe(
      'https://json-schema.org/draft/2020-12/schema'
    )
  })

  it('should accept the history of the bundled global English pages, as written', () => {
    expect(bundled.versions.length).toBeGreaterThan(20)
    expect(new Set(bundled.facts.map((fact) => fact.kind)).size).toBe(10)
    expect(errorsOf(JSON.parse(historyToJson(bundled)))).toEqual([])
  })

  it('should accept the checked golden and a history with commits', () => {
    const golden = JSON.parse(
      readFileSync(
        path.join(root, 'test/fixtures/history-small/history.json'),
        'utf8'
      )
    ) as History
    expect(errorsOf(golden)).toEqual([])
    const documents = globalEnglish().slice(0, 3)
    const withCommits = history(documents, {
      order: 'given',
      commit: (document) => document.source.sha256.slice(0, 40)
    })
    expect(withCommits.versions[0]?.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(errorsOf(JSON.parse(historyToJson(withCommits)))).toEqual([])
  })

  it('should refuse what a history never is', () => {
    const json = JSON.parse(historyToJson(bundled)) as History
    const fact = json.facts[0] as History['facts'][number]
    const broken: unknown[] = [
      {...json, schemaVersion: 2},
      {...json, extra: true},
      {...json, facts: [{...fact, intervals: []}]},
      {...json, facts: [{...fact, kind: 'planet'}]},
      {
        ...json,
        facts: [{...fact, intervals: [{from: -1, to: null, names: ['x']}]}]
      },
      {...json, facts: [{...fact, intervals: [{from: 0, to: 1, names: []}]}]},
      {
        ...json,
        facts: [
          {
            ...fact,
            intervals: [
              {from: 0, to: null, names: ['x'], state: {comingSoon: 'yes'}}
            ]
          }
        ]
      },
      {...json, versions: [{...json.versions[0], date: '2016'}]}
    ]
    for (const value of broken) expect(errorsOf(value)).not.toEqual([])
  })
})
