/**
 * What `diff` compares, as data: for each subject, where its records live,
 * which facets a page must state for the collection to be compared, how a
 * record is keyed, and which of its fields are facts.
 *
 * This is the one place to read when a change is reported (or is not).
 */

import type {Facet, LocationsDocument} from '../model.js'
import type {ChangeField, Subject, SubjectRecords} from './change.js'
import {slug} from '../util/slug.js'

/** How one subject is compared. */
export interface SubjectSpec<S extends Subject> {
  /** The records of this subject in a model. */
  records: (document: LocationsDocument) => ReadonlyArray<SubjectRecords[S]>
  /** A page states the collection when its `facets` has any of these. */
  facets: readonly Facet[]
  /** Stable key: canonical ids (and the cloud), never an array position. */
  key: (record: SubjectRecords[S]) => string
  /**
   * Whether two records have the same `key`, told without building either
   * (a history compares a thousand versions' records by key). The same
   * answer as comparing keys for records whose ids hold no `/`: every id
   * the library makes (a slug).
   */
  sameKey: (left: SubjectRecords[S], right: SubjectRecords[S]) => boolean
  /** Fields compared, in model order (key fields and `source` are left out). */
  fields: ReadonlyArray<ChangeField<S>>
}

/** Subjects in report order: the order of kinds in `diff` output. */
export const subjectOrder: readonly Subject[] = [
  'location',
  'provider',
  'offering',
  'region',
  'exchange',
  'systemIntegrator',
  'satelliteOperator',
  'datacenterProvider',
  'researchNetwork'
]

/** The model's array property holding each subject's records. */
export const subjectCollections = {
  location: 'locations',
  provider: 'providers',
  offering: 'offerings',
  region: 'regions',
  exchange: 'exchanges',
  systemIntegrator: 'systemIntegrators',
  satelliteOperator: 'satelliteOperators',
  datacenterProvider: 'datacenterProviders',
  researchNetwork: 'researchNetworks'
} as const satisfies Record<Subject, keyof LocationsDocument>

/** How each subject is compared. */
export const subjects: {readonly [S in Subject]: SubjectSpec<S>} = {
  location: {
    records: (document) => document.locations,
    // Every page kind lists peering locations: in region maps, by provider,
    // or by location; a page with none of these says nothing about them.
    facets: ['locations', 'regions', 'offerings', 'locationDetails'],
    // One place can be a peering location of several clouds (Dallas).
    key: (record) => record.cloud + '/' + record.id,
    sameKey: (left, right) =>
      left.id === right.id && left.cloud === right.cloud,
    fields: [
      'name',
      'comingSoon',
      'facilities',
      'zone',
      'localAzureRegions',
      'erDirect'
    ]
  },
  provider: {
    records: (document) => document.providers,
    // Providers are named by the offering tables (by provider or by location).
    facets: ['providers', 'offerings'],
    key: (record) => record.id,
    sameKey: (left, right) => left.id === right.id,
    fields: ['name', 'url']
  },
  offering: {
    records: (document) => document.offerings,
    facets: ['offerings'],
    key: (record) =>
      record.cloud + '/' + record.provider + '/' + record.location,
    sameKey: (left, right) =>
      left.location === right.location &&
      left.provider === right.provider &&
      left.cloud === right.cloud,
    fields: ['comingSoon', 'azure', 'office365']
  },
  region: {
    records: (document) => document.regions,
    facets: ['regions'],
    key: (record) => record.cloud + '/' + record.id,
    sameKey: (left, right) =>
      left.id === right.id && left.cloud === right.cloud,
    fields: ['name', 'azureRegions', 'locations']
  },
  exchange: {
    records: (document) => document.exchanges,
    facets: ['exchanges'],
    key: (record) => record.cloud + '/' + record.location,
    sameKey: (left, right) =>
      left.location === right.location && left.cloud === right.cloud,
    fields: ['exchanges', 'providers']
  },
  systemIntegrator: {
    records: (document) => document.systemIntegrators,
    facets: ['systemIntegrators'],
    // A system integrator is listed once per continent it serves (Avanade
    // under four), and the model has one record per listing: the continent
    // is part of what is stated, so it is part of the key.
    key: (record) => record.id + '/' + slug(record.continent),
    sameKey: (left, right) =>
      left.id === right.id &&
      (left.continent === right.continent ||
        slug(left.continent) === slug(right.continent)),
    fields: ['name', 'url']
  },
  satelliteOperator: {
    records: (document) => document.satelliteOperators,
    facets: ['satelliteOperators'],
    key: (record) => record.id,
    sameKey: (left, right) => left.id === right.id,
    fields: ['name', 'url']
  },
  datacenterProvider: {
    records: (document) => document.datacenterProviders,
    facets: ['datacenterProviders'],
    key: (record) => record.id,
    sameKey: (left, right) => left.id === right.id,
    fields: ['name', 'url', 'exchanges']
  },
  researchNetwork: {
    records: (document) => document.researchNetworks,
    facets: ['researchNetworks'],
    key: (record) => record.id,
    sameKey: (left, right) => left.id === right.id,
    fields: ['name', 'url', 'via']
  }
}

/** Subjects whose name changes are renames (`<subject>.renamed`). */
export const renamedSubjects: ReadonlySet<Subject> = new Set([
  'location',
  'provider',
  'systemIntegrator',
  'satelliteOperator',
  'datacenterProvider',
  'researchNetwork'
])
