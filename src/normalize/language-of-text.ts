import {chineseVariants, functionWords} from './language-evidence.js'

/**
 * Enough letters of a script, or hits of one language's function words, to
 * call a page's language: a heading or two of another language (a provider
 * name in Hangul, a quoted English title) do not reach it.
 */
const minimumEvidence = 20

/**
 * Prose only: table rows hold names, which stay in English in every
 * translation; links, tags and entities hold no words; a bilingual file's
 * `sxs-lookup` spans hold the English original beside the translation.
 */
const notProse = [
  /<span class="sxs-lookup">(?:<span[^<>]*>)?[^<]*(?:<\/span>)?<\/span>/g,
  /^[ \t]*\|.*$/gm,
  // Each pattern stops at the next place it could start again (`]`, `<`),
  // so a long run of `](` or `<` costs one pass, not one a start.
  /\]\([^)\]\n]*\)/g,
  /https?:\/\/\S+/g,
  /<[^<>\n]*>/g,
  /&[a-z]+;/gi,
  /`[^`\n]*`/g
]

const hangul = /\p{Script=Hangul}/gu
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu
const han = /\p{Script=Han}/gu

/**
 * The language of a page's prose, as a lowercase tag (`en`, `de`, `zh-cn`),
 * or `null` when the text does not tell.
 *
 * Scripts that one language writes tell it by themselves (Hangul, kana);
 * Chinese is told apart by its simplified or traditional characters; the
 * Latin and Cyrillic languages by their function words
 * (`language-evidence.ts`), the most frequent by a factor of two.
 *
 * @param text
 *   Text of one view of the page.
 */
export function languageOfText(text: string): string | null {
  let prose = text
  for (const pattern of notProse) prose = prose.replace(pattern, ' ')

  if (count(prose, hangul) >= minimumEvidence) return 'ko'
  if (count(prose, kana) >= minimumEvidence) return 'ja'
  if (count(prose, han) >= minimumEvidence) return chineseVariant(prose)
  return mostFrequentLanguage(prose)
}

function chineseVariant(prose: string): string | null {
  const simplified = countCharacters(prose, chineseVariants['zh-cn'])
  const traditional = countCharacters(prose, chineseVariants['zh-tw'])
  if (simplified > 2 * traditional) return 'zh-cn'
  if (traditional > 2 * simplified) return 'zh-tw'
  return null
}

function mostFrequentLanguage(prose: string): string | null {
  const languageOfWord = new Map<string, string[]>()
  for (const [language, words] of Object.entries(functionWords)) {
    for (const word of words) {
      languageOfWord.set(word, [...(languageOfWord.get(word) ?? []), language])
    }
  }

  const hits = new Map<string, number>()
  for (const [word] of prose.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const language of languageOfWord.get(word) ?? []) {
      hits.set(language, (hits.get(language) ?? 0) + 1)
    }
  }

  const ranked = [...hits].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < minimumEvidence) return null
  if (second && best[1] < 2 * second[1]) return null
  return best[0]
}

function count(text: string, pattern: RegExp): number {
  let total = 0
  for (const _ of text.matchAll(pattern)) total++
  return total
}

function countCharacters(text: string, characters: string): number {
  const wanted = new Set(characters)
  let total = 0
  for (const character of text) if (wanted.has(character)) total++
  return total
}
