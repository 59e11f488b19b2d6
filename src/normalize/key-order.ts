/**
 * Sorting the keys of a collection with the order of the last model as a
 * hint: the versions of a page hold nearly the same records, so the keys
 * the last model sorted, less those that are gone, are most of the answer
 * already sorted, and only the keys new to this model are sorted (and
 * merged in). A lookup a key instead of a dozen comparisons.
 *
 * The answer is the keys in code-unit order whatever the hint held: the
 * hint is always sorted, a part of a sorted list is sorted, and the new keys
 * are merged in by comparison.
 */

/**
 * Most keys a hint holds: a larger collection is sorted, and remembered,
 * only up to here (its remembered keys are still sorted).
 */
const mostKeys = 100_000

/** The order of one collection's keys, remembered from model to model. */
export class KeyOrder {
  /** The keys of the last model, in code-unit order. */
  #last: string[] = []

  /**
   * The values of a map in the code-unit order of their keys.
   *
   * @param records
   *   Records by key.
   */
  sorted<T>(records: ReadonlyMap<string, T>): T[] {
    const keys: string[] = []
    for (const key of this.#last) if (records.has(key)) keys.push(key)
    const all =
      keys.length === records.size ? keys : merge(keys, newKeys(records, keys))
    this.#last = all.length > mostKeys ? all.slice(0, mostKeys) : all
    const values: T[] = []
    for (const key of all) values.push(records.get(key) as T)
    return values
  }
}

/** The keys of `records` not in `known`, in code-unit order. */
function newKeys(
  records: ReadonlyMap<string, unknown>,
  known: readonly string[]
): string[] {
  const seen = new Set(known)
  const keys: string[] = []
  for (const key of records.keys()) if (!seen.has(key)) keys.push(key)
  // The default order of `sort` is code-unit order for strings.
  return keys.sort()
}

/** Two sorted lists of distinct keys as one sorted list. */
function merge(left: readonly string[], right: readonly string[]): string[] {
  const keys: string[] = []
  let l = 0
  let r = 0
  while (l < left.length && r < right.length) {
    keys.push(
      (left[l] as string) < (right[r] as string)
        ? (left[l++] as string)
        : (right[r++] as string)
    )
  }

  while (l < left.length) keys.push(left[l++] as string)
  while (r < right.length) keys.push(right[r++] as string)
  return keys
}
