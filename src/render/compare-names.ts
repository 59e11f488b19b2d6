import {foldLatinDiacritics} from '../util/fold.js'

/**
 * Order display names the way a reader scans them: case- and
 * accent-insensitively (`São Paulo` next to `Sao Paulo`), then by code units
 * so the order is total and the same on every machine (no locale).
 *
 * @param left
 *   A name.
 * @param right
 *   Another name.
 */
export function compareNames(left: string, right: string): number {
  const a = fold(left)
  const b = fold(right)
  if (a !== b) return a < b ? -1 : 1
  return left < right ? -1 : left > right ? 1 : 0
}

/** Lowercase without diacritics. */
function fold(value: string): string {
  return foldLatinDiacritics(value).toLowerCase()
}
