/**
 * The one accent-folding rule of the library, shared by ids (`slug`), name
 * lookups (`foldName`) and the order of display names (`compareNames`).
 */

/**
 * Diacritics of Latin letters, after NFKD (`é` → `e` + U+0301). Only these
 * fold: in other scripts marks are parts of letters (Devanagari vowel
 * signs, the voicing marks of kana) and folding them would merge names.
 */
const latinDiacritics = /(\p{Script=Latin})\p{M}+/gu

/**
 * Drop the diacritics of Latin letters (`São Paulo` → `Sao Paulo`,
 * `GÉANT` → `GEANT`) and apply compatibility mappings (`ﬁ` → `fi`); other
 * scripts keep their marks, composed again (`ガ`, `한`).
 *
 * @param text
 *   Any text.
 * @returns
 *   The text in NFC, without diacritics on Latin letters.
 */
export function foldLatinDiacritics(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(latinDiacritics, '$1')
      // Hangul and kana decomposed by NFKD compose again.
      .normalize('NFC')
  )
}
