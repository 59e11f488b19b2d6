/**
 * What the sentence makers of each subject write to: the names to use and
 * where a sentence goes. Plain types and the group order, no logic.
 */

import type {LocationsDocument} from '../model.js'
import type {DisplayNames} from './display-names.js'

/** A Keep a Changelog section. */
export type Section = 'added' | 'removed' | 'changed'

/** The sentences of one version pair, by section. */
export type Sentences = Record<Section, string[]>

/** Collects the sentences of one version pair. */
export interface SentenceSink {
  /** Display names, newer model first. */
  names: DisplayNames
  /** The older model. */
  older: LocationsDocument
  /** The newer model. */
  newer: LocationsDocument
  /** Add one sentence; `sort` orders it within its group (a display name). */
  add: (section: Section, group: number, sort: string, text: string) => void
  /**
   * Add `name` to the list sentence under `key` (offerings of one provider,
   * continents of one integrator); `make` words the list once it is complete.
   */
  addToList: (
    section: Section,
    group: number,
    key: string,
    sort: string,
    name: string,
    make: (names: string[]) => string
  ) => void
}

/**
 * Groups within a section, in reading order. Added and removed: locations,
 * providers, offerings (one sentence per provider), then the other lists.
 * Changed: coming-soon marks, renames, statuses, then details.
 */
export const group = {
  location: 1,
  provider: 2,
  offering: 3,
  region: 4,
  exchange: 5,
  systemIntegrator: 6,
  satelliteOperator: 7,
  datacenterProvider: 8,
  researchNetwork: 9,
  comingSoon: 1,
  rename: 2,
  status: 3,
  details: 4,
  link: 5,
  membership: 6,
  fallback: 7
} as const
