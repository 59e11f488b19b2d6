/**
 * Remember the results of a pure function of one string. Pages repeat the
 * same few hundred names on every row, and every stage asks again.
 *
 * Bounded twice: past `limit` results, or past `characters` characters of
 * keys, the memory empties, so a long-running process that reads many pages
 * stays small, and so does one page of long cells (a 96 KB cell that is no
 * name is asked about a few times, and is remembered like a name; what made
 * such a cell cost gigabytes was asking about every part of it, which no
 * caller does any more).
 *
 * @param compute
 *   Pure function.
 * @param limit
 *   Most results to hold.
 * @param characters
 *   Most characters of keys to hold (default 4 million, about 8 MB); a
 *   longer key is computed every time.
 */
export function memoize<T>(
  compute: (key: string) => T,
  limit: number,
  characters = 4_000_000
): (key: string) => T {
  const results = new Map<string, T>()
  let held = 0
  return (key) => {
    let result = results.get(key)
    if (result === undefined) {
      result = compute(key)
      if (key.length > characters) return result
      if (results.size >= limit || held + key.length > characters) {
        results.clear()
        held = 0
      }

      results.set(key, result)
      held += key.length
    }

    return result
  }
}
