import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import type {LocationsDocument} from '../../src/model.js'
import {parse} from '../../src/parse.js'
import {changelogSchema} from '../../src/render/changelog-schema.js'
import {renderDataset} from '../../src/render/dataset.js'
import {modelSchema} from '../../src/render/model-schema.js'
import {renderChangelog} from '../../src/render/render-changelog.js'
import {documentOf, location, offering, provider} from '../diff/builders.js'
import {allDocuments, fixture, seed000} from '../helpers.js'

function validator(schema: object): ValidateFunction {
  const ajv = new Ajv2020({strict: true, allErrors: true})
  return ajv.compile(schema)
}

const validateModel = validator(modelSchema)

function errorsOf(value: unknown): string[] {
  validateModel(value)
  return (validateModel.errors ?? []).map(
    (error) => error.instancePath + ' ' + error.message
  )
}

/** Every object schema anywhere in `schema`, with its JSON pointer. */
function objectSchemas(
  schema: unknown,
  at = ''
): Array<[string, Record<string, unknown>]> {
  if (schema === null || typeof schema !== 'object') return []
  const node = schema as Record<string, unknown>
  const own: Array<[string, Record<string, unknown>]> =
    node['type'] === 'object' && node['properties'] ? [[at, node]] : []
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, value]) =>
      objectSchemas(value, at + '/' + key)
    )
  ]
}

describe('model JSON Schema', () => {
  it('should be a valid JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({strict: true})
    expect(ajv.validateSchema(modelSchema)).toBe(true)
    expect(modelSchema['$schema']).toBe(
      'https://json-schema.org/draft/2020-12/schema'
    )
  })

  it('should close every record: all properties required, no other allowed', () => {
    const objects = objectSchemas(modelSchema)
    expect(objects.length).toBeGreaterThan(15)
    for (const [at, node] of objects) {
      expect(node['additionalProperties'], at).toBe(false)
      expect(node['required'], at).toEqual(
        Object.keys(node['properties'] as object)
      )
    }
  })

  it('should accept the model of every seed and corpus page, published and upstream', () => {
    const documents = allDocuments()
    expect(documents).toContain(seed000)
    for (const name of documents) {
      const text = fixture(name)
      const published = parse(text, {path: name})
      expect(errorsOf(published), name).toEqual([])
      // The upstream view differs only where the page is customized.
      if (published.source.customized || name === seed000) {
        expect(
          errorsOf(parse(text, {view: 'upstream', path: name})),
          name + ' upstream'
        ).toEqual([])
      }
    }
  })

  it('should accept a hand-built model with every kind of record and null', () => {
    const model = documentOf({
      date: null,
      path: null,
      locations: [
        location('amsterdam', {
          zone: 1,
          facilities: [{name: 'Equinix AM5', url: null}],
          erDirect: {available: true, speeds: ['10G']},
          localAzureRegions: []
        })
      ],
      providers: [provider('equinix', {url: 'https://example.com'})],
      offerings: [
        offering('equinix', 'amsterdam', {
          azure: 'supported',
          office365: 'coming-soon'
        })
      ],
      diagnostics: [
        {
          ruleId: 'alias-applied',
          severity: 'info',
          message: 'm',
          line: 1,
          column: 1
        }
      ]
    })
    expect(errorsOf(model)).toEqual([])
  })

  it('should reject an extra field, a wrong enum member, a missing field and a null where none is allowed', () => {
    const model = parse(fixture(seed000), {path: seed000})
    const broken: Array<[string, (model: LocationsDocument) => void]> = [
      [
        'extra field',
        (m) => Object.assign(m.providers[0] as object, {country: 'NL'})
      ],
      [
        'wrong enum',
        (m) => Object.assign(m.offerings[0] as object, {azure: 'maybe'})
      ],
      [
        'missing field',
        (m) =>
          delete (
            m.locations[0] as Partial<LocationsDocument['locations'][number]>
          ).comingSoon
      ],
      [
        'null not allowed',
        (m) => Object.assign(m.locations[0] as object, {name: null})
      ],
      ['wrong schema version', (m) => Object.assign(m, {schemaVersion: 2})],
      ['bad date', (m) => Object.assign(m.meta, {date: '12/02/2015'})]
    ]
    for (const [what, edit] of broken) {
      const copy = structuredClone(model)
      edit(copy)
      expect(errorsOf(copy).length, what).toBeGreaterThan(0)
    }
  })

  it('should be the schema.json of a dataset, and validate its models.json element by element', () => {
    const names = ['seeds/002_157c44210deb0293.txt', seed000]
    const files = renderDataset(
      names.map((name) => parse(fixture(name), {path: name}))
    )
    expect(JSON.parse(files.get('schema.json') as string)).toEqual(modelSchema)
    // How a user checks `models.json`: an array whose items are `schema.json`.
    const ajv = new Ajv2020({strict: true})
    ajv.addSchema(JSON.parse(files.get('schema.json') as string), 'schema.json')
    const validateModels = ajv.compile({
      $id: 'models.json',
      type: 'array',
      items: {$ref: 'schema.json'}
    })
    expect(
      validateModels(JSON.parse(files.get('models.json') as string)),
      JSON.stringify(validateModels.errors)
    ).toBe(true)
  })
})

describe('changelog JSON Schema (with ajv)', () => {
  it('should accept the JSON changelog of corpus pages', () => {
    const names = allDocuments().filter((name) =>
      /^corpus\/20(19|20)-/.test(name)
    )
    const documents = names.map((name) => parse(fixture(name), {path: name}))
    const validate = validator(changelogSchema)
    const json = JSON.parse(renderChangelog(documents, {format: 'json'}))
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(
      true
    )
  })
})
