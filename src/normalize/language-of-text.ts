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
 * What a text says is the sum of what its lines say (no pattern of
 * `notProse` but the side-by-side spans crosses a line, nor does a word):
 * lines are read once each (versions of a page repeat them), unless the
 * page has side-by-side spans, which are read whole.
 *
 * @param text
 *   Text of one view of the page.
 */
export function languageOfText(text: string): string | null {
  if (text.includes('sxs-lookup')) return languageOfEvidence(evidenceOf(text))
  const read: Evidence[] = []
  let start = 0
  while (start <= text.length) {
    // A table row is no prose: it reads as nothing (`notProse`), and is
    // passed over without being cut out.
    tableRow.lastIndex = start
    if (tableRow.test(text)) {
      start = tableRow.lastIndex
      // A row that ends the text ends it without a line ending.
      if (start === text.length && text.at(-1) !== '\n') break
      continue
    }

    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    read.push(lineEvidence(text.slice(start, end)))
    start = end + 1
  }

  // Versions of a page that differ in their tables alone have the same
  // prose: the same lines, read into the same evidence.
  if (
    read.length === last.lines.length &&
    read.every((evidence, index) => evidence === last.lines[index])
  ) {
    return last.language
  }

  const evidence = emptyEvidence()
  for (const line of read) addEvidence(evidence, line)
  const language = languageOfEvidence(evidence)
  last = {lines: read, language}
  return language
}

/** The prose lines of the last text, and its language. */
let last: {lines: Evidence[]; language: string | null} = {
  lines: [],
  language: null
}

/** What a stretch of text says about its language. */
interface Evidence {
  hangul: number
  kana: number
  han: number
  simplified: number
  traditional: number
  /** Words (letters) of the prose. */
  words: number
  /** Function-word hits by language, in order of the first hit. */
  hits: Map<string, number>
  /** The distinct function words of each language hit. */
  distinct: Map<string, Set<string>>
  /** Whether a letter other Cyrillic languages write and Russian does not is in it. */
  notRussian: boolean
  /** Letters only Russian writes. */
  russianOnly: number
}

/**
 * A table row that `notProse` leaves out whole, with its line ending: no
 * other line terminator in it, after which a pattern could start again.
 * Sticky: tried at the start of each line of the text.
 */
const tableRow = /[ \t]*\|[^\n\r\u2028\u2029]*(?:\n|$)/y

function emptyEvidence(): Evidence {
  return {
    hangul: 0,
    kana: 0,
    han: 0,
    simplified: 0,
    traditional: 0,
    words: 0,
    hits: new Map(),
    distinct: new Map(),
    notRussian: false,
    russianOnly: 0
  }
}

/** What a text (whole, or a line) says, from its prose. */
function evidenceOf(text: string): Evidence {
  let prose = text
  for (const pattern of notProse) prose = prose.replace(pattern, ' ')
  const evidence = emptyEvidence()
  evidence.hangul = count(prose, hangul)
  evidence.kana = count(prose, kana)
  evidence.han = count(prose, han)
  if (evidence.han > 0) {
    evidence.simplified = countCharacters(prose, chineseVariants['zh-cn'])
    evidence.traditional = countCharacters(prose, chineseVariants['zh-tw'])
  }

  for (const [word] of prose.toLowerCase().matchAll(/\p{L}+/gu)) {
    evidence.words++
    for (const language of languagesOfWord().get(word) ?? []) {
      evidence.hits.set(language, (evidence.hits.get(language) ?? 0) + 1)
      const seen = evidence.distinct.get(language) ?? new Set()
      seen.add(word)
      evidence.distinct.set(language, seen)
    }
  }

  evidence.notRussian = notRussian.test(prose)
  evidence.russianOnly = count(prose, russianOnly)
  return evidence
}

/** Add what a line says to what the lines before it say. */
function addEvidence(total: Evidence, line: Evidence) {
  total.hangul += line.hangul
  total.kana += line.kana
  total.han += line.han
  total.simplified += line.simplified
  total.traditional += line.traditional
  total.words += line.words
  for (const [language, hits] of line.hits)
    total.hits.set(language, (total.hits.get(language) ?? 0) + hits)
  for (const [language, words] of line.distinct) {
    const seen = total.distinct.get(language) ?? new Set()
    for (const word of words) seen.add(word)
    total.distinct.set(language, seen)
  }

  total.notRussian ||= line.notRussian
  total.russianOnly += line.russianOnly
}

/**
 * Lines read before; bounded: emptied past 50,000 lines or 4 million
 * characters. What a line says is never changed once read.
 */
const lines = new Map<string, Evidence>()
let lineCharacters = 0

function lineEvidence(line: string): Evidence {
  let evidence = lines.get(line)
  if (!evidence) {
    evidence = evidenceOf(line)
    if (line.length <= 100_000) {
      if (lines.size >= 50_000 || lineCharacters + line.length > 4_000_000) {
        lines.clear()
        lineCharacters = 0
      }

      lines.set(line, evidence)
      lineCharacters += line.length
    }
  }

  return evidence
}

/** The language the evidence tells, if any. */
function languageOfEvidence(evidence: Evidence): string | null {
  if (evidence.hangul >= minimumEvidence) return 'ko'
  if (evidence.kana >= minimumEvidence) return 'ja'
  if (evidence.han >= minimumEvidence) {
    const {simplified, traditional} = evidence
    if (simplified > 2 * traditional) return 'zh-cn'
    if (traditional > 2 * simplified) return 'zh-tw'
    return null
  }

  const ranked = [...evidence.hits].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < minimumEvidence) return null
  if (second && best[1] < 2 * second[1]) return null
  if ((evidence.distinct.get(best[0])?.size ?? 0) < minimumDistinctWords)
    return null
  if (best[1] < minimumShare * evidence.words) return null
  if (
    best[0] === 'ru' &&
    (evidence.notRussian || evidence.russianOnly < minimumEvidence)
  )
    return null
  return best[0]
}

/** The languages each function word is of; made once. */
let languageOfWord: Map<string, string[]> | undefined

function languagesOfWord(): Map<string, string[]> {
  if (!languageOfWord) {
    languageOfWord = new Map()
    for (const [language, words] of Object.entries(functionWords)) {
      for (const word of words) {
        languageOfWord.set(word, [
          ...(languageOfWord.get(word) ?? []),
          language
        ])
      }
    }
  }

  return languageOfWord
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
