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

/**
 * What a list difference says: a sentence of the items gained, then one of
 * the items lost, each only when there are any.
 *
 * @param difference
 *   Items gained and lost (`listDifference`).
 * @param say
 *   The sentence of the items gained, and of the items lost.
 */
export function differenceSentences(
  [gained, lost]: readonly [gained: string[], lost: string[]],
  say: {
    gained: (items: string[]) => string
    lost: (items: string[]) => string
  }
): string[] {
  return [
    ...(gained.length > 0 ? [say.gained(gained)] : []),
    ...(lost.length > 0 ? [say.lost(lost)] : [])
  ]
}
