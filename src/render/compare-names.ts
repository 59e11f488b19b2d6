import {compareCodeUnits} from '../util/compare-code-units.js'
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
  return (
    compareCodeUnits(fold(left), fold(right)) || compareCodeUnits(left, right)
  )
}

/** Lowercase without diacritics. */
function fold(value: string): string {
  return foldLatinDiacritics(value).toLowerCase()
}
