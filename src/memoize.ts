/**
 * Remember the results of a pure function of one string. Pages repeat the
 * same few hundred names on every row, and every stage asks again.
 *
 * Bounded: past `limit` results the memory empties, so a long-running
 * process that reads many pages stays small.
 *
 * @param compute
 *   Pure function.
 * @param limit
 *   Most results to hold.
 */
export function memoize<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const results = new Map<string, T>()
  return (key) => {
    let result = results.get(key)
    if (result === undefined) {
      if (results.size >= limit) results.clear()
      result = compute(key)
      results.set(key, result)
    }

    return result
  }
}
