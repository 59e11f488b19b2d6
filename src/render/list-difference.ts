import {compareNames} from './compare-names.js'

/**
 * Items gained and lost from one list to another, each sorted for reading,
 * without repeats.
 *
 * @param before
 *   The older list.
 * @param after
 *   The newer list.
 */
export function listDifference(
  before: readonly string[],
  after: readonly string[]
): [gained: string[], lost: string[]] {
  const old = new Set(before)
  const now = new Set(after)
  return [
    [...now].filter((item) => !old.has(item)).sort(compareNames),
    [...old].filter((item) => !now.has(item)).sort(compareNames)
  ]
}
