/**
 * JSON Schema (2020-12) of the JSON changelog that `renderChangelog` and
 * `renderDiff` write with `format: 'json'`.
 *
 * The change variants are generated from the diff's own subject table, so
 * the kinds and field names here cannot drift from what `diff` reports.
 * Note: the record definitions repeat the model of `src/model.ts`; once the
 * model's own schema exists (dataset stage), they should point to it.
 */

import {renamedSubjects, subjectOrder, subjects} from '../diff/index.js'

const string = {type: 'string'}
const nullableString = {type: ['string', 'null']}
const strings = {type: 'array', items: string}
const cloud = {enum: ['commercial', 'us-government', 'china', 'germany']}
const status = {enum: ['supported', 'not-supported', 'coming-soon', null]}

/** A closed object: every property listed is required, no other is allowed. */
const object = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false
})

const source = object({
  line: {type: 'integer', minimum: 1},
  column: {type: 'integer', minimum: 1}
})

/** Records of the model, by subject. */
const records: Record<string, unknown> = {
  location: object({
    id: string,
    name: string,
    cloud,
    comingSoon: {type: 'boolean'},
    facilities: {
      anyOf: [
        {type: 'array', items: object({name: string, url: nullableString})},
        {type: 'null'}
      ]
    },
    zone: {type: ['integer', 'null']},
    localAzureRegions: {anyOf: [strings, {type: 'null'}]},
    erDirect: {
      anyOf: [
        object({available: {type: 'boolean'}, speeds: strings}),
        {type: 'null'}
      ]
    },
    source: {$ref: '#/$defs/source'}
  }),
  provider: object({
    id: string,
    name: string,
    url: nullableString,
    source: {$ref: '#/$defs/source'}
  }),
  offering: object({
    provider: string,
    location: string,
    cloud,
    comingSoon: {type: 'boolean'},
    azure: status,
    office365: status,
    source: {$ref: '#/$defs/source'}
  }),
  region: object({
    id: string,
    name: string,
    cloud: {enum: ['commercial', 'national']},
    azureRegions: strings,
    locations: {
      type: 'array',
      items: object({location: string, comingSoon: {type: 'boolean'}})
    },
    source: {$ref: '#/$defs/source'}
  }),
  exchange: object({
    location: string,
    cloud,
    exchanges: strings,
    providers: strings,
    source: {$ref: '#/$defs/source'}
  }),
  systemIntegrator: object({
    id: string,
    name: string,
    url: nullableString,
    continent: string,
    source: {$ref: '#/$defs/source'}
  }),
  satelliteOperator: object({
    id: string,
    name: string,
    url: nullableString,
    source: {$ref: '#/$defs/source'}
  }),
  datacenterProvider: object({
    id: string,
    name: string,
    url: nullableString,
    exchanges: strings,
    source: {$ref: '#/$defs/source'}
  }),
  researchNetwork: object({
    id: string,
    name: string,
    url: nullableString,
    via: nullableString,
    source: {$ref: '#/$defs/source'}
  })
}

/** The change variants of each subject. */
const changes = subjectOrder.flatMap((subject) => {
  const record = {$ref: '#/$defs/' + subject}
  const fields = {
    type: 'array',
    items: {enum: [...subjects[subject].fields]},
    minItems: 1,
    uniqueItems: true
  }
  const variants = [
    object({
      kind: {const: subject + '.added'},
      key: string,
      before: {type: 'null'},
      after: record
    }),
    object({
      kind: {const: subject + '.removed'},
      key: string,
      before: record,
      after: {type: 'null'}
    }),
    object({
      kind: {const: subject + '.changed'},
      key: string,
      before: record,
      after: record,
      fields
    })
  ]
  if (renamedSubjects.has(subject)) {
    variants.push(
      object({
        kind: {const: subject + '.renamed'},
        key: string,
        before: record,
        after: record,
        fields
      })
    )
  }

  return variants
})

const point = object({
  date: {type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$'},
  path: nullableString,
  document: string
})

/** JSON Schema of the JSON changelog. */
export const changelogSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'er-locations changelog',
  description:
    'Consecutive versions of each Azure ExpressRoute locations document (or, merged, of each edition and language), newest first, with the typed changes between them.',
  ...object({versions: {type: 'array', items: {$ref: '#/$defs/version'}}}),
  $defs: {
    version: object({
      from: {$ref: '#/$defs/point'},
      to: {$ref: '#/$defs/point'},
      changes: {type: 'array', items: {$ref: '#/$defs/change'}}
    }),
    point,
    change: {oneOf: changes},
    source,
    ...records
  }
} as const
