import type {RecordIndex} from './index-by-key.js'

/**
 * Call `visit` with each record of `before`, in its order, and the record
 * of `after` under the same key (`undefined` when `after` has none).
 *
 * Consecutive versions list their records in one order, with one added or
 * removed here and there: the partner of a record is then the next record
 * of `after`, found by comparing two keys rather than looking one up. Keys
 * are distinct within an index, so a partner found either way is the same.
 *
 * @param before
 *   Records of the older model.
 * @param after
 *   Records of the newer model.
 * @param visit
 *   Called once for each record of `before`.
 */
export function pairByKey<R>(
  before: RecordIndex<R>,
  after: RecordIndex<R>,
  visit: (key: string, record: R, next: R | undefined) => void
): void {
  const afterKeys = after.keys
  // Position in `after` of the record expected to partner the next one.
  let ahead = 0

  for (let position = 0; position < before.keys.length; position++) {
    const key = before.keys[position] as string
    const record = before.records[position] as R
    // Step over records only `after` has (additions): the walk is then in
    // step again.
    while (
      ahead < afterKeys.length &&
      afterKeys[ahead] !== key &&
      !before.byKey.has(afterKeys[ahead] as string)
    )
      ahead++

    if (ahead < afterKeys.length && afterKeys[ahead] === key) {
      visit(key, record, after.records[ahead])
      ahead++
    } else {
      visit(key, record, after.byKey.get(key))
    }
  }
}
