/**
 * What tells the language of a page's prose, as data: the function words of
 * the languages of the corpus that write in the Latin or Cyrillic script, and the
 * characters that tell Simplified from Traditional Chinese.
 *
 * Note: only a page's language is read from these, never a fact; a page in a
 * language not here has language `null` (and is a document of its own),
 * whatever its tables say.
 */

/**
 * Short words that are frequent in running text of one language and rare in
 * the others (each list seen in the corpus pages of that language). Matched
 * as whole lowercase words.
 */
export const functionWords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'are',
    'with',
    'this',
    'that',
    'for',
    'you',
    'your',
    'can',
    'which',
    'from',
    'where',
    'be',
    'an',
    'by',
    'on'
  ],
  de: [
    'und',
    'der',
    'die',
    'das',
    'ist',
    'sind',
    'mit',
    'für',
    'den',
    'dem',
    'im',
    'sie',
    'nicht',
    'werden',
    'wird',
    'auf',
    'von',
    'zu',
    'ein',
    'eine'
  ],
  fr: [
    'les',
    'des',
    'est',
    'et',
    'pour',
    'dans',
    'une',
    'vous',
    'sont',
    'aux',
    'du',
    'le',
    'la',
    'au',
    'qui',
    'pas',
    'sur',
    'ce',
    'cette',
    'avec'
  ],
  es: [
    'los',
    'las',
    'del',
    'el',
    'y',
    'son',
    'al',
    'lo',
    'es',
    'hay',
    'puede',
    'pueden',
    'cada',
    'también',
    'están',
    'muy',
    'cuando',
    'mediante',
    'usted',
    'sus'
  ],
  it: [
    'il',
    'della',
    'delle',
    'dei',
    'degli',
    'gli',
    'per',
    'sono',
    'che',
    'di',
    'nel',
    'nella',
    'alla',
    'è',
    'non',
    'questo',
    'questa',
    'anche',
    'essere',
    'ed'
  ],
  ru: [
    'и',
    'в',
    'не',
    'на',
    'что',
    'для',
    'с',
    'по',
    'это',
    'как',
    'из',
    'или',
    'к',
    'от',
    'вы',
    'мы',
    'при',
    'также',
    'этой',
    'этом'
  ],
  // Portuguese prose without a locale is taken as Brazilian, the docs'
  // Portuguese translation; a pt-PT page says so in `ms.contentlocale`.
  'pt-br': [
    'os',
    'das',
    'dos',
    'não',
    'são',
    'você',
    'no',
    'na',
    'ao',
    'pelo',
    'pela',
    'pelos',
    'também',
    'uma',
    'em',
    'com',
    'isso',
    'seu',
    'sua',
    'nos'
  ]
}

/** Characters written one way in Simplified Chinese (`zh-cn`) and another in Traditional (`zh-tw`). */
export const chineseVariants: Readonly<Record<'zh-cn' | 'zh-tw', string>> = {
  'zh-cn': '个这们为区连务络与对时国应该关门简体优务线数据经过计划营运网点',
  'zh-tw': '個這們為區連務絡與對時國應該關門簡體優務線數據經過計劃營運網點'
}

/**
 * The languages the docs are published in (the first part of their locales:
 * `ar-sa` … `zh-tw`): a folder is read as a locale only with one of these,
 * so `web-ui` or `ci-cd` is no language.
 */
export const docsLanguages: ReadonlySet<string> = new Set([
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'gl',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'is',
  'it',
  'ja',
  'kk',
  'ko',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh'
])
