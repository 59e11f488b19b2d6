/**
 * The changes: what differs between two models, one record at a
 * time, as plain data.
 */

import type {
  DatacenterProvider,
  Exchange,
  Location,
  Offering,
  Provider,
  Region,
  ResearchNetwork,
  SatelliteOperator,
  SystemIntegrator
} from '../model.js'

/** The record type of each subject, by the prefix of its change kinds. */
export interface SubjectRecords {
  location: Location
  provider: Provider
  offering: Offering
  region: Region
  exchange: Exchange
  systemIntegrator: SystemIntegrator
  satelliteOperator: SatelliteOperator
  datacenterProvider: DatacenterProvider
  researchNetwork: ResearchNetwork
}

/** What a change is about: the part of a change kind before the dot. */
export type Subject = keyof SubjectRecords

/** Subjects whose records carry a `name` that a page can change over time. */
export type NamedSubject = Exclude<Subject, 'offering' | 'exchange' | 'region'>

/** A field of a record that can change (never `source`, which is where, not what). */
export type ChangeField<S extends Subject = Subject> = Exclude<
  keyof SubjectRecords[S] & string,
  'source'
>

/** A record that the newer model has and the older one does not. */
export interface Addition<S extends Subject = Subject> {
  /** `<subject>.added`. */
  kind: `${S}.added`
  /** Stable key of the record (see `subjects`), equal across versions. */
  key: string
  /** Always `null`: the older model has no such record. */
  before: null
  /** The record in the newer model. */
  after: SubjectRecords[S]
}

/** A record that the older model has and the newer one does not. */
export interface Removal<S extends Subject = Subject> {
  /** `<subject>.removed`. */
  kind: `${S}.removed`
  /** Stable key of the record. */
  key: string
  /** The record in the older model. */
  before: SubjectRecords[S]
  /** Always `null`: the newer model has no such record. */
  after: null
}

/**
 * A record whose `name` differs under the same key: a rename, as the alias
 * table made both spellings one id.
 *
 * Other fields that changed too are listed in `fields` with `name`, so one
 * record makes one change.
 */
export interface Rename<S extends NamedSubject = NamedSubject> {
  /** `<subject>.renamed`. */
  kind: `${S}.renamed`
  /** Stable key of the record. */
  key: string
  /** The record in the older model. */
  before: SubjectRecords[S]
  /** The record in the newer model. */
  after: SubjectRecords[S]
  /** Changed fields, in model order; always includes `name`. */
  fields: Array<ChangeField<S>>
}

/** A record present in both models with some stated field changed. */
export interface Modification<S extends Subject = Subject> {
  /** `<subject>.changed`. */
  kind: `${S}.changed`
  /** Stable key of the record. */
  key: string
  /** The record in the older model. */
  before: SubjectRecords[S]
  /** The record in the newer model. */
  after: SubjectRecords[S]
  /** Changed fields, in model order; never empty. */
  fields: Array<ChangeField<S>>
}

/** Any change, discriminated on `kind`. */
export type Change =
  | {[S in Subject]: Addition<S> | Removal<S> | Modification<S>}[Subject]
  | {[S in NamedSubject]: Rename<S>}[NamedSubject]

/** Every change kind, e.g. `'location.renamed'`. */
export type ChangeKind = Change['kind']

/** The part of a change kind after the dot. */
export type ChangeAction = 'added' | 'removed' | 'renamed' | 'changed'
