/**
 * Compare two strings by UTF-16 code units: the same order on every machine
 * and locale, unlike `localeCompare`, so output is byte-stable.
 *
 * @param left
 *   First string.
 * @param right
 *   Second string.
 */
export function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
