/**
 * Consecutive versions of a page state nearly all their records alike: a
 * history of a thousand versions held whole is a thousand copies of the
 * same records (some 150 KB of heap a version of today's page), which the
 * garbage collector copies and walks while the history is read. A model
 * whose record equals the one under its key in the version before takes
 * that one instead, so the history holds each record once while it stays
 * the same, and diffing two versions finds the same record (`===`) at
 * once.
 *
 * Only for models that nothing changes afterwards (the command line's own):
 * a record shared by two models is one object.
 */

import {
  // Equal item for item and key for key: what the diff calls the same.
  sameInOrder as sameValue,
  subjectCollections,
  subjectOrder,
  subjects
} from '../diff/index.js'
import type {LocationsDocument, SourcePoint} from '../model.js'

/**
 * `next`, with each record that deep-equals the record of `previous` under
 * its key (the diff's key: `subjects`) replaced by that one, and each of
 * `facets` and `diagnostics` that deep-equals the one at its place; a
 * collection whose every item is `previous`'s, in order, is `previous`'s
 * array. Deep-equal to `next` whatever `previous` is. Key order is not
 * compared: the stages build each kind of record with its keys in one
 * order (`meta`, whose keys keep the page's order, is `next`'s).
 *
 * @param next
 *   The model of a version.
 * @param previous
 *   The model of the version before, if any.
 */
export function shareUnchanged(
  next: LocationsDocument,
  previous: LocationsDocument | undefined
): LocationsDocument {
  if (!previous) return next
  const shared: LocationsDocument = {
    ...next,
    facets: shareInPlace(next.facets, previous.facets),
    diagnostics: shareInPlace(next.diagnostics, previous.diagnostics)
  }
  for (const subject of subjectOrder) {
    const name = subjectCollections[subject]
    const spec = subjects[subject] as unknown as Keyed<SourcedRecord>
    ;(shared[name] as unknown[]) = shareByKey(
      next[name] as SourcedRecord[],
      previous[name] as SourcedRecord[],
      spec
    )
  }

  return shared
}

/** A record of a model: where the page states it, and the rest. */
interface SourcedRecord {
  source: SourcePoint
}

/** How the records of a subject are keyed (`subjects`). */
interface Keyed<T> {
  key: (record: T) => string
  sameKey: (left: T, right: T) => boolean
}

/** How far ahead of its place a record's key is looked for before the whole of `previous` is indexed. */
const lookahead = 16

/**
 * The records of `next`, each that equals the record of `previous` under
 * its key taken from `previous`. Both are sorted by key: they are walked in
 * step, a record at its place compared as it is, and only one out of step
 * (records added or removed before it: a provider's fifty offerings) found
 * by its key, a few places ahead, else in an index of `previous`.
 */
function shareByKey<T extends SourcedRecord>(
  next: readonly T[],
  previous: readonly T[],
  {key, sameKey}: Keyed<T>
): T[] {
  const result: T[] = []
  let at = 0
  let index: Map<string, number> | undefined
  // How many records may yet be compared beyond the lookahead before an
  // index is built: four walks of `previous`.
  let scanLeft = 4 * previous.length

  for (const record of next) {
    const here = previous[at]
    if (here !== undefined) {
      // Below a line added or removed every record is moved: told by its
      // `source` at once, not at the end of comparing it whole.
      if (sameSource(record, here) && sameValue(record, here)) {
        result.push(here)
        at++
        continue
      }

      // The same record, moved or changed.
      if (sameKey(record, here)) {
        result.push(record)
        at++
        continue
      }
    }

    // Out of step: its key ahead (compared, not built: a record added is
    // looked for to the end), else, past a few walks to the end, in an
    // index of `previous`.
    let found = -1
    const end = index
      ? at
      : Math.min(previous.length, at + 1 + Math.max(lookahead, scanLeft))
    for (let ahead = at + 1; ahead < end; ahead++) {
      if (sameKey(previous[ahead] as T, record)) {
        found = ahead
        break
      }
    }

    if (!index) scanLeft -= Math.max(0, end - at - 1 - lookahead)
    if (found === -1 && end < previous.length) {
      const wanted = key(record)
      index ??= new Map(previous.map((item, position) => [key(item), position]))
      // Behind the walk: a key twice, not a record to take twice.
      const position = index.get(wanted) ?? -1
      found = position < at ? -1 : position
    }

    if (found === -1) {
      // Added: the walk stays where it is.
      result.push(record)
      continue
    }

    const earlier = previous[found] as T
    result.push(sameValue(record, earlier) ? earlier : record)
    at = found + 1
  }

  return sameItems(result, previous) ? (previous as T[]) : result
}

/**
 * Whether two records may be stated at the same place (`sameValue` decides):
 * their `source` the same line and column, or either missing one (a model
 * read from elsewhere).
 */
function sameSource(left: SourcedRecord, right: SourcedRecord): boolean {
  const a = left.source
  const b = right.source
  return (
    a === b ||
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    (a.line === b.line && a.column === b.column)
  )
}

/** The items of `next`, each that equals the item of `previous` at its index taken from it. */
function shareInPlace<T>(next: readonly T[], previous: readonly T[]): T[] {
  const result = next.map((item, index) =>
    index < previous.length && sameValue(item, previous[index])
      ? (previous[index] as T)
      : item
  )
  return sameItems(result, previous) ? (previous as T[]) : result
}

/** Whether two lists hold the same objects in the same order. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++)
    if (a[index] !== b[index]) return false
  return true
}
