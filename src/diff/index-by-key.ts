import type {SourcePoint} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'

/** Records of one collection by key, one record a key. */
export interface RecordIndex<R> {
  /** The record under each key. */
  byKey: ReadonlyMap<string, R>
  /** The keys, in the order of the records (a repeated key where it first is). */
  keys: readonly string[]
  /** The record under each of `keys`, at the same position. */
  records: readonly R[]
}

/**
 * An index of records that mostly come in the same order as the ones being
 * indexed (the version before), and how to tell that two records have the
 * same key without building it.
 */
export interface IndexHint<R> {
  index: RecordIndex<R>
  sameKey: (left: R, right: R) => boolean
}

/**
 * Index records by key.
 *
 * Note: normalization merges duplicates, so a model should have one record
 * per key. If one does not, the record that comes first in the page wins
 * (then the one whose JSON sorts first), so the result does not depend on
 * the order of the array.
 *
 * @param records
 *   Records of one collection.
 * @param key
 *   Key of a record.
 * @param like
 *   The index of the version before, whose key strings are taken for the
 *   records with the same key, in step (optional).
 */
export function indexByKey<R extends {source: SourcePoint}>(
  records: ReadonlyArray<R>,
  key: (record: R) => string,
  like?: IndexHint<R> | undefined
): RecordIndex<R> {
  // A model has one record per key, so each is set without first looking
  // up its key: when the index ends up with fewer entries than records, a
  // key was repeated, and the index is made again choosing among them.
  const byKey = new Map<string, R>()
  const keys: string[] = []
  // Consecutive versions state nearly the same records in the same order:
  // the key of the version before (a string built and hashed once) is taken
  // for the record in step with one of the same key, the next one too (a
  // record removed), rather than building the same string anew.
  const earlier = like?.index
  let at = 0
  for (const record of records) {
    let id: string | undefined
    if (earlier && like) {
      for (let ahead = at; ahead < at + 2; ahead++) {
        const other = earlier.records[ahead]
        if (
          other !== undefined &&
          (other === record || like.sameKey(other, record))
        ) {
          id = earlier.keys[ahead]
          at = ahead + 1
          break
        }
      }
    }

    id ??= key(record)
    keys.push(id)
    byKey.set(id, record)
  }

  if (byKey.size === records.length) return {byKey, keys, records}
  const chosen = indexChoosingFirst(records, key)
  return {
    byKey: chosen,
    keys: [...chosen.keys()],
    records: [...chosen.values()]
  }
}

/** The record of each key, of records some of which share a key. */
function indexChoosingFirst<R extends {source: SourcePoint}>(
  records: ReadonlyArray<R>,
  key: (record: R) => string
): Map<string, R> {
  const index = new Map<string, R>()

  for (const record of records) {
    const id = key(record)
    const existing = index.get(id)
    if (existing === undefined || comesFirst(record, existing)) {
      index.set(id, record)
    }
  }

  return index
}

/** Whether `record` comes before `other` in the page (or, on a tie, in JSON). */
function comesFirst(
  record: {source: SourcePoint},
  other: {source: SourcePoint}
): boolean {
  const line = (record.source?.line ?? 0) - (other.source?.line ?? 0)
  if (line !== 0) return line < 0
  const column = (record.source?.column ?? 0) - (other.source?.column ?? 0)
  if (column !== 0) return column < 0
  return compareCodeUnits(JSON.stringify(record), JSON.stringify(other)) < 0
}
