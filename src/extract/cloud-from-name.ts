/**
 * Which cloud a name in a national region map stands for.
 */

import {cloudFromSectionPath} from './cloud-from-section-path.js'
import type {Cloud} from '../model.js'

/**
 * Most characters of a leading cloud name tried in a word of a script
 * written without spaces (`中国东部`): the longest cloud name of the
 * synonyms has 5 (`美国政府云`); the bound keeps a long cell linear.
 */
const longestUnspacedCloud = 8

/**
 * Most leading words tried: the longest cloud name of the synonyms has 3
 * (`US Government cloud`); the bound keeps a long cell linear.
 */
const longestCloud = 6

/** Scripts written without spaces between words. */
const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/**
 * The cloud a region name names: `US Government cloud` → `us-government`,
 * `China East` → `china` (the longest leading words that name a cloud).
 *
 * Words end at spaces and at the punctuation that translations put between
 * a cloud and its qualifier (`China, Osten`, `China (Norden)`, `Cina –
 * orientale`); in a script without spaces, a word's leading characters are
 * tried too (`中国东部` → `中国`).
 *
 * @param name
 *   Region name as written.
 * @returns
 *   The cloud, or `null` when the name names none.
 */
export function cloudFromName(name: string): Cloud | null {
  const words = name
    .normalize('NFKC')
    .split(/[\s,;:()[\]–—/]+/)
    .filter(Boolean)
    .slice(0, longestCloud)
  for (let count = words.length; count > 0; count--) {
    const cloud = cloudOf(words.slice(0, count).join(' '))
    if (cloud !== null) return cloud
  }

  const first = words[0] ?? ''
  if (unspaced.test(first)) {
    const characters = [...first].slice(0, longestUnspacedCloud)
    for (let count = characters.length - 1; count > 0; count--) {
      const cloud = cloudOf(characters.slice(0, count).join(''))
      if (cloud !== null) return cloud
    }
  }

  return null
}

function cloudOf(words: string): Cloud | null {
  const cloud = cloudFromSectionPath([words])
  return cloud !== null && cloud !== 'national' ? cloud : null
}
