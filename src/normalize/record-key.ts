/**
 * The keys of the model's records: one string of the fields the model sorts
 * a collection by, so a map of records keyed so is sorted by its keys.
 */

/**
 * Between the fields of a key: U+0000 sorts before every other code unit,
 * and no id or cloud holds it (`slug`), so keys sort as their fields do, a
 * shorter id before a longer one it starts (`a` before `a-b`, where `:`
 * would sort it after).
 */
const keySeparator = '\u0000'

/**
 * Keys made before, by their first field and then their second. A page
 * keys the same few thousand records on every version: a key given back is
 * the same string as before, whose hash is known and which compares equal
 * at once, where a string joined anew is hashed and compared character by
 * character in every map it keys (most of the cost of the maps of a model).
 * Bounded: empties past 200,000 keys or 4 million characters.
 */
const madeKeys = new Map<string, Map<string, string>>()
let madeCount = 0
let madeCharacters = 0
const mostKeys = 200_000
const mostCharacters = 4_000_000

/**
 * The key of a record in its map, from the fields the model sorts it by,
 * first field first: `sortModel` sorts by key alone. Every field but the
 * last must be an id or a cloud.
 *
 * @param first
 *   First field (an id or a cloud).
 * @param second
 *   Second field.
 * @param third
 *   Third field, if any.
 */
export function recordKey(
  first: string,
  second: string,
  third?: string
): string {
  const key = joinedKey(first, second)
  return third === undefined ? key : joinedKey(key, third)
}

/** Two fields joined, as made before if it was. */
function joinedKey(first: string, second: string): string {
  let bySecond = madeKeys.get(first)
  let key = bySecond?.get(second)
  if (key !== undefined) return key
  key = first + keySeparator + second
  if (madeCount >= mostKeys || madeCharacters + key.length > mostCharacters) {
    madeKeys.clear()
    madeCount = 0
    madeCharacters = 0
    bySecond = undefined
  }

  if (!bySecond) {
    bySecond = new Map()
    madeKeys.set(first, bySecond)
  }

  bySecond.set(second, key)
  madeCount++
  madeCharacters += key.length
  return key
}

/**
 * The first field of a key (`recordKey`).
 *
 * @param key
 *   A key.
 */
export function firstOfKey(key: string): string {
  return key.slice(0, key.indexOf(keySeparator))
}

/**
 * A key as a message shows it, its fields between colons
 * (`commercial:amsterdam`).
 *
 * @param key
 *   A key.
 */
export function shownKey(key: string): string {
  return key.replaceAll(keySeparator, ':')
}
