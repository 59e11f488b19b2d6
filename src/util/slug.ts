/**
 * The model's ids: shared by normalize (which makes them) and diff (which
 * compares display names by them).
 */

import {foldLatinDiacritics} from './fold.js'
import {memoize} from './memoize.js'

/**
 * Turn a name into an id: lowercase, ASCII-folded (`GÉANT` → `geant`),
 * words joined by `-`, a trailing number joined to the word before it
 * (`Silicon Valley 2` → `silicon-valley2`, like `Silicon Valley2`).
 *
 * Names in other scripts keep their letters, composed (`北京` → `北京`,
 * `뉴포트(웨일스)` → `뉴포트-웨일스`, `ガバメント` keeps its voicing marks),
 * so a page in any language gets one distinct, readable id a name. A name
 * without a letter or digit (`★`) is spelled by its code points (`u2605`):
 * never the empty id.
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
  const id = foldLatinDiacritics(name)
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Ææ]/g, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    // `Silicon Valley 2` and `Silicon Valley2` are one location.
    .replace(/-(\d+)$/, '$1')
  return id === '' ? codePointId(name) : id
}

/** `★` → `u2605`, `+ *` → `u2b-u2a`; `''` for a name of only whitespace. */
function codePointId(name: string): string {
  const points: string[] = []
  // Composed first, so that a name's id is that of every normal form of it.
  for (const character of name.normalize('NFC').trim()) {
    if (!/\s/u.test(character))
      points.push('u' + (character.codePointAt(0) as number).toString(16))
  }

  return points.join('-')
}
