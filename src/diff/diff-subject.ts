import type {LocationsDocument} from '../model.js'
import type {Change, ChangeField, Subject, SubjectRecords} from './change.js'
import {indexByKey, type RecordIndex} from './index-by-key.js'
import {pairByKey} from './pair-by-key.js'
import {sameFact} from './same-fact.js'
import {slug} from '../util/slug.js'
import {renamedSubjects, subjects, type SubjectSpec} from './subjects.js'

/** Index records by key: `indexByKey`, or a memo of it. */
export type IndexRecords = typeof indexByKey

/**
 * Collections known to hold each key once (a sequence of models: what one
 * pair learns of its newer model, the next pair knows of its older one).
 */
export interface UniqueKeys {
  // By subject: each has its own key, and one array may be the collection
  // of two subjects (a model made by hand).
  has(subject: Subject, records: readonly unknown[]): boolean
  add(subject: Subject, records: readonly unknown[]): void
}

/**
 * How far ahead in the older collection a record of the newer one is looked
 * for in step: records removed before it.
 */
const removedInStep = 16

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
 * @param unique
 *   Collections known to hold each key once (optional).
 */
export function diffSubject<S extends Subject>(
  subject: S,
  older: LocationsDocument,
  newer: LocationsDocument,
  index: IndexRecords = indexByKey,
  unique?: UniqueKeys | undefined
): Change[] {
  const spec = subjects[subject] as SubjectSpec<S>
  const olderRecords = spec.records(older)
  const newerRecords = spec.records(newer)
  // A collection one model took whole from the other (the command line's
  // models share what consecutive versions state alike) has no change.
  if (olderRecords === newerRecords) return []
  if (unique?.has(subject, olderRecords)) {
    const changes = changesInStep(
      subject,
      spec,
      olderRecords,
      newerRecords,
      () => index(olderRecords, spec.key)
    )
    if (changes) {
      unique.add(subject, newerRecords)
      return changes
    }
  }

  const before = index(olderRecords, spec.key)
  const after = index(newerRecords, spec.key, {
    index: before,
    sameKey: spec.sameKey
  })
  // An index holds the records given when no key is there twice.
  if (before.records === olderRecords) unique?.add(subject, olderRecords)
  if (after.records === newerRecords) unique?.add(subject, newerRecords)
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
    const change = modification(subject, spec, key, record, next)
    if (change) changes.push(change)
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
 * The changes of a subject found by walking both collections in step, no
 * index of the newer one built: each newer record has the key of the next
 * older one, or of one a few places on (the ones between removed), or a
 * key the older collection does not have (added: the older index, built
 * then, tells). `undefined` when a newer record is found otherwise (out of
 * order, or a key twice): the indexes tell.
 *
 * The older collection holds each key once: then so does the newer one
 * (its records have the keys of distinct older ones, or new keys once
 * each), an older record no newer one is paired with has no partner
 * anywhere, and the changes are those the indexes find, in the same order
 * (the older records' order, then the additions in the newer one's).
 */
function changesInStep<S extends Subject>(
  subject: S,
  spec: SubjectSpec<S>,
  olderRecords: ReadonlyArray<SubjectRecords[S]>,
  newerRecords: ReadonlyArray<SubjectRecords[S]>,
  olderIndex: () => RecordIndex<SubjectRecords[S]>
): Change[] | undefined {
  const changes: Array<Record<string, unknown>> = []
  const additions: Array<Record<string, unknown>> = []
  let added: Set<string> | undefined
  let at = 0
  for (const next of newerRecords) {
    let found = -1
    const end = Math.min(olderRecords.length, at + 1 + removedInStep)
    for (let ahead = at; ahead < end; ahead++) {
      const record = olderRecords[ahead] as SubjectRecords[S]
      if (record === next || spec.sameKey(record, next)) {
        found = ahead
        break
      }
    }

    if (found === -1) {
      const key = spec.key(next)
      if (olderIndex().byKey.has(key) || added?.has(key)) return undefined
      ;(added ??= new Set()).add(key)
      additions.push({kind: subject + '.added', key, before: null, after: next})
      continue
    }

    for (; at < found; at++) changes.push(removal(at))
    const record = olderRecords[at] as SubjectRecords[S]
    at++
    if (record === next) continue
    const change = modification(subject, spec, spec.key(record), record, next)
    if (change) changes.push(change)
  }

  for (; at < olderRecords.length; at++) changes.push(removal(at))
  changes.push(...additions)
  return changes as unknown as Change[]

  function removal(position: number): Record<string, unknown> {
    const record = olderRecords[position] as SubjectRecords[S]
    return {
      kind: subject + '.removed',
      key: spec.key(record),
      before: record,
      after: null
    }
  }
}

/**
 * The change of a record under one key in both models, if any: `changed`,
 * or `renamed` when its name changed.
 */
function modification<S extends Subject>(
  subject: S,
  spec: SubjectSpec<S>,
  key: string,
  record: SubjectRecords[S],
  next: SubjectRecords[S]
): Record<string, unknown> | undefined {
  const fields = changedFields(spec.fields, record, next)
  if (fields === undefined) return undefined
  const renamed =
    renamedSubjects.has(subject) && fields.includes('name' as ChangeField<S>)
  return {
    kind: subject + (renamed ? '.renamed' : '.changed'),
    key,
    before: record,
    after: next,
    fields
  }
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
