/**
 * One state of the docs from the pages that stand side by side: the by-
 * provider and the by-location page state different facets of the same
 * facts, and a history of the docs takes what either states.
 */

import type {LocationsDocument} from '../model.js'
import type {Subject, SubjectRecords} from './change.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {subjectCollections, subjectOrder, subjects} from './subjects.js'

/**
 * Merge models of different pages into one: every record any of them states,
 * keyed as `diff` keys them; of a record several state, the first model's
 * fields, with a field it leaves `null` taken from the next that states it
 * and lists joined (a fact one page states and the other omits is stated);
 * facets the union of theirs.
 *
 * Note: where two pages contradict each other (a name, a status, coming
 * soon), the first model wins: give them in one fixed order, so the same
 * page wins at every date and a contradiction is never a change of the
 * docs; `compare` reports contradictions.
 *
 * @param models
 *   Models of the pages, in order of precedence.
 * @param base
 *   What the merged model says of itself (source, view, meta).
 */
export function mergeModels(
  models: readonly LocationsDocument[],
  base: Pick<LocationsDocument, 'source' | 'view' | 'meta'>
): LocationsDocument {
  const merged: LocationsDocument = {
    schemaVersion: 1,
    ...base,
    facets: [...new Set(models.flatMap((model) => model.facets))].sort(),
    regions: [],
    locations: [],
    providers: [],
    offerings: [],
    exchanges: [],
    systemIntegrators: [],
    satelliteOperators: [],
    datacenterProviders: [],
    researchNetworks: [],
    diagnostics: []
  }

  for (const subject of subjectOrder) mergeSubject(subject, models, merged)
  return merged
}

function mergeSubject<S extends Subject>(
  subject: S,
  models: readonly LocationsDocument[],
  merged: LocationsDocument
): void {
  const spec = subjects[subject]
  const byKey = new Map<string, SubjectRecords[S]>()

  for (const model of models) {
    if (!spec.facets.some((facet) => model.facets.includes(facet))) continue
    for (const record of spec.records(model)) {
      const key = spec.key(record)
      const earlier = byKey.get(key)
      byKey.set(
        key,
        earlier ? fillRecord(earlier, record, spec.fields) : record
      )
    }
  }

  const records = [...byKey]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, record]) => record)
  ;(merged[subjectCollections[subject]] as unknown as Array<
    SubjectRecords[S]
  >) = records
}

/** `first`, with each `null` field taken from `next` and each list joined with `next`'s. */
function fillRecord<T>(first: T, next: T, fields: ReadonlyArray<string>): T {
  const result = {...first} as Record<string, unknown>
  const other = next as Record<string, unknown>
  for (const field of fields) {
    const value = result[field]
    if (value === null) result[field] = other[field]
    else if (Array.isArray(value) && Array.isArray(other[field]))
      result[field] = joinLists(value, other[field] as unknown[])
  }

  return result as T
}

/**
 * `first`, then the items of `next` it lacks: an item is the thing it names
 * (a region's `location`, a facility's `name`, else the item itself), so a
 * location both pages list, coming soon on one and not on the other, is
 * listed once, as `first` has it.
 */
function joinLists(
  first: readonly unknown[],
  next: readonly unknown[]
): unknown[] {
  const seen = new Set(first.map((item) => identity(item)))
  const joined = [...first]
  for (const item of next) {
    const key = identity(item)
    if (!seen.has(key)) {
      seen.add(key)
      joined.push(item)
    }
  }

  return joined
}

function identity(item: unknown): string {
  if (item !== null && typeof item === 'object') {
    const record = item as Record<string, unknown>
    if (typeof record['location'] === 'string')
      return 'location:' + record['location']
    if (typeof record['name'] === 'string') return 'name:' + record['name']
  }

  return JSON.stringify(item)
}
