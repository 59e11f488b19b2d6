/**
 * Apply a change list to a model: the inverse check of `diff`. Test-only,
 * as nothing in the product needs to patch models.
 */

import type {Change} from '../../src/diff/index.js'
import {
  subjectCollections,
  subjectOrder,
  subjects
} from '../../src/diff/subjects.js'
import type {LocationsDocument} from '../../src/model.js'

const collectionOf = subjectCollections

/**
 * Apply `changes` to `document`: added records are inserted, removed ones
 * dropped, renamed and changed ones replaced by their `after`.
 */
export function applyChanges(
  document: LocationsDocument,
  changes: readonly Change[]
): LocationsDocument {
  const result: LocationsDocument = {...document}

  for (const subject of subjectOrder) {
    const spec = subjects[subject]
    const key = spec.key as (record: unknown) => string
    const records = new Map<string, unknown>(
      (spec.records(document) as unknown[]).map((record) => [
        key(record),
        record
      ])
    )

    for (const change of changes) {
      if (!change.kind.startsWith(subject + '.')) continue
      if (change.after === null) records.delete(change.key)
      else records.set(change.key, change.after)
    }

    ;(result as unknown as Record<string, unknown>)[collectionOf[subject]] = [
      ...records.values()
    ]
  }

  return result
}
