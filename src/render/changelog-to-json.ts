import {compareCodeUnits} from '../util/compare-code-units.js'
import type {Changelog, VersionPair} from './changelog.js'

/** Keys written first, in this order; all others follow alphabetically. */
const leadingKeys = [
  'versions',
  'from',
  'to',
  'date',
  'path',
  'document',
  'changes',
  'kind',
  'key',
  'before',
  'after',
  'fields',
  'id',
  'name',
  'provider',
  'location',
  'cloud'
]

/**
 * Render version pairs as the JSON changelog (`changelogSchema`): pretty,
 * with a stable key order whatever order the models were built in, so the
 * same input gives the same bytes.
 *
 * @param pairs
 *   Version pairs: of each document in turn, newest first.
 */
export function changelogToJson(pairs: readonly VersionPair[]): string {
  const changelog: Changelog = {
    versions: pairs.map((pair) => ({
      from: {
        date: pair.older.meta.date,
        path: pair.older.source.path,
        document: pair.older.source.document.id
      },
      to: {
        date: pair.newer.meta.date,
        path: pair.newer.source.path,
        document: pair.newer.source.document.id
      },
      changes: pair.changes
    }))
  }
  return JSON.stringify(sortKeys(changelog), null, 2) + '\n'
}

/** A copy of a JSON value with object keys in the stable order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item))
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort(
    (a, b) => rank(a) - rank(b) || compareCodeUnits(a, b)
  )
  return Object.fromEntries(keys.map((key) => [key, sortKeys(record[key])]))
}

/** Position of a key among the leading keys; others after them. */
function rank(key: string): number {
  const index = leadingKeys.indexOf(key)
  return index === -1 ? leadingKeys.length : index
}
