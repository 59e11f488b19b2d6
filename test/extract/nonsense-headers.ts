/**
 * Replace every word of every table header of a page by a made-up word:
 * the page as a translation into a language no table of the library holds.
 * The same word always becomes the same made-up word, as a translation
 * writes one header one way.
 */

import {blocksFromView} from '../../src/blocks/index.js'
import {identitySourceMap} from '../../src/source/source-map.js'

const syllables = [
  'zor',
  'vek',
  'lum',
  'tra',
  'qui',
  'nep',
  'sao',
  'bri',
  'dul',
  'kem',
  'fax',
  'wop'
]

/** A made-up word for `word`: two or three syllables picked by its hash. */
export function nonsenseWord(word: string): string {
  let hash = 2_166_136_261
  for (const char of word.toLowerCase()) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 16_777_619) >>> 0
  }

  let made = ''
  for (let index = 0; index < 2 + (hash % 2); index++) {
    made += syllables[(hash >>> (index * 4)) % syllables.length]
  }

  return made
}

/**
 * The page with the words of its table headers made up.
 *
 * @param text
 *   A raw page.
 * @returns
 *   The page, each header row's letters replaced word by word (markup,
 *   pipes and spacing kept), and how many header rows were changed.
 */
export function withNonsenseHeaders(text: string): {
  text: string
  headers: number
} {
  const blocks = blocksFromView(
    {name: 'published', text, map: identitySourceMap(text.length)},
    text
  )
  const lines = text.split('\n')
  const headerLines = new Set(
    blocks.tables.map((table) => table.position.line - 1)
  )
  for (const index of headerLines) {
    lines[index] = (lines[index] ?? '').replace(
      // Words outside comments (customization markers), tags and link
      // targets; every script's letters.
      /(<!--.*?(?:-->|$)|<[^>]*>|\]\([^)]*\))|[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu,
      (match, kept: string | undefined) => kept ?? nonsenseWord(match)
    )
  }

  return {text: lines.join('\n'), headers: headerLines.size}
}
