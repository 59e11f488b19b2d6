import {compareCodeUnits} from '../util/compare-code-units.js'

/**
 * Whether two values of one field state the same fact.
 *
 * `null` on either side means "this page does not say", which never
 * contradicts the other side. The order of items in a list carries
 * no meaning on these pages (facilities, Azure regions, exchanges are listed
 * as the authors typed them), and an item listed twice (`Munich` twice) is a
 * slip of the page, not a second fact: lists compare as sets.
 *
 * @param left
 *   Value in the older record.
 * @param right
 *   Value in the newer record.
 */
export function sameFact(left: unknown, right: unknown): boolean {
  // `undefined` (a hand-built record without the field) says nothing either.
  if (left === null || left === undefined) return true
  if (right === null || right === undefined) return true
  // Most fields are strings, numbers and booleans (every field of an
  // offering): equal as values exactly when their JSON is equal, which a
  // changelog of a thousand versions need not write out to learn.
  if (left === right) return true
  const kind = typeof left
  if (
    kind === typeof right &&
    (kind === 'string' || kind === 'number' || kind === 'boolean')
  ) {
    // `NaN` and the infinities all serialize to `null`, as JSON has no such
    // numbers: they stay one fact, as before.
    return kind === 'number' && !Number.isFinite(left as number)
      ? !Number.isFinite(right as number)
      : false
  }

  if (isStringList(left) && isStringList(right)) return sameSet(left, right)
  // Most facts of consecutive versions are unchanged: the same structure,
  // in the same order, is the same canonical JSON without writing it.
  if (sameInOrder(left, right)) return true
  return canonicalJson(left) === canonicalJson(right)
}

/**
 * Whether two values are equal item for item and key for key (keys in any
 * order): enough for the same canonical JSON, not needed for it (a list in
 * another order, `NaN` and `Infinity`).
 */
export function sameInOrder(left: unknown, right: unknown): boolean {
  if (left === right) return true
  if (
    typeof left !== 'object' ||
    typeof right !== 'object' ||
    left === null ||
    right === null
  )
    return false
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false
    for (let index = 0; index < left.length; index++)
      if (!sameInOrder(left[index], right[index])) return false
    return true
  }

  if (Array.isArray(right)) return false
  // Keys counted, not listed (this runs for every record of every pair of a
  // long history, where arrays of keys were most of its garbage). Facts are
  // plain objects: `for…in` lists their own keys, and `in` tells a key set
  // to `undefined` from a missing one (a prototype's key holds a function).
  let keys = 0
  for (const key in left) {
    const value = (right as Record<string, unknown>)[key]
    if (value === undefined && !(key in right)) return false
    if (!sameInOrder((left as Record<string, unknown>)[key], value))
      return false
    keys++
  }

  for (const _ in right) keys--
  return keys === 0
}

/** Whether a value is an array of strings only (Azure regions, exchanges). */
function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (const item of value) if (typeof item !== 'string') return false
  return true
}

/**
 * Whether two lists of strings hold the same strings: what their canonical
 * JSON compares (items distinct and sorted), without writing it.
 */
function sameSet(left: readonly string[], right: readonly string[]): boolean {
  // Consecutive versions list the same items in the same order: the same
  // set, without building two.
  if (sameItems(left, right)) return true
  const leftSet = new Set(left)
  const rightSet = new Set(right)
  if (leftSet.size !== rightSet.size) return false
  for (const item of leftSet) if (!rightSet.has(item)) return false
  return true
}

/** Whether two lists hold the same items at the same positions. */
function sameItems(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false
  for (let index = 0; index < left.length; index++)
    if (left[index] !== right[index]) return false
  return true
}

/**
 * JSON of a value with object keys sorted and arrays sorted by the JSON of
 * their items, so two equal facts serialize to one string.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const items = [...new Set(value.map((item) => canonicalJson(item)))]
    items.sort(compareCodeUnits)
    return '[' + items.join(',') + ']'
  }

  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort(compareCodeUnits)
    return (
      '{' +
      keys
        .map(
          (key) =>
            JSON.stringify(key) +
            ':' +
            canonicalJson((value as Record<string, unknown>)[key])
        )
        .join(',') +
      '}'
    )
  }

  // `undefined` is not JSON: serialize it as `null`.
  return JSON.stringify(value) ?? 'null'
}
