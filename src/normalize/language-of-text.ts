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

/**
 * A language is told by its function words only when several of them come
 * and they are a share of the words: one word another language shares
 * (Hungarian `is`, Romanian `la`, Indonesian `di`) is not a language. The
 * corpus' prose has at least 10 distinct ones and a share of 6 %.
 */
const minimumDistinctWords = 6
const minimumShare = 0.04

/**
 * Russian writes `ы` and `э`, which Ukrainian, Bulgarian and Serbian do not;
 * those write letters Russian does not (`і ї є ґ ј љ њ ћ џ ѓ ќ ѕ ў`).
 */
const notRussian = /[іїєґјљњћџѓќѕў]/iu
const russianOnly = /[ыэ]/giu

const hangul = /\p{Script=Hangul}/gu
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu
const han = /\p{Script=Han}/gu

/**
 * The language of a page's prose, as a lowercase tag (`en`, `de`, `zh-cn`),
 * or `null` when the text does not tell.
 *
 * Scripts that one language writes tell it by themselves (Hangul, kana);
 * Chinese is told apart by its simplified or traditional characters; the
 * Latin and Cyrillic languages of the corpus by their function words
 * (`language-evidence.ts`): the most frequent by a factor of two, with at
 * least 6 distinct ones making at least 4 % of the words (Russian also by
 * `ы`/`э` and none of the letters of the other Cyrillic languages). A page in
 * another language has none of these and is `null`.
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
  const distinct = new Map<string, Set<string>>()
  let words = 0
  for (const [word] of prose.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++
    for (const language of languageOfWord.get(word) ?? []) {
      hits.set(language, (hits.get(language) ?? 0) + 1)
      const seen = distinct.get(language) ?? new Set()
      seen.add(word)
      distinct.set(language, seen)
    }
  }

  const ranked = [...hits].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < minimumEvidence) return null
  if (second && best[1] < 2 * second[1]) return null
  if ((distinct.get(best[0])?.size ?? 0) < minimumDistinctWords) return null
  if (best[1] < minimumShare * words) return null
  if (
    best[0] === 'ru' &&
    (notRussian.test(prose) || count(prose, russianOnly) < minimumEvidence)
  )
    return null
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
