import type {LocationsDocument} from '../model.js'
import type {Change, ChangeField, Subject, SubjectRecords} from './change.js'
import {indexByKey} from './index-by-key.js'
import {pairByKey} from './pair-by-key.js'
import {sameFact} from './same-fact.js'
import {slug} from '../util/slug.js'
import {renamedSubjects, subjects, type SubjectSpec} from './subjects.js'

/** Index records by key: `indexByKey`, or a memo of it. */
export type IndexRecords = typeof indexByKey

/** Whether two records' names differ only in case, accents, spacing or punctuation. */
function sameSpelling(before: unknown, after: unknown): boolean {
  const name = (record: unknown) =>
    typeof record === 'object' && record !== null && 'name' in record
      ? String(record.name)
      : ''
  return slug(name(before)) === slug(name(after))
}

/**
 * Changes of one subject between two models, in no particular order.
 *
 * Records are matched by key only: ids are canonical, so a record under the
 * same key with another `name` is a rename, and a record under a new key is
 * an addition, however similar its name (renames are never guessed).
 *
 * @param subject
 *   What to compare.
 * @param older
 *   The older model.
 * @param newer
 *   The newer model.
 * @param index
 *   How records are indexed by key (default: `indexByKey`).
 */
export function diffSubject<S extends Subject>(
  subject: S,
  older: LocationsDocument,
  newer: LocationsDocument,
  index: IndexRecords = indexByKey
): Change[] {
  const spec = subjects[subject] as SubjectSpec<S>
  // A collection one model took whole from the other (the command line's
  // models share what consecutive versions state alike) has no change.
  if (spec.records(older) === spec.records(newer)) return []
  const before = index(spec.records(older), spec.key)
  const after = index(spec.records(newer), spec.key, {
    index: before,
    sameKey: spec.sameKey
  })
  // Built loosely and cast once: each object below is a `Change` of
  // `subject`, which TypeScript cannot see through the generic kind.
  const changes: Array<Record<string, unknown>> = []
  // Records under a key both models have: when that is all of the newer
  // model's, nothing was added, and its keys need not be looked up.
  let matched = 0

  pairByKey(before, after, (key, record, next) => {
    if (next === undefined) {
      changes.push({
        kind: subject + '.removed',
        key,
        before: record,
        after: null
      })
      return
    }

    matched++
    if (record === next) return
    const fields = changedFields(spec.fields, record, next)
    if (fields === undefined) return
    const renamed =
      renamedSubjects.has(subject) && fields.includes('name' as ChangeField<S>)
    changes.push({
      kind: subject + (renamed ? '.renamed' : '.changed'),
      key,
      before: record,
      after: next,
      fields
    })
  })

  if (matched < after.keys.length) {
    for (const [position, key] of after.keys.entries()) {
      if (!before.byKey.has(key)) {
        changes.push({
          kind: subject + '.added',
          key,
          before: null,
          after: after.records[position]
        })
      }
    }
  }

  return changes as unknown as Change[]
}

/**
 * Fields, in model order, whose stated values differ; `undefined` when none
 * do. Nearly every record of consecutive versions is unchanged, so no array
 * is made until a field differs.
 */
function changedFields<S extends Subject>(
  fields: ReadonlyArray<ChangeField<S>>,
  before: SubjectRecords[S],
  after: SubjectRecords[S]
): Array<ChangeField<S>> | undefined {
  let changed: Array<ChangeField<S>> | undefined
  for (const field of fields) {
    if (sameFact(before[field], after[field])) continue
    // Names that fold to one id (`Coresite`, `CoreSite`) are one spelling of
    // one name, not a rename: only names the alias table links differ so.
    if (field === 'name' && sameSpelling(before, after)) continue
    ;(changed ??= []).push(field)
  }

  return changed
}
