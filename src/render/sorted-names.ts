import {compareNames} from './compare-names.js'

/**
 * Names sorted for reading, without repeats.
 *
 * @param names
 *   Names in any order.
 */
export function sortedNames(names: readonly string[]): string[] {
  return [...new Set(names)].sort(compareNames)
}
