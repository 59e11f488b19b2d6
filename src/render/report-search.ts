/**
 * How the report's search matches names: case- and accent-insensitively
 * (`sao` finds `São Paulo`), the same at render time and in the page.
 */

import {foldLatinDiacritics} from '../util/fold.js'

/**
 * The text a search compares: folded, lowercase, runs of white space as one
 * space.
 *
 * @param text
 *   A name, or what the user typed.
 */
export function searchKey(text: string): string {
  return foldLatinDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim()
}
