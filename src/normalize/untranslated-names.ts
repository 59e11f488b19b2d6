/**
 * Names in a script other than Latin that the alias table does not
 * translate: they keep their own id, and the page says so.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import type {Extraction, NameRef} from '../extract/index.js'
import {namesOfExtraction} from './names-of-extraction.js'
import {resolveName} from './resolve-name.js'

/**
 * A letter of any script but Latin (Han, Hangul, kana, Cyrillic, Greek…),
 * by Unicode script property, so no list of scripts goes stale.
 */
const nonLatinLetter = /(?!\p{Script=Latin})\p{L}/u

/**
 * Whether a name has a letter of a script other than Latin.
 *
 * @param name
 *   A name.
 */
export function hasNonLatinLetter(name: string): boolean {
  // Every ASCII letter is Latin, and most names are ASCII: a look at their
  // code units is all they need, not the pattern's script lookups.
  for (let index = 0; index < name.length; index++)
    if (name.charCodeAt(index) > 0x7f) return nonLatinLetter.test(name)
  return false
}

/**
 * An `untranslated-name` diagnostic for every location or company name of
 * the extraction that is written in a script other than Latin and resolves
 * to no Latin canonical name (`上海电信`): once a name, at its first mention.
 *
 * Such a name is not wrong, but a page in English names the same place or
 * company otherwise, so it cannot be matched across languages: an entry of
 * kind `translation` in `src/normalize/aliases.ts` would.
 *
 * @param extraction
 *   Records of one view (after list repairs).
 * @returns
 *   The diagnostics, in order of first mention.
 */
export function untranslatedNames(extraction: Extraction): VFileMessage[] {
  const first = new Map<
    string,
    {reference: NameRef; canonical: string; id: string}
  >()
  namesOfExtraction(extraction, (reference, table) => {
    if (!hasNonLatinLetter(reference.name)) return
    const resolved = resolveName(table, reference.name)
    if (!hasNonLatinLetter(resolved.canonical)) return
    const key = table + ':' + resolved.id
    const seen = first.get(key)
    if (!seen || reference.position.offset < seen.reference.position.offset) {
      first.set(key, {
        reference,
        canonical: resolved.canonical,
        id: resolved.id
      })
    }
  })

  return [...first.values()]
    .sort((a, b) => a.reference.position.offset - b.reference.position.offset)
    .map(({reference, canonical, id}) =>
      createMessage(
        'untranslated-name',
        'Unexpected untranslated name `' +
          canonical +
          '`, expected a name the alias table translates; kept as its own id `' +
          id +
          '`',
        reference.position
      )
    )
}
