/**
 * What the record handlers of `model-from-extraction.ts` share while they
 * build one model: the messages, the location-level marks, and one map a
 * collection, each keyed by what makes two mentions one record.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage, type RawPoint} from '../diagnostics.js'
import type {NameRef} from '../extract/index.js'
import type {
  DatacenterProvider,
  Exchange,
  Location,
  Offering,
  Provider,
  Region,
  ResearchNetwork,
  SatelliteOperator,
  SourcePoint,
  SystemIntegrator
} from '../model.js'
import type {LocationMark} from './location-marks.js'
import {RecordTable} from './record-table.js'
import {resolveName, type NameTable, type ResolvedName} from './resolve-name.js'

/**
 * The records of one model, not yet sorted, each table keyed by the fields
 * its collection is sorted by.
 */
export interface ModelRecords {
  /** By cloud, id. */
  locations: RecordTable<Location>
  /** By id. */
  providers: RecordTable<Provider>
  /** By cloud, provider, location; each with its first mention. */
  offerings: RecordTable<MentionedOffering>
  /** By cloud, id. */
  regions: RecordTable<Region>
  /** By cloud, location. */
  exchanges: RecordTable<Exchange>
  /** By id, continent. */
  systemIntegrators: RecordTable<SystemIntegrator>
  /** By id. */
  satelliteOperators: RecordTable<SatelliteOperator>
  /** By id. */
  datacenterProviders: RecordTable<DatacenterProvider>
  /** By id. */
  researchNetworks: RecordTable<ResearchNetwork>
}

/** An offering, and where it was first stated. */
export interface MentionedOffering {
  offering: Offering
  // Where it was first stated, for the `cause` of a repetition: the names
  // as that mention writes them. Fields of this object, not objects of
  // their own: a model has a thousand offerings, a history a thousand models.
  providerName: string
  locationName: string
  position: RawPoint
}

/** What a region already lists. */
export interface RegionSeen {
  azureRegions: Set<string>
  locations: Set<string>
}

/** State shared by the handlers of one model. */
export interface ModelState {
  /** Diagnostics: of earlier stages and repairs, then of the handlers. */
  messages: VFileMessage[]
  /**
   * Location-level coming-soon marks, by `cloud:id`: the location record
   * and each of its region entries read the same marks, so they agree.
   */
  marks: Map<string, LocationMark[]>
  records: ModelRecords
  /**
   * Sets beside the lists of each region: a region row of thousands of
   * names stays linear.
   */
  regionsSeen: Map<Region, RegionSeen>
}

/**
 * Create the state of one model.
 *
 * @param messages
 *   Diagnostics so far; the handlers add theirs.
 * @param marks
 *   Location-level marks of the page (`locationMarks`).
 */
export function createModelState(
  messages: VFileMessage[],
  marks: Map<string, LocationMark[]>
): ModelState {
  return {
    messages,
    marks,
    records: {
      locations: new RecordTable(2),
      providers: new RecordTable(1),
      offerings: new RecordTable(3),
      regions: new RecordTable(2),
      exchanges: new RecordTable(2),
      systemIntegrators: new RecordTable(2),
      satelliteOperators: new RecordTable(1),
      datacenterProviders: new RecordTable(1),
      researchNetworks: new RecordTable(1)
    },
    regionsSeen: new Map()
  }
}

/**
 * Resolve a name through the alias table, reporting spelling fixes.
 *
 * @param state
 *   State of the model; gets an `alias-applied` message a fix.
 * @param table
 *   Which kind of name it is.
 * @param reference
 *   The name as written.
 */
export function resolveReference(
  state: ModelState,
  table: NameTable,
  reference: NameRef
): ResolvedName {
  const resolved = resolveName(table, reference.name)
  for (const alias of resolved.spellings) {
    state.messages.push(
      createMessage(
        'alias-applied',
        'Unexpected spelling `' +
          reference.name +
          '`, expected `' +
          alias.canonical +
          '`; ' +
          alias.reason,
        reference.position
      )
    )
  }

  return resolved
}

/**
 * The source of a record: line and column of the raw file.
 *
 * @param position
 *   A point of the raw file.
 */
export function point(position: RawPoint): SourcePoint {
  return {line: position.line, column: position.column}
}

/**
 * Add the values not in `list` yet, in order; linear however long both are.
 *
 * @param list
 *   List to add to, in place.
 * @param values
 *   Values to add.
 */
export function addAll(list: string[], values: string[]): void {
  const seen = new Set(list)
  for (const value of values) {
    if (!seen.has(value)) {
      seen.add(value)
      list.push(value)
    }
  }
}
