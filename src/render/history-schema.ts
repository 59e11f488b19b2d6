/**
 * JSON Schema (2020-12) of a history (`History`, `history-types.ts`): what
 * `history --out` writes as `history.schema.json`.
 *
 * Written with the typed builders of `model-schema-builders.ts`, so a field
 * added to, removed from or retyped in `history-types.ts` without the same
 * change here fails `tsc`; optional fields (`commit`, `cloud`, `state`…) are
 * listed as such, and every other field is required.
 */

import type {Cloud, RegionCloud, Status} from '../model.js'
import {
  type JsonSchema,
  type Schema,
  array,
  boolean,
  constant,
  enumeration,
  integer,
  nullable,
  reference,
  string
} from './model-schema-builders.js'
import {factKinds} from './history-facts.js'
import type {
  FactInterval,
  FactKind,
  FactState,
  History,
  HistoryFact,
  HistoryVersion
} from './history-types.js'

/** The keys of `T` that may be left out. */
type OptionalKey<T> = {
  [Key in keyof T]-?: object extends Pick<T, Key> ? Key : never
}[keyof T]

/** A schema for every property of `T` (of an optional one, of its value). */
type Properties<T> = {
  [Key in keyof T]-?: Schema<Exclude<T[Key], undefined>>
}

/**
 * A closed object: no property but those listed; each required unless it
 * is optional in `T` (and then named in `optional`, all of them).
 */
function closedObject<T>(
  properties: Properties<T>,
  optional: {readonly [Key in OptionalKey<T>]: true},
  description: string
): Schema<T> {
  const entries = Object.entries(properties as Record<string, Schema<unknown>>)
  return {
    json: {
      description,
      type: 'object',
      properties: Object.fromEntries(
        entries.map(([key, schema]) => [key, schema.json])
      ),
      required: entries
        .map(([key]) => key)
        .filter((key) => !Object.hasOwn(optional, key)),
      additionalProperties: false
    }
  }
}

/** A non-empty array of `item`. */
const nonEmpty = <T>(item: Schema<T>): Schema<T[]> => ({
  json: {...array(item).json, minItems: 1}
})

const status = enumeration<Status>([
  'supported',
  'not-supported',
  'coming-soon'
])

const version = closedObject<HistoryVersion>(
  {
    date: string('^\\d{4}-\\d{2}-\\d{2}$'),
    path: nullable(string()),
    commit: string('^[0-9a-f]{40,64}$'),
    document: string(),
    sha256: string('^[0-9a-f]{64}$')
  },
  {commit: true},
  'One version of the docs, in history order: its date (`ms.date`, or its commit date), path, commit (read from git), document and the SHA-256 of its raw text.'
)

const state = closedObject<FactState>(
  {comingSoon: boolean(), azure: status, office365: status},
  {comingSoon: true, azure: true, office365: true},
  'The stated state of a fact during an interval: only the fields the pages state (a field left unstated keeps its earlier value).'
)

const interval = closedObject<FactInterval>(
  {
    from: integer(0),
    to: nullable(integer(0)),
    names: nonEmpty(string()),
    state: reference('state', state)
  },
  {state: true},
  'A run of versions in which a fact is stated, in one state: indexes into `versions`; `to` is null while the newest version that states the fact’s facet still states it.'
)

const fact = closedObject<HistoryFact>(
  {
    kind: enumeration<FactKind>(factKinds),
    key: string(),
    name: string(),
    cloud: enumeration<Cloud | RegionCloud>([
      'commercial',
      'us-government',
      'china',
      'germany',
      'national'
    ]),
    provider: string(),
    location: string(),
    region: string(),
    intervals: nonEmpty(reference('interval', interval))
  },
  {cloud: true, provider: true, location: true, region: true},
  'One fact (keyed as `diff` keys its changes) and the intervals of versions that state it, oldest first, never overlapping.'
)

const historyObject = closedObject<History>(
  {
    schemaVersion: constant(1),
    docs: string(),
    versions: array(reference('version', version)),
    facts: array(reference('fact', fact))
  },
  {},
  'When the pages of one edition and language stated each fact: its intervals of presence across the versions (the er-locations history, schemaVersion 1).'
)

/** JSON Schema 2020-12 of `History`, the value `history` returns. */
export const historySchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'History',
  ...historyObject.json,
  $defs: {
    version: version.json,
    fact: fact.json,
    interval: interval.json,
    state: state.json
  }
}
