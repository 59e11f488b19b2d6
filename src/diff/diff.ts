import {assertModel} from '../assert-option.js'
import type {Facet, LocationsDocument, SourcePoint} from '../model.js'
import type {Change, Subject} from './change.js'
import {compareChanges} from './compare-changes.js'
import {
  diffSubject,
  type IndexRecords,
  type UniqueKeys
} from './diff-subject.js'
import {indexByKey, type IndexHint, type RecordIndex} from './index-by-key.js'
import {subjectOrder, subjects} from './subjects.js'

/**
 * What changed from one model to another.
 *
 * Only what both pages state is compared: a collection when both models
 * list one of its facets, a field when neither side is `null`. `source`
 * positions are never a change. The result is sorted by kind, then key;
 * comparing a model with itself gives `[]`.
 *
 * @param older
 *   The earlier model.
 * @param newer
 *   The later model.
 * @throws {TypeError}
 *   When `older` or `newer` is not an object (a model read from JSON is
 *   fine; a missing collection is one the model does not state).
 */
export function diff(
  older: LocationsDocument,
  newer: LocationsDocument
): Change[] {
  return diffWith(older, newer, indexByKey)
}

/**
 * A `diff` for the consecutive pairs of a sequence of models: each model is
 * the newer of one pair and the older of the next, and its records are
 * indexed once, not once a pair. The models must not change while it is in
 * use (the indexes are of the records as first seen).
 */
export function createSequenceDiff(): (
  older: LocationsDocument,
  newer: LocationsDocument
) => Change[] {
  // Only the last pair's indexes are kept: the next pair can reuse only its
  // newer model's, and keeping every model's (a thousand of them) made each
  // young-generation collection copy them all, costing more than it saved.
  let previous: IndexMemo = new Map()
  let current: IndexMemo = new Map()
  function indexOnce<R extends {source: SourcePoint}>(
    records: ReadonlyArray<R>,
    key: (record: R) => string,
    like?: IndexHint<R> | undefined
  ): RecordIndex<R> {
    let ofRecords = current.get(records)
    if (!ofRecords) current.set(records, (ofRecords = new Map()))
    let index = ofRecords.get(key) as RecordIndex<R> | undefined
    if (!index) {
      index =
        (previous.get(records)?.get(key) as RecordIndex<R> | undefined) ??
        indexByKey(records, key, like)
      ofRecords.set(key, index)
    }

    return index
  }

  // Collections of the last pair known to hold each key once: the next
  // pair walks its older one in step with its newer one, no index built.
  let uniqueBefore = new Map<Subject, Set<readonly unknown[]>>()
  let uniqueNow = new Map<Subject, Set<readonly unknown[]>>()
  const unique: UniqueKeys = {
    has: (subject, records) =>
      uniqueNow.get(subject)?.has(records) === true ||
      uniqueBefore.get(subject)?.has(records) === true,
    add(subject, records) {
      let known = uniqueNow.get(subject)
      if (!known) uniqueNow.set(subject, (known = new Set()))
      known.add(records)
    }
  }

  return (older, newer) => {
    previous = current
    current = new Map()
    uniqueBefore = uniqueNow
    uniqueNow = new Map()
    return diffWith(older, newer, indexOnce, unique)
  }
}

/** Indexes by the records array, then by the key function: each subject has its own. */
type IndexMemo = Map<object, Map<unknown, RecordIndex<unknown>>>

function diffWith(
  older: LocationsDocument,
  newer: LocationsDocument,
  index: IndexRecords,
  unique?: UniqueKeys | undefined
): Change[] {
  assertModel('older', older)
  assertModel('newer', newer)
  const changes: Change[] = []

  for (const subject of subjectOrder) {
    const facets = subjects[subject].facets
    if (states(older, facets) && states(newer, facets)) {
      changes.push(...diffSubject(subject, older, newer, index, unique))
    }
  }

  return changes.sort(compareChanges)
}

/** Whether a model states any of these facets. */
function states(
  document: LocationsDocument,
  facets: readonly Facet[]
): boolean {
  // `facets` may be missing from a hand-built or foreign model: it then
  // states nothing, rather than crashing.
  const stated = document.facets ?? []
  return facets.some((facet) => stated.includes(facet))
}
