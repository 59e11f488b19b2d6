/**
 * The model's ids: shared by normalize (which makes them) and diff (which
 * compares display names by them).
 */

import {memoize} from './memoize.js'

/**
 * Turn a name into an id: lowercase, ASCII-folded (`GÉANT` → `geant`),
 * words joined by `-`, a trailing number joined to the word before it
 * (`Silicon Valley 2` → `silicon-valley2`, like `Silicon Valley2`).
 *
 * Note: names in scripts that do not fold to ASCII (`北京`) keep their
 * letters, so a Chinese page still gets one distinct id a name.
 *
 * @param name
 *   Canonical name.
 */
export const slug: (name: string) => string = memoize(
  slugUncached,
  // The same few hundred names come back on every page and in every
  // cross-check, and the folding below is a dozen passes over each.
  50_000
)

function slugUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Ææ]/g, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    // `Silicon Valley 2` and `Silicon Valley2` are one location.
    .replace(/-(\d+)$/, '$1')
}
