/**
 * The history of the docs as data: for every fact, the versions in which
 * the docs state it.
 */

import type {Cloud, LocationsDocument, RegionCloud, Status} from '../model.js'

/**
 * What a fact is about: a subject of `diff` (its keys are `diff`'s keys), or
 * `regionLocation`, one peering location of one region map (the facts
 * inside a `region.changed` change's `locations`).
 */
export type FactKind =
  | 'location'
  | 'provider'
  | 'offering'
  | 'region'
  | 'regionLocation'
  | 'exchange'
  | 'systemIntegrator'
  | 'satelliteOperator'
  | 'datacenterProvider'
  | 'researchNetwork'

/** One version of the docs, in history order. */
export interface HistoryVersion {
  /** `meta.date` of the version (its commit date when the page has none). */
  date: string
  /** `source.path` of the version (`path@commit` for a git version). */
  path: string | null
  /** Full hash of the commit the version was read from, when read from git. */
  commit?: string
  /** `source.document.id`: which page this is a version of. */
  document: string
  /** `source.sha256` of the raw text. */
  sha256: string
}

/**
 * The stated state of a fact during an interval: only fields the pages
 * state. A field a version leaves unstated (`null`) keeps the value of the
 * versions before it: `null` is not a change.
 */
export interface FactState {
  /** Marked coming soon (`+`, `Coming soon`). */
  comingSoon?: boolean
  /** Status of ExpressRoute for Azure (by-provider pages of 2015–2016). */
  azure?: Status
  /** Status of ExpressRoute for Office 365. */
  office365?: Status
}

/** A run of versions in which a fact is stated, in one state. */
export interface FactInterval {
  /** Index into `versions` of the first version that states the fact. */
  from: number
  /**
   * Index into `versions` of the last version that states it (in this
   * state), or `null` when the newest version that states the fact's facet
   * still states it.
   */
  to: number | null
  /** The names the fact was known by in this interval, in order of first use. */
  names: string[]
  /** The state, for facts that have one (locations, offerings, region locations). */
  state?: FactState
}

/** One fact and when the docs stated it. */
export interface HistoryFact {
  /** What the fact is about. */
  kind: FactKind
  /**
   * Stable key: the `key` of `diff`'s changes of the fact
   * (`commercial/megaport/sydney` for an offering), so that a changelog
   * entry and a fact join; a region location is `<region key>/<location>`.
   */
  key: string
  /** Its name in the newest version that states it. */
  name: string
  /** Cloud of a location, offering, region, region location or exchange. */
  cloud?: Cloud | RegionCloud
  /** Id of the location of a location, offering, region location or exchange. */
  location?: string
  /** Id of the provider of a provider or offering. */
  provider?: string
  /** Id of the region of a region or region location. */
  region?: string
  /** The intervals, oldest first; never empty, never overlapping. */
  intervals: FactInterval[]
}

/** The history of the pages of one edition and language. */
export interface History {
  /** Version of this format. */
  schemaVersion: 1
  /**
   * What the history is of: `edition/language` (`global/en`), or the id of
   * a document that could not be told (`unknown/…`).
   */
  docs: string
  /** The versions, in history order. */
  versions: HistoryVersion[]
  /** Every fact any version states, by kind (in `FactKind` order), then key. */
  facts: HistoryFact[]
}

/** Options of `history`. */
export interface HistoryOptions {
  /**
   * How the versions are ordered: `'date'` (default: by `meta.date`, ties by
   * path, as `changelog` orders files) or `'given'` (as given: commit order).
   */
  order?: 'date' | 'given' | null | undefined
  /** The commit a version was read from, if any (default: none). */
  commit?:
    | ((document: LocationsDocument) => string | null | undefined)
    | null
    | undefined
}
