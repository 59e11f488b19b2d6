/**
 * Remember the results of a pure function of one string. Pages repeat the
 * same few hundred names on every row, and every stage asks again.
 *
 * Bounded: past `limit` results the memory empties, so a long-running
 * process that reads many pages stays small; and a key longer than
 * `longestKey` is computed every time, never kept, so that the memory holds
 * at most `limit × longestKey` characters however long the cells of a page
 * (names are short; a 96 KB cell that is no name is asked about once or
 * twice, and would otherwise stay in memory until the next emptying).
 *
 * @param compute
 *   Pure function.
 * @param limit
 *   Most results to hold.
 * @param longestKey
 *   Longest key to remember (default 256 characters).
 */
export function memoize<T>(
  compute: (key: string) => T,
  limit: number,
  longestKey = 256
): (key: string) => T {
  const results = new Map<string, T>()
  return (key) => {
    if (key.length > longestKey) return compute(key)
    let result = results.get(key)
    if (result === undefined) {
      if (results.size >= limit) results.clear()
      result = compute(key)
      results.set(key, result)
    }

    return result
  }
}
