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
  return canonicalJson(left) === canonicalJson(right)
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
